import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { browserModuleSource } from './browser-module.js';

/** The module's default export, evaluated as JavaScript. */
const exported = (source: string): string => vm.runInNewContext(source.replace(/^export default /m, 'globalThis.out = ').concat(';out'));

describe('browserModuleSource', () => {
  const value = { a: "it's `quoted` \"twice\"", b: 'back\\slash\\u0027 \n new line', c: 'line\u2028sep\u2029para', d: ['é', 1, null, true], e: "\\'" };

  it('exports JSON text that parses to the same value, keys in the same order', () => {
    for (const json of [JSON.stringify(value), `${JSON.stringify(value, null, 2)}\n`]) {
      const text = exported(browserModuleSource(json, 'x.json'));
      expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(value));
    }
  });

  it('writes one single-quoted literal with no quote or backtick inside to escape', () => {
    const source = browserModuleSource(JSON.stringify(value), 'x.json');
    const literal = /^export default '(.*)';$/m.exec(source)?.[1];
    expect(literal).toBeDefined();
    expect(literal).not.toMatch(/['`\n\r\u2028\u2029]/);
    expect(source.split('\n').filter(Boolean)).toHaveLength(2); // a comment and the export
  });
});
