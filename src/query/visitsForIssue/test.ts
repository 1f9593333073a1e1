import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { visitsForIssue } from './index.js';

describe('visitsForIssue', () => {
  it('lists the visits an issue reaches directly, through their trip or their events', () => {
    expect(visitsForIssue(ds, 'north-korea').map((v) => v.id)).toEqual(['hsg-travel-3992', 'hsg-travel-3993']);
    expect(visitsForIssue(ds, 'middle-east', { country: 'JO' }).map((v) => v.id)).toEqual(['hsg-travel-4178']);
  });
  it('refuses an unknown issue', () => {
    expect(() => visitsForIssue(ds, 'gaza')).toThrow(UnknownIdError);
    expect(() => visitsForIssue(ds, 'gaza')).toThrow(/did you mean "israel-hamas-war"/);
  });
});
