import { describe, expect, it } from 'vitest';
import { lintDataset } from '../../src/lint/index.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import type { Visit } from '../../src/schemas/visit.js';
import { writeDataDir } from '../../tests/fixtures/data-dir.js';
import { validContent } from '../../tests/fixtures/lint-base.js';
import { buildDataset } from './assemble.js';
import { curatedSubset } from './curated.js';

// The fixture's curated layer plus official records around it: a derived trip of two official
// visits nothing curated names, one of them to a country nothing else names, a person only they
// name, and an official discrepancy about one of them; and a derived trip whose first visit a
// curated discrepancy names (so its second visit comes along too).
function build() {
  const content = validContent();
  const official = (id: string, person: string, country: string, start: string): Visit => ({
    id, traveler: { personId: person, name: person }, travelerCountry: 'US', country, start, end: start,
    kind: 'secretary-travel', eventIds: [], provenance: [{ sourceId: 'hsg-travels', recordIds: [id] }],
  });
  content.countries.push({ code: 'FR', name: 'France', historianSlugs: ['france'], region: 'Europe', subregion: 'Western Europe', former: false });
  content.people.push({ id: 'pompeo-michael-r', name: 'Michael R. Pompeo', roles: [{ title: 'Secretary of State', country: 'US', start: '2018-04-26', end: '2021-01-20' }] });
  const visits = [
    official('hsg-travel-10', 'pompeo-michael-r', 'FR', '2019-05-01'),
    official('hsg-travel-11', 'pompeo-michael-r', 'JP', '2019-05-02'),
    official('hsg-travel-20', 'blinken-antony-j', 'KR', '2022-05-01'),
    official('hsg-travel-21', 'blinken-antony-j', 'JP', '2022-05-02'),
  ];
  const trips = [
    { id: 'pompeo-michael-r-2019-05-01', personId: 'pompeo-michael-r', title: 'France and Japan', start: '2019-05-01', end: '2019-05-02', visitIds: ['hsg-travel-10', 'hsg-travel-11'], derived: true },
    { id: 'blinken-antony-j-2022-05-01', personId: 'blinken-antony-j', title: 'South Korea and Japan', start: '2022-05-01', end: '2022-05-02', visitIds: ['hsg-travel-20', 'hsg-travel-21'], derived: true },
  ];
  content.discrepancies.push({ id: 'disc-2', subjects: [{ type: 'visit', id: 'hsg-travel-20' }], description: 'Curated: the article dates it a day later.', sourceIds: ['article-a'] });
  const dir = writeDataDir(content, {
    'official/visits.json': [...content.visits.filter((v) => v.id.startsWith('hsg-')).map(({ tripId: _t, ...v }) => ({ ...v, eventIds: [] })), ...visits],
    'official/trips.json': trips,
    'official/discrepancies.json': [
      { id: 'hsg-travel-10-records-disagree', subjects: [{ type: 'visit', id: 'hsg-travel-10' }], description: 'Two records.', sourceIds: ['hsg-travels'] },
      { id: 'hsg-travel-21-records-disagree', subjects: [{ type: 'visit', id: 'hsg-travel-21' }], description: 'Two records.', sourceIds: ['hsg-travels'] },
    ],
  });
  const { dataset, files, problems } = buildDataset(dir, '1.0.0');
  expect(problems).toEqual([]);
  return { full: dataset!, subset: curatedSubset(dataset!, files!) };
}

describe('curatedSubset', () => {
  it('keeps the curated layer and the closure of its references, and leaves the rest out', () => {
    const { full, subset } = build();
    const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
    expect(ids(subset.visits)).toEqual(['austin-2021-03-15-jp', 'hsg-travel-1', 'hsg-travel-2', 'hsg-travel-20', 'hsg-travel-21']);
    expect(ids(subset.trips)).toEqual(['blinken-antony-j-2021-03-15', 'blinken-antony-j-2022-05-01']); // the derived trip of a named visit, whole
    expect(ids(subset.discrepancies)).toEqual(['disc-1', 'disc-2', 'hsg-travel-21-records-disagree']);
    expect(ids(subset.people)).toEqual(['austin-lloyd-j', 'blinken-antony-j']);
    expect(subset.countries.map((c) => c.code)).toEqual(['JP', 'KR', 'US']);
    expect(ids(subset.issues)).toEqual(ids(full.issues));
    expect(ids(subset.issueLinks)).toEqual(ids(full.issueLinks));
    expect(ids(full.visits)).toContain('hsg-travel-10');
  });

  it('brings an official discrepancy along when everything it names is in, and only then', () => {
    const { full, subset } = build();
    expect(full.discrepancies.map((d) => d.id)).toEqual(expect.arrayContaining(['hsg-travel-10-records-disagree', 'hsg-travel-21-records-disagree']));
    expect(subset.discrepancies.map((d) => d.id)).toContain('hsg-travel-21-records-disagree');
    expect(subset.discrepancies.map((d) => d.id)).not.toContain('hsg-travel-10-records-disagree');
  });

  it('passes loadDataset and every integrity rule, with its own counts, checksum and meta.subset', () => {
    const { full, subset } = build();
    expect(lintDataset(subset)).toEqual([]);
    expect(() => loadDataset(JSON.stringify(subset))).not.toThrow();
    expect(subset.meta.counts.visits).toBe(5);
    expect(subset.meta.sha256).not.toBe(full.meta.sha256);
    expect(subset.meta.subset).toMatchObject({ name: 'curated', of: full.meta.sha256 });
  });
});
