// The layers of src/ run one way: each folder imports only the layers below it
// (the table below, the same as docs/architecture.md), and no module imports
// itself through others. Imports are read with the TypeScript scanner, so
// `import type`, `export … from` and `import()` count, and imports shown in
// JSDoc examples do not.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

type Layer = 'util' | 'errors' | 'ids' | 'schemas' | 'lint' | 'dataset' | 'query/_lib' | 'query' | 'diff' | 'entry' | 'cli';

// The package's entry modules: each may import any layer but the CLI.
const ENTRIES = ['api.ts', 'types.ts', 'index.ts', 'browser.ts', 'curated.ts', 'curated-browser.ts', 'schemas/index.ts'];

/** Which layer a module of src/ belongs to (its path relative to src/, with forward slashes). */
function layerOf(file: string): Layer {
  if (ENTRIES.includes(file)) return 'entry';
  if (file === 'errors.ts') return 'errors';
  if (file === 'ids.ts' || file.startsWith('generated/')) return 'ids';
  if (file.startsWith('query/_lib/')) return 'query/_lib';
  const folder = file.split('/')[0]!;
  if (['util', 'schemas', 'lint', 'dataset', 'query', 'diff', 'cli'].includes(folder)) return folder as Layer;
  throw new Error(`src/${file}: no layer; add its folder to tests/layers.test.ts and docs/architecture.md`);
}

// What each layer may import besides itself, bottom up. Keep docs/architecture.md in step.
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  util: [],
  errors: ['util'],
  ids: [],
  schemas: ['util', 'errors', 'ids'],
  lint: ['schemas', 'util', 'errors', 'ids'],
  dataset: ['lint', 'schemas', 'util', 'errors', 'ids'],
  'query/_lib': ['dataset', 'schemas', 'util', 'errors', 'ids'],
  query: ['query/_lib', 'dataset', 'schemas', 'util', 'errors', 'ids'],
  diff: ['schemas', 'util', 'errors', 'ids'],
  entry: ['query', 'query/_lib', 'diff', 'dataset', 'lint', 'schemas', 'util', 'errors', 'ids', 'entry'],
  // The CLI sees the library as its users do: through the public entries.
  cli: ['entry', 'util'],
};

// Single modules a layer may import although their layer is not in its list, and why.
// None today: the CLI takes `loadDataset` from the public schemas entry, imported lazily for
// --dataset and diff (dist/schemas.cjs), so its normal path loads no zod.
const ALLOWED: Record<string, string> = {};

/** Test files, benchmarks and their support are not part of the library. */
const isLibrary = (file: string) => !/(^|\/)(test|benchmark)\.ts$|\.test\.ts$|\.test-d\.ts$/.test(file) && file !== 'query/_lib/bench.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.relative(src, full).split(path.sep).join('/')] : [];
  });
}

/** The modules of src/ a module imports (relative specifiers only; packages and node: are not layers). */
function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const text = readFileSync(path.join(src, file), 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const out: string[] = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
    const stem = base.replace(/\.js$/, '');
    const target = [`${stem}.ts`, `${stem}/index.ts`].find((f) => files.has(f));
    // A JSON file, the build's data module beside dist/browser.js (dataset.browser.js) or a declaration is not a module of a layer.
    if (target === undefined) {
      if (/\.json$|\.browser\.js$/.test(fileName) || files.has(`${stem}.d.ts`)) continue;
      throw new Error(`src/${file}: import "${fileName}" resolves to no module under src/`);
    }
    out.push(target);
  }
  return out;
}

const all = walk(src);
const fileSet = new Set(all);
const library = all.filter(isLibrary);
const graph = new Map(library.map((f) => [f, importsOf(f, fileSet).filter(isLibrary)]));

/** Each import that breaks the table, as a line. */
function violations(g: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of g) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (to === from || MAY_IMPORT[from].includes(to) || ALLOWED[`${from} -> ${target}`]) continue;
      wrong.push(`src/${file} (${from}) imports src/${target} (${to})`);
    }
  }
  return wrong;
}

/** The import cycles: Tarjan's strongly connected components of more than one module, or a module importing itself. */
function cyclesOf(g: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    order.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (g.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of g.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

describe('layers of src/', () => {
  it('finds the modules and their imports', () => {
    // A scanner that found nothing would pass every rule below.
    expect(library.length).toBeGreaterThan(100);
    expect(graph.get('cli/run.ts')).toContain('index.ts');
    expect(graph.get('schemas/index.ts')).toContain('dataset/load-dataset.ts');
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });

  it('puts every module in a layer, and each imports only the layers it may', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('loads zod only in the schemas, and touches the process streams only in the CLI binary', () => {
    const zod: string[] = [];
    const streams: string[] = [];
    for (const file of library) {
      const text = readFileSync(path.join(src, file), 'utf8');
      const imported = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
      if (imported.some((f) => f === 'zod' || f.startsWith('zod/')) && layerOf(file) !== 'schemas') zod.push(file);
      // The REPL and the commands write through the command's I/O seam; only the binary's entry binds it
      // to the process. Code only: a JSDoc example may show process.stdout.
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
      const code = sf.statements.map((s) => s.getText(sf)).join('\n');
      if (file !== 'cli/index.ts' && /\bprocess\.(stdout|stderr|stdin)\b/.test(code)) streams.push(file);
    }
    expect(zod).toEqual([]);
    expect(streams).toEqual([]);
  });
});

describe('the layering check itself', () => {
  it('reports an upward import, a CLI reaching into query internals, and a cycle', () => {
    const made = new Map<string, string[]>([
      ['schemas/visit.ts', ['dataset/load-dataset.ts', 'util/dates.ts']],
      ['dataset/load-dataset.ts', ['schemas/visit.ts']],
      ['cli/run.ts', ['query/_lib/validate.ts', 'index.ts', 'dataset/load-dataset.ts']],
      ['util/dates.ts', []],
    ]);
    expect(violations(made)).toEqual([
      'src/schemas/visit.ts (schemas) imports src/dataset/load-dataset.ts (dataset)',
      'src/cli/run.ts (cli) imports src/query/_lib/validate.ts (query/_lib)',
      'src/cli/run.ts (cli) imports src/dataset/load-dataset.ts (dataset)',
    ]);
    expect(cyclesOf(made)).toEqual([['dataset/load-dataset.ts', 'schemas/visit.ts']]);
    expect(cyclesOf(new Map([['util/a.ts', ['util/a.ts']]]))).toEqual([['util/a.ts']]);
  });
});
