import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeCollection } from '../../src/dataset/codec.js';
import { freshSmallDataset } from '../../tests/fixtures/small-dataset.js';
import { browserModuleSource } from './browser-module.js';
import { shippedText } from './layout.js';

/** The module's exports, evaluated as JavaScript. */
const exported = (source: string): { text: string; layout: { bytes: number; sha256: string; collections: Record<string, [number, number]>; encoded: string[]; ids: unknown } } =>
  vm.runInNewContext(`${source.replace(/^export const layout = /m, 'globalThis.layout = ').replace(/^export default /m, 'globalThis.text = ')};({ text, layout })`);

describe('browserModuleSource', () => {
  const ds = freshSmallDataset() as unknown as Record<string, unknown> & { meta: { sha256: string; name: string }; issues: { label: string }[] };
  // every character the literal must write another way
  ds.meta.name = "it's `quoted` \"twice\" back\\slash\\u0027 \n new line, line\u2028sep\u2029para, é, \\'";
  ds.issues[0]!.label = "Blinken's `trip`";
  const { text: json, layout } = shippedText(ds);

  it('exports JSON text: meta as it is, each collection encoded (codec.ts) to the same value, keys in the same order, and where each sits', () => {
    const { text, layout: shifted } = exported(browserModuleSource(json, layout, 'x.json'));
    const value = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(Object.keys(ds));
    expect(JSON.stringify(value.meta)).toBe(JSON.stringify(ds.meta));
    expect(shifted.encoded).toEqual(Object.keys(ds).filter((key) => key !== 'meta'));
    expect(shifted.bytes).toBe(text.length);
    expect(shifted.sha256).toBe(ds.meta.sha256);
    expect(shifted.ids).toEqual(layout.ids);
    expect(Object.keys(shifted.collections)).toEqual(Object.keys(ds));
    for (const [key, [start, end]] of Object.entries(shifted.collections)) {
      const part: unknown = JSON.parse(text.slice(start, end));
      expect(JSON.stringify(key === 'meta' ? part : decodeCollection(part)), key).toBe(JSON.stringify(ds[key]));
    }
  });

  it('writes one single-quoted literal of ASCII with no quote or backtick inside to escape', () => {
    const source = browserModuleSource(json, layout, 'x.json');
    const literal = /^export default '(.*)';$/m.exec(source)?.[1];
    expect(literal).toBeDefined();
    expect(literal).not.toMatch(/['`\n\r\u2028\u2029]/);
    expect(literal).toMatch(/^[\x20-\x7e]*$/);
    expect(source.split('\n').filter(Boolean)).toHaveLength(3); // a comment, the layout and the text
  });

  it('refuses a layout of another text', () => {
    const other = shippedText({ ...ds, extra: [1, 2, 3] }).layout;
    expect(() => browserModuleSource(json, { ...layout, collections: { ...layout.collections, visits: other.collections.issues! } }, 'x.json')).toThrow(/does not describe/);
    expect(() => browserModuleSource(json, other, 'x.json')).toThrow(/does not describe/);
  });
});
