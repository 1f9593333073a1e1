import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../errors.js';
import { smallDataset as ds } from '../../../tests/fixtures/small-dataset.js';
import { evidenceFor } from './index.js';

describe('evidenceFor', () => {
  it('resolves the issue, the subject and each quote with its source', () => {
    const e = evidenceFor(ds, 'link-2024-04-china-russia');
    expect(e.issue.id).toBe('china-support-for-russia');
    expect(e.subject.type).toBe('visit');
    expect(e.subject.record.id).toBe('hsg-travel-4229');
    expect(e.evidence).toEqual([{ quote: 'to discuss concerns about the country’s support for Russia’s weapon production', sourceId: 'reuters-2024-04-26', source: ds.sources.find((s) => s.id === 'reuters-2024-04-26') }]);
  });
  it('refuses an unknown link with the nearest ids', () => {
    expect(() => evidenceFor(ds, 'link-2024-04')).toThrow(UnknownIdError);
    expect(() => evidenceFor(ds, 'link-2024-04')).toThrow(/linkId: unknown issue link .*"link-2024-04-china-russia"/);
  });
});
