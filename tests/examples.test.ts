// Every JSDoc `@example` in src runs here against the build (dist/) and the
// bundled data, as a user would run it, and shows its result: after a
// statement, a line `//=> value` gives what the statement evaluates to (or,
// for a statement that prints, the lines it printed, as an array). The
// examples are read from the source, so they cannot drift from what is run.
// Each example imports what it uses; browser entries' examples run on the Node
// build (the same API). SHOW_EXAMPLES=1 prints every result, to write a new one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dist = (file: string) => pathToFileURL(path.join(root, 'dist', file)).href;

export interface Example {
  file: string;
  line: number;
  /** The name of the documented declaration, for the test's title. */
  name: string;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/(^|\.)test\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The `@example` blocks of a file's doc comments: from the tag to the next tag or the end of the comment. */
export function extractExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  for (const match of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = match[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
    const startLine = text.slice(0, match.index).split('\n').length;
    const after = text.slice(match.index! + match[0].length);
    const name = /^\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type)\s+(\w+)/.exec(after)?.[1] ?? '?';
    for (let i = 0; i < lines.length; i++) {
      if (!/^@example\b/.test(lines[i]!)) continue;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^@\w/.test(lines[j]!); j++) body.push(lines[j]!);
      examples.push({ file: path.relative(root, file), line: startLine + i, name, code: body.join('\n').trim() });
      i = j - 1;
    }
  }
  return examples;
}

export interface Step {
  code: string;
  /** The source text of the expected value, or undefined for the code after the last `//=>`. */
  expected?: string;
}

/** Splits an example at its `//=>` lines: each step is the code since the last one and the value it must give. */
export function steps(code: string): Step[] {
  const out: Step[] = [];
  let pending: string[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.*?)\s*\/\/=>\s?(.*)$/.exec(lines[i]!);
    if (!m) {
      pending.push(lines[i]!);
      continue;
    }
    if (m[1]!.trim()) pending.push(m[1]!);
    const value = [m[2]!];
    // A long value goes on over lines that start with `//` and two spaces.
    while (i + 1 < lines.length && /^\/\/ {2}/.test(lines[i + 1]!)) value.push(lines[++i]!.slice(2));
    out.push({ code: pending.join('\n'), expected: value.join('\n') });
    pending = [];
  }
  if (pending.join('').trim()) out.push({ code: pending.join('\n') });
  return out;
}

/** `import { a, b as c } from 'x';` as a destructuring of the module the test maps `x` to. */
function rewriteImports(code: string): string {
  return code.replace(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?/gm, (_, names: string, spec: string) => `const {${names.replace(/\s+as\s+/g, ': ')}} = __import(${JSON.stringify(spec)});`);
}

const examples = sourceFiles(path.join(root, 'src')).flatMap((file) => extractExamples(file, readFileSync(file, 'utf8')));

let modules: Record<string, Record<string, unknown>>;
beforeAll(async () => {
  const [main, schemas, curated] = await Promise.all([import(dist('index.js')), import(dist('schemas.js')), import(dist('curated.js'))]);
  const bundledText = readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8');
  // The examples' pinned older file: the bundled one stands in for it.
  const fs = {
    readFileSync: (file: string) => {
      if (file === 'dataset-1.0.0.json') return bundledText;
      throw new Error(`the examples read no file but dataset-1.0.0.json, not ${file}`);
    },
  };
  modules = { 'diplomatic-visits': main, 'diplomatic-visits/schemas': schemas, 'diplomatic-visits/curated': curated, 'node:fs': fs };
});

/** Runs an example step by step in a fresh context; returns each step's result and expectation. */
async function runExample(example: Example): Promise<{ expected?: string; actual: unknown }[]> {
  const printed: string[] = [];
  const log = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  const context = vm.createContext({
    __import: (spec: string) => {
      const mod = modules[spec];
      if (!mod) throw new Error(`the example imports "${spec}", which the test does not provide`);
      return mod;
    },
    console: { log, error: log },
    URLSearchParams,
  });
  const results: { expected?: string; actual: unknown }[] = [];
  for (const step of steps(rewriteImports(example.code))) {
    printed.length = 0;
    // Top-level declarations of one script are seen by the next in the same context.
    let value: unknown = new vm.Script(step.code, { filename: `${example.file}:${example.line}` }).runInContext(context);
    // A step that ends in a promise (an async helper's `.then(...)`) shows what it resolves to.
    if (value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function') value = await value;
    results.push({ expected: step.expected, actual: printed.length ? [...printed] : value });
  }
  return results;
}

describe('JSDoc examples', () => {
  it('are found in the sources', () => {
    expect(examples.length).toBeGreaterThanOrEqual(40);
    expect(new Set(examples.map((e) => e.file)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.name}`, e] as const))('%s', async (_, example) => {
    const results = await runExample(example);
    const shown = results.filter((r) => r.expected !== undefined);
    if (process.env.SHOW_EXAMPLES) console.log(`${example.file}:${example.line}`, JSON.stringify(results.map((r) => r.actual)));
    expect(shown.length, 'every example shows its result with //=>').toBeGreaterThan(0);
    for (const { expected, actual } of shown) {
      expect(actual, expected).toEqual(new Function(`return (${expected});`)());
    }
  });
});

describe('the example runner', () => {
  it('reads an example up to the next tag, and splits it at each //=>', () => {
    const [example] = extractExamples(path.join(root, 'src/x.ts'), '/**\n * Doc.\n * @example\n * const a = 1;\n * a + 1;\n * //=> 2\n * a + 2; //=> 3\n * [a,\n *   a];\n * //=> [1,\n * //   1]\n * @throws never\n */\nexport function f() {}\n');
    expect(example).toMatchObject({ file: 'src/x.ts', line: 3, name: 'f' });
    expect(steps(example!.code)).toEqual([
      { code: 'const a = 1;\na + 1;', expected: '2' },
      { code: 'a + 2;', expected: '3' },
      { code: '[a,\n  a];', expected: '[1,\n   1]' },
    ]);
  });

  it('fails an example whose result differs from its //=> line', async () => {
    modules ??= {};
    const [result] = await runExample({ file: 'x', line: 1, name: 'x', code: '[1, 2].map((n) => n * 2);\n//=> [2, 5]' });
    expect(result!.actual).toEqual([2, 4]);
    expect(result!.actual).not.toEqual(new Function(`return (${result!.expected});`)());
  });
});
