import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

// dist/dataset.json and dist/curated.json are written by scripts/build-dataset.ts
// before tsup runs, and read at first use; they are never inlined into dist/.
// The bundler builds (browser, curated-browser) import the build's string-literal
// form of each (dist/dataset.browser.js, curated.browser.js) beside them, so the
// consumer's bundler inlines the data, once, in the app.
const data = ['diplomatic-visits/dataset.json', 'diplomatic-visits/curated.json', './dataset.browser.js', './curated.browser.js'];
// date-fns (a devDependency) is bundled: the few functions used are inlined,
// so no entry imports a date-fns module at start-up (or at all).
const noExternal = ['date-fns'];

// The CLI validates a --dataset file with the package's own `diplomatic-visits/schemas`
// entry, dist/schemas.cjs, required only then: not a copy of the schemas in a chunk
// of the CLI, which would share modules with its start-up path and split that path
// into more files to load.
const schemasEntry = path.resolve('src/schemas/index.ts');
const cliUsesSchemasEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-schemas-entry',
  setup(build) {
    build.onResolve({ filter: /\/schemas\/index\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === schemasEntry ? { path: './schemas.cjs', external: true } : undefined);
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', curated: 'src/curated.ts', schemas: 'src/schemas/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    shims: true,
    splitting: true,
    keepNames: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: data,
    noExternal,
  },
  {
    // The `browser` and `module` conditions: for bundlers, for the browser or Node.
    entry: { browser: 'src/browser.ts', 'curated-browser': 'src/curated-browser.ts' },
    format: ['esm'],
    splitting: false, // each a single file that imports nothing of the Node build
    dts: true,
    clean: false,
    platform: 'browser',
    target: 'es2022',
    external: data,
    noExternal,
  },
  {
    // The bin, dist/cli.cjs: CommonJS, because an ES module entry costs Node
    // about 4 ms more to start. Split so that the REPL (node:repl, readline)
    // stays in a chunk loaded only by the repl command; a single CommonJS file
    // would inline it and run date-fns's whole index at start-up.
    entry: { cli: 'src/cli/index.ts' },
    esbuildPlugins: [cliUsesSchemasEntry],
    format: ['cjs'],
    splitting: true,
    clean: false,
    shims: true,
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: data,
    noExternal,
    // dist/cli.js, for `node dist/cli.js` as before: the same program, through the ES module loader.
    onSuccess: async () => {
      const { chmod, writeFile } = await import('node:fs/promises');
      await writeFile('dist/cli.js', "#!/usr/bin/env node\n// The CLI is dist/cli.cjs (the bin); this runs it for `node dist/cli.js`.\nimport './cli.cjs';\n");
      await chmod('dist/cli.js', 0o755);
    },
  },
]);
