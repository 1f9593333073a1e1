// The README's examples run here, so they never rot: every `ts` block runs
// (a `text` block right after it lists lines its output must contain), and
// every `console` block runs its `npx diplomatic-visits …` commands (or feeds
// its `> ` lines to the REPL) and checks the lines shown after them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]!, start: m.index!, end: m.index! + m[0].length }));
const squash = (s: string) => s.replace(/[ \t]+/g, ' ').trim();
const expectLines = (output: string, expected: string[]) => {
  const got = squash(output);
  for (const line of expected.map(squash).filter(Boolean)) expect(got, `output lacks: ${line}`).toContain(line);
};

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((b) => b.lang === 'console').length).toBeGreaterThanOrEqual(2);
  });

  it('TypeScript blocks type-check (strict, NodeNext) against the built package', () => {
    const dir = path.join(root, '.tmp', 'readme-types');
    mkdirSync(dir, { recursive: true });
    const files = blocks.flatMap((b, i) => (b.lang === 'ts' ? [`block-${i}.ts`] : []));
    blocks.forEach((b, i) => b.lang === 'ts' && writeFileSync(path.join(dir, `block-${i}.ts`), `${b.body}\nexport {};\n`));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')] },
      files,
    }));
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: root, encoding: 'utf8' });
  });

  it('states the counts of the built dataset', () => {
    const { meta } = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as { meta: { counts: Record<string, number>; official: { records: Record<string, number> } } };
    const table = /\| countries \| people[^\n]*\n[^\n]*\n(\|[^\n]*)/.exec(readme);
    const header = /\| (countries \| people[^\n]*)\|/.exec(readme)![1]!.split('|').map((c) => c.trim());
    const values = table![1]!.split('|').map((c) => c.trim()).filter(Boolean).map((c) => Number(c.replace(/,/g, '')));
    expect(Object.fromEntries(header.map((h, i) => [h, values[i]]))).toEqual(meta.counts);
    const n = (x: number) => x.toLocaleString('en-US');
    const { travel, visit, visitsWritten, duplicatesMerged } = meta.official.records as Record<'travel' | 'visit' | 'visitsWritten' | 'duplicatesMerged', number>;
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(readme)).toContain(flat(`${n(travel)} travel records and ${n(visit)} foreign-leader visit records were read and ${n(visitsWritten)} official visits written: ${duplicatesMerged} records were merged`));
  });

  it("states what the official layer covers: meta.coverage's dates", () => {
    type Span = { first: string; last: string };
    const { meta } = JSON.parse(readFileSync(path.join(root, 'dist', 'dataset.json'), 'utf8')) as {
      meta: { coverage?: { secretaryTravel: Span; presidentTravel: Span; foreignLeaderVisit: Span } };
    };
    expect(meta.coverage, 'the build writes meta.coverage').toBeDefined();
    const c = meta.coverage!;
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(readme)).toContain(
      `Secretaries of State's travel from ${c.secretaryTravel.first} to ${c.secretaryTravel.last}, ` +
        `Presidents' travel from ${c.presidentTravel.first} to ${c.presidentTravel.last}, ` +
        `and foreign leaders' visits to the US from ${c.foreignLeaderVisit.first} to ${c.foreignLeaderVisit.last}.`,
    );
  });

  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const output = next && next.lang === 'text' && readme.slice(block.end, next.start).trim() === '' ? next.body.split('\n') : [];
    if (block.lang === 'ts') {
      it(`TypeScript block ${i} (${block.body.split('\n').find((l) => l && !l.startsWith('import'))?.slice(0, 60)})`, () => {
        // inside the repo, `diplomatic-visits` resolves to the built package by self-reference
        const dir = path.join(root, '.tmp', 'readme');
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `block-${i}.ts`);
        writeFileSync(file, block.body);
        const out = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
        // the output block shows exactly what the block prints
        if (output.length) expect(out.trimEnd()).toBe(output.join('\n').trimEnd());
      });
    }
    if (block.lang === 'console') {
      const lines = block.body.split('\n');
      if (lines[0] === '$ npx diplomatic-visits repl') {
        it(`REPL session ${i}`, () => {
          const inputs = lines.filter((l) => l.startsWith('> ')).map((l) => l.slice(2));
          const result = spawnSync(process.execPath, [cli, 'repl'], { input: `${inputs.join('\n')}\n`, encoding: 'utf8', cwd: root });
          expectLines(result.stdout + result.stderr, lines.slice(1).filter((l) => !l.startsWith('> ')));
        });
        return;
      }
      const commands: { args: string[]; expected: string[] }[] = [];
      for (const line of lines) {
        if (line.startsWith('$ npx diplomatic-visits ')) commands.push({ args: line.slice('$ npx diplomatic-visits '.length).split(/\s+/), expected: [] });
        else commands.at(-1)?.expected.push(line);
      }
      for (const { args, expected } of commands) {
        it(`CLI: diplomatic-visits ${args.join(' ')}`, () => {
          const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
          expect(result.status, result.stderr).toBe(0);
          expectLines(result.stdout, expected);
        });
      }
    }
  });
});
