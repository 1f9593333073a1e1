// The travelerCountry and locality criteria, on the real dataset, with answers
// checked by hand against vendor/historian (visits/*.xml: <from id="china">;
// secretary-travels/*.xml: <locale>Beijing</locale>).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../src/errors.js';
import type { CountryCode } from '../src/generated/ids.js';
import { trips, visits } from '../src/query/index.js';
import type { Dataset } from '../src/schemas/types.js';

const file = path.resolve(import.meta.dirname, '..', 'dist', 'dataset.json');
if (!existsSync(file)) throw new Error('dist/dataset.json is missing: run npm run build first (npm test does)');
const ds = JSON.parse(readFileSync(file, 'utf8')) as Dataset;

describe('visit criteria: travelerCountry and locality', () => {
  it("finds Chinese leaders' visits to the US by the traveller's country", () => {
    const found = visits(ds!, { kind: 'foreign-leader-visit', travelerCountry: 'CN', from: '2023-01-01', to: '2023-12-31' });
    expect(found.map((v) => `${v.id} ${v.traveler.name} ${v.country}`)).toEqual([
      'hsg-visit-3196 Xi Jinping US',
      'hsg-visit-3201 Xi Jinping US',
    ]);
  });

  it('answers "when did a Secretary of State last go to Beijing?" by locality, any case', () => {
    const found = visits(ds!, { kind: 'secretary-travel', locality: 'beijing' });
    expect(found.at(-1)).toMatchObject({ id: 'hsg-travel-4229', locality: 'Shanghai, Beijing', start: '2024-04-24' });
    expect(found.every((v) => /beijing/i.test(v.locality!))).toBe(true);
    // the records of the 1970s call it Peking: a different place name, not a typo
    expect(visits(ds!, { kind: 'secretary-travel', locality: 'Peking' })[0]).toMatchObject({ id: 'hsg-travel-1742', start: '1972-02-17' });
  });

  it('narrows trips too: a trip matches when one of its visits does', () => {
    expect(trips(ds!, { person: 'blinken-antony-j', locality: 'Astana' }).map((t) => t.id)).toEqual(['blinken-antony-j-2023-02-27']);
  });

  it('refuses a misspelt place or code with the nearest valid ones, never an empty result', () => {
    expect(() => visits(ds!, { locality: 'Bejing' })).toThrow(UnknownIdError);
    expect(() => visits(ds!, { locality: 'Bejing' })).toThrow(/filter.locality: unknown locality "Bejing".*did you mean "Beijing"/);
    expect(() => visits(ds!, { travelerCountry: 'CHN' as CountryCode })).toThrow(/filter.travelerCountry: unknown country "CHN"/);
  });
});
