import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { vocabularyUsage } from './vocabulary-usage.js';

describe('vocabulary-usage', () => {
  it('counts a parent as used through its child, and accepts reserved issues', () => {
    expect(vocabularyUsage.check(validContent())).toEqual([]);
  });
  it('reports an unused issue that is not reserved', () => {
    const data = validContent();
    delete data.issues[2]!.reserved;
    expect(vocabularyUsage.check(data)).toMatchObject([{ collection: 'issues', id: 'fentanyl', message: expect.stringMatching(/no issue link uses it/) }]);
  });
  it('reports a reserved issue that is used', () => {
    const data = validContent();
    data.issueLinks[0]!.issueId = 'fentanyl';
    data.issues[0]!.reserved = true; // keep the rest consistent: the old parent is now unused
    data.issues[1]!.reserved = true;
    expect(vocabularyUsage.check(data)).toMatchObject([{ id: 'fentanyl', field: 'reserved', message: expect.stringMatching(/marked reserved but/) }]);
  });
});
