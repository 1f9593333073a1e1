import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { countriesVisited } from './index.js';

describe('countriesVisited', () => {
  it('lists countries in the order first visited, with visits and days, leaving home out', () => {
    expect(countriesVisited(ds, 'blinken-antony-j', { from: '2023-11-01', to: '2023-11-30' }).map((c) => [c.country.code, c.visits, c.days, c.first, c.last])).toEqual([
      ['IL', 1, 1, '2023-11-03', '2023-11-03'],
      ['JO', 1, 2, '2023-11-03', '2023-11-04'],
      ['JP', 1, 2, '2023-11-07', '2023-11-08'],
      ['KR', 1, 2, '2023-11-08', '2023-11-09'],
      ['IN', 1, 2, '2023-11-09', '2023-11-10'],
      ['BE', 1, 2, '2023-11-28', '2023-11-29'],
    ]);
  });
  it('counts every visit to a country and clips days to the range', () => {
    const all = countriesVisited(ds, 'blinken-antony-j');
    expect(all.find((c) => c.country.code === 'JP')).toMatchObject({ visits: 2, days: 5, first: '2021-03-15', last: '2023-11-08', visitIds: ['hsg-travel-3992', 'hsg-travel-4181'] });
    expect(countriesVisited(ds, 'blinken-antony-j', { from: '2023-11-04', to: '2023-11-04' }).map((c) => [c.country.code, c.days])).toEqual([['JO', 1]]);
  });
  it('refuses an unknown person and bad dates', () => {
    expect(() => countriesVisited(ds, 'blinkenn')).toThrow(UnknownIdError);
    expect(() => countriesVisited(ds, 'blinken-antony-j', { from: '2023-11-31' })).toThrow(InvalidArgumentError);
    expect(() => countriesVisited(ds, 'blinken-antony-j', { form: '2023-11-01' } as never)).toThrow(/range\.form: .*did you mean "from"/);
  });
});
