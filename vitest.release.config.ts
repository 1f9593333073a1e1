import { defineConfig } from 'vitest/config';

// npm run test:release: the release path against a local registry (tests/release),
// a minute or two, so not in npm test; .ci/run runs it after npm test has built dist/.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
