// An app bundled for the browser as the bundler tests do it: one minified IIFE, in memory, no warnings allowed.
import * as esbuild from 'esbuild';
import { expect } from 'vitest';

/** The bundle's text; `options` adds the entry (`entryPoints` or `stdin`), the working folder and anything else. */
export async function browserBundle(options: esbuild.BuildOptions): Promise<string> {
  const result = await esbuild.build({ bundle: true, platform: 'browser', format: 'iife', minify: true, write: false, logLevel: 'silent', ...options });
  expect(result.warnings).toEqual([]);
  return result.outputFiles![0]!.text;
}
