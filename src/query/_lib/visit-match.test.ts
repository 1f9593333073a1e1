import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { indexOf } from './dataset-index.js';
import { compileVisitCriteria, compileVisitFilter, parseVisitCriteria, parseVisitFilter } from './visit-match.js';

const index = indexOf(ds);

describe('parseVisitCriteria', () => {
  it('checks and normalizes every value: ids as the dataset writes them, text folded, one value as a list', () => {
    expect(parseVisitCriteria(index, { person: 'blinken-antony-j', country: ['jp', 'KR'], region: 'asia', traveler: 'BLINKEN', kind: 'secretary-travel' }, 'filter.')).toEqual({
      people: ['blinken-antony-j'],
      countries: ['JP', 'KR'],
      region: 'Asia',
      traveler: 'blinken',
      kinds: ['secretary-travel'],
    });
    expect(parseVisitCriteria(index, {}, 'filter.')).toEqual({});
  });
  it('refuses the first bad value in key order, named with its prefix and position', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error as UnknownIdError;
      }
      throw new Error('did not throw');
    };
    const error = thrown(() => parseVisitCriteria(index, { country: ['JP', 'XX'], region: 'Nowhere' }, 'by.'));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.argument).toBe('by.country[1]');
    expect(() => parseVisitCriteria(index, { kind: 'tourism' as never }, 'filter.')).toThrow(InvalidArgumentError);
  });
});

describe('compileVisitCriteria and compileVisitFilter', () => {
  it('match what the parsed criteria say, and narrow to an index list', () => {
    const compiled = compileVisitCriteria(index, parseVisitCriteria(index, { person: 'blinken-antony-j', country: 'JP' }, 'filter.'));
    expect(compiled.any).toBe(true);
    expect(ds.visits.filter(compiled.test).map((v) => v.id).sort()).toEqual(['hsg-travel-3992', 'hsg-travel-4181']);
    expect(compiled.candidates!.length).toBeLessThan(ds.visits.length);
    expect(compileVisitCriteria(index, {}).any).toBe(false);
  });
  it('compile a whole filter with its range, trip and issue, checking nothing more', () => {
    const parsed = parseVisitFilter(index, { person: 'blinken-antony-j', trip: 'blinken-antony-j-2023-11-03' }, { from: '2023-11-08', to: '2023-11-08' }, 'filter.');
    expect(parsed).toEqual({ people: ['blinken-antony-j'], trip: 'blinken-antony-j-2023-11-03', from: '2023-11-08', to: '2023-11-08' });
    const { test, candidates } = compileVisitFilter(index, parsed);
    expect(candidates!.filter(test).map((v) => v.id)).toEqual(['hsg-travel-4181', 'hsg-travel-4182']);
    // The compiler trusts its input: a value no parse would give matches nothing rather than throwing.
    expect(ds.visits.filter(compileVisitCriteria(index, { countries: ['ZZ'] }).test)).toEqual([]);
  });
});
