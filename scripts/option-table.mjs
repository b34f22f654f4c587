// The option table (src/core/options.ts with its descriptions, src/schema/options-docs.ts) for
// Node scripts and tools that cannot import TypeScript: bundled with esbuild and imported.
import { build } from 'esbuild';

const entry = new URL('../src/schema/options-docs.ts', import.meta.url).pathname;

/** The module src/schema/options-docs.ts (`optionsTable`, `manifestAttributes`, …). */
export async function optionDocs() {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}
