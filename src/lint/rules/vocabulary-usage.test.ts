import { describe, expect, it } from 'vitest';
import { validContent } from '../../../tests/fixtures/lint-base.js';
import { addManyLinks, addParentChain } from '../../../tests/fixtures/hostile-data.js';
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
  // Large adversarial input: 50,000 links on one issue beside 50,000 unused issues, and a chain 50,000 deep.
  it('checks 50,000 links, 50,000 reserved issues and a 50,000-deep chain quickly', { timeout: 60_000 }, () => {
    const data = addParentChain(addManyLinks(validContent(), 50_000), 50_000);
    for (let i = 0; i < 50_000; i += 1000) data.issueLinks.push({ ...data.issueLinks.at(-1)!, id: `chain-link-${i}`, issueId: `chain-${50_000 - 1 - i}` });
    expect(vocabularyUsage.check(data)).toEqual([]);
    data.issues.find((i) => i.id === 'quiet-7')!.reserved = false;
    expect(vocabularyUsage.check(data)).toMatchObject([{ id: 'quiet-7', message: expect.stringMatching(/no issue link uses it/) }]);
  });

  describe('fixer', () => {
    it('drops the reserved flag of an issue a link uses, and a second run changes nothing', () => {
      const data = validContent();
      data.issues[1]!.reserved = true; // military-communication, used by link-1
      expect(vocabularyUsage.check(data)).toMatchObject([{ id: 'military-communication', field: 'reserved', fixable: true }]);
      expect(vocabularyUsage.fix!(data, data)).toEqual([
        { rule: 'vocabulary-usage', collection: 'issues', id: 'military-communication', field: 'reserved', before: true, after: undefined },
      ]);
      expect('reserved' in data.issues[1]!).toBe(false);
      expect(vocabularyUsage.check(data)).toEqual([]);
      expect(vocabularyUsage.fix!(data, data)).toEqual([]);
      expect(data).toEqual(validContent());
    });
    it('leaves an unused issue without the flag to the curator', () => {
      const data = validContent();
      delete data.issues[2]!.reserved;
      expect(vocabularyUsage.fix!(data, data)).toEqual([]);
      const problems = vocabularyUsage.check(data);
      expect(problems).toMatchObject([{ id: 'fentanyl' }]);
      expect(problems[0]!.fixable).toBeUndefined();
    });
    it('keeps the flag of a parent used only through its child', () => {
      const data = validContent();
      data.issues[0]!.reserved = true; // us-china-communication: its child is linked, it is not
      expect(vocabularyUsage.check(data)).toEqual([]);
      expect(vocabularyUsage.fix!(data, data)).toEqual([]);
    });
  });
});
