// Proves the zod peer range of package.json from a consumer's side: packs the
// package, and for each zod version installs the tarball plus that zod into a
// fresh project, then checks one copy of zod is installed, type-checks (strict,
// NodeNext) and runs an ESM and a CJS file that compose the schemas with the
// consumer's own zod, runs the CLI, and loads the main entry with zod removed.
//
//   npm run -s build && tsx scripts/check-zod-range.ts [zod-version ...]
//
// Without versions it tries both ends of each part of the peer range (for
// `^3.25.0 || ^4.0.0`: 3.25.0, the last 3.25.x, 4.0.0 and the newest 4.x on the
// registry). Needs the npm registry; not part of `npm test` (20–80 s a version).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
const range = pkg.peerDependencies?.zod;
if (!range) throw new Error('package.json has no zod peer dependency');
if (!existsSync(path.join(root, 'dist', 'schemas.js'))) throw new Error('dist/ is missing: run npm run build first');

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Every version on the registry that satisfies `spec` (prereleases left out), oldest first: npm lists them in publish order. */
function registryVersions(spec: string): string[] {
  const out = JSON.parse(sh('npm', ['view', `zod@${spec}`, 'version', '--json'], root)) as string | string[];
  const parts = (v: string) => v.split('.').map(Number);
  const byVersion = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  };
  return (Array.isArray(out) ? out : [out]).sort(byVersion);
}

/** Both ends of each `||` part of the range. */
function defaultVersions(): string[] {
  const ends = range!.split('||').flatMap((part) => {
    const found = registryVersions(part.trim());
    if (!found.length) throw new Error(`no zod version on the registry satisfies ${part.trim()}`);
    return [found[0]!, found.at(-1)!];
  });
  return [...new Set(ends)];
}

// One consumer file, written as .mts and .cts: composing the schemas with the consumer's own z
// is what breaks with two copies of zod (types: `_zod.version` differs; run time: `.extend` throws).
const consumer = (zodSpecifier: string) => `import { z } from '${zodSpecifier}';
import { getDataset } from 'diplomatic-visits';
import { VisitSchema, DatasetSchema, datasetJsonSchema, loadDataset, type Visit } from 'diplomatic-visits/schemas';

const ds = getDataset();
const visit = ds.visits.find((v) => v.tripId !== undefined);
if (!visit) throw new Error('no visit with a trip in the bundled dataset');

const Visits = z.array(VisitSchema);
const Wrapped = z.object({ visit: VisitSchema });
const Noted = VisitSchema.extend({ note: z.string() });

const list: Visit[] = Visits.parse(ds.visits.slice(0, 200));
const wrapped = Wrapped.parse({ visit });
const noted = Noted.parse({ ...visit, note: 'checked' });
const note: string = noted.note;
const id: string = wrapped.visit.id;
const country: string = noted.country;

const json = z.toJSONSchema(Noted) as { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };
const full = datasetJsonSchema() as { $defs?: Record<string, unknown> };

console.log(JSON.stringify({
  zodObjects: VisitSchema instanceof z.ZodObject && Noted instanceof z.ZodObject,
  parsed: list.length,
  id: id === visit.id,
  country: country === visit.country,
  note,
  strictKept: !Noted.safeParse({ ...visit, note: 'x', extra: 1 }).success,
  rejectsBadDate: !Wrapped.safeParse({ visit: { ...visit, start: '2023-02-30' } }).success,
  jsonSchemaNote: (json.properties?.['note'] as { type?: string } | undefined)?.type,
  jsonSchemaRequired: json.required?.includes('note') === true && json.required?.includes('id') === true,
  datasetJsonSchemaDefs: Object.keys(full.$defs ?? {}).length,
  reloaded: loadDataset(JSON.stringify(ds)).meta.sha256 === ds.meta.sha256 && DatasetSchema.safeParse(ds).success,
}));
`;

interface Result { zod: string; ok: boolean; checks: string[]; error?: string }

function tryVersion(tarball: string, work: string, version: string): Result {
  const checks: string[] = [];
  const project = path.join(work, `zod-${version}`);
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  try {
    sh('npm', ['install', '--no-audit', '--no-fund', tarball, `zod@${version}`], project);

    // exactly one zod in the tree, the one asked for
    const copies = sh('npm', ['ls', 'zod', '--all', '--parseable'], project).trim().split('\n').filter(Boolean);
    const installed = (JSON.parse(readFileSync(path.join(project, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string }).version;
    if (copies.length !== 1 || installed !== version) throw new Error(`expected one zod ${version}, found ${installed} at:\n${copies.join('\n')}`);
    checks.push('one copy');

    // zod 3.x serves zod 4 at zod/v4 only; a zod 4 user writes plain 'zod'
    const specifier = version.startsWith('3.') ? 'zod/v4' : 'zod';
    writeFileSync(path.join(project, 'consumer.mts'), consumer(specifier));
    writeFileSync(path.join(project, 'consumer.cts'), consumer(specifier));
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: false, types: [], outDir: 'out', rootDir: '.' },
      files: ['consumer.mts', 'consumer.cts'],
    }));
    // skipLibCheck off, so our declarations are checked against this zod too. Errors inside
    // zod's own declarations (some 3.25.x fail under a newer TypeScript) are zod's, not ours:
    // noted, not failed; any other error fails. tsc emits out/ either way.
    const typed = spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: project, encoding: 'utf8' });
    const errors = typed.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    const ours = errors.filter((line) => !line.startsWith('node_modules/zod/'));
    if (typed.status !== 0 && (ours.length || !errors.length)) throw new Error(`tsc failed:\n${typed.stdout}${typed.stderr}`);
    checks.push(`tsc (${specifier})${errors.length ? ` [${errors.length} errors in zod's own .d.ts, none in ours]` : ''}`);

    for (const file of ['out/consumer.mjs', 'out/consumer.cjs']) {
      const out = JSON.parse(sh(process.execPath, [file], project)) as Record<string, unknown>;
      const expected = { zodObjects: true, id: true, country: true, note: 'checked', strictKept: true, rejectsBadDate: true, jsonSchemaNote: 'string', jsonSchemaRequired: true, reloaded: true };
      const wrong = Object.entries(expected).filter(([k, v]) => out[k] !== v);
      if (wrong.length || out['parsed'] !== 200 || !((out['datasetJsonSchemaDefs'] as number) > 10)) {
        throw new Error(`${file}: unexpected ${JSON.stringify(out)}`);
      }
      checks.push(file.endsWith('.mjs') ? 'ESM run' : 'CJS run');
    }

    // the JSON Schema generated with this zod is the one shipped (built with our pinned zod)
    writeFileSync(path.join(project, 'json-schema.mjs'), `import { readFileSync } from 'node:fs';
import { datasetJsonSchema } from 'diplomatic-visits/schemas';
const { $id, ...shipped } = JSON.parse(readFileSync('node_modules/diplomatic-visits/dist/dataset.schema.json', 'utf8'));
console.log(JSON.stringify(datasetJsonSchema()) === JSON.stringify(shipped));
`);
    if (sh(process.execPath, ['json-schema.mjs'], project).trim() !== 'true') throw new Error('datasetJsonSchema() differs from dist/dataset.schema.json');
    checks.push('same JSON Schema');

    // the bin, on its normal path and on the one that validates a file with the consumer's zod
    const stats = JSON.parse(sh('npx', ['--no', 'diplomatic-visits', 'stats', '--format', 'json'], project)) as { visits?: number };
    if (!(stats.visits! > 0)) throw new Error(`npx diplomatic-visits stats: ${JSON.stringify(stats)}`);
    const data = path.join('node_modules', 'diplomatic-visits', 'dist', 'dataset.json');
    sh('npx', ['--no', 'diplomatic-visits', 'diff', data, data], project);
    checks.push('npx bin (stats, diff)');

    // the main entry never needs zod: remove it and query, from CJS and ESM
    rmSync(path.join(project, 'node_modules', 'zod'), { recursive: true });
    writeFileSync(path.join(project, 'nozod.cjs'), `const dv = require('diplomatic-visits');
const n = dv.visits(dv.getDataset(), { country: 'JP' }).length;
const others = Object.keys(require.cache).filter((f) => f.includes('node_modules') && !f.includes('diplomatic-visits'));
let schemas = 'loaded';
try { require('diplomatic-visits/schemas'); } catch (e) { schemas = /zod/.test(e.message) ? 'needs zod' : e.message; }
console.log(JSON.stringify({ n, others, schemas }));
`);
    const cjs = JSON.parse(sh(process.execPath, ['nozod.cjs'], project)) as { n: number; others: string[]; schemas: string };
    if (!(cjs.n > 0) || cjs.others.length || cjs.schemas !== 'needs zod') throw new Error(`main entry without zod: ${JSON.stringify(cjs)}`);
    writeFileSync(path.join(project, 'nozod.mjs'), `import { bundled } from 'diplomatic-visits';\nconsole.log(bundled.visits({ country: 'JP' }).length);\n`);
    if (!(Number(sh(process.execPath, ['nozod.mjs'], project)) > 0)) throw new Error('ESM main entry without zod answered nothing');
    checks.push('main entry without zod');
    return { zod: version, ok: true, checks };
  } catch (error) {
    return { zod: version, ok: false, checks, error: (error as Error).message };
  }
}

const versions = process.argv.slice(2).length ? process.argv.slice(2) : defaultVersions();
const work = mkdtempSync(path.join(tmpdir(), 'dv-zod-range-'));
execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: 'pipe' });
const tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);

console.log(`zod peer range: ${range}; trying zod ${versions.join(', ')}`);
const results: Result[] = [];
for (const version of versions) {
  const started = Date.now();
  const result = tryVersion(tarball, work, version);
  results.push(result);
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`zod ${version}: ${result.ok ? 'ok' : 'FAILED'} (${secs} s) ${result.checks.join(', ')}`);
  if (result.error) console.log(result.error.split('\n').slice(0, 20).join('\n').replace(/^/gm, '    '));
}
rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `zod range ${range}: ${failed} of ${results.length} versions FAILED` : `zod range ${range}: all ${results.length} versions ok`);
process.exit(failed ? 1 : 0);
