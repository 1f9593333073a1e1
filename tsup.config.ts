import { defineConfig } from 'tsup';

// dist/dataset.json is written by scripts/build-dataset.ts before tsup runs,
// and read at first use; it is never inlined into a bundle.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    shims: true,
    splitting: true,
    keepNames: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: ['diplomatic-visits/dataset.json'],
  },
  {
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    clean: false,
    platform: 'browser',
    target: 'es2022',
    external: ['diplomatic-visits/dataset.json'],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    clean: false,
    shims: true,
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['diplomatic-visits/dataset.json'],
  },
]);
