import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/test.ts', 'src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // The public types are tested as types: expectTypeOf in *.test-d.ts, checked by tsc.
    typecheck: { enabled: true, include: ['tests/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // .ci/run prints a one-line summary from this report
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-report.json' },
  },
});
