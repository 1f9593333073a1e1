import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/test.ts', 'src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on 2 cores. Most slow files
    // wait on child processes (tsc, bundlers, npm pack), so two overlap well there.
    maxWorkers: 2,
    // The public types are tested as types: expectTypeOf in *.test-d.ts, checked by tsc.
    typecheck: { enabled: true, include: ['tests/types/**/*.test-d.ts'], tsconfig: './tests/types/tsconfig.json' },
    // .ci/run prints a one-line summary from this report
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-report.json' },
  },
});
