// Modules made at build time from the source tree, so that a list that follows from the files or
// from a table is written once. rollup.config.mjs (`derivedModules`) and
// web-test-runner.config.mjs serve them under their `consentry:` ids; src/derived.d.ts types them.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const src = new URL('../src/', import.meta.url);

/** Imports a TypeScript module of src/ in Node (bundled with esbuild): for pure data only. */
export async function evaluate(path) {
  const out = await build({ entryPoints: [new URL(path, src).pathname], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}

/** The shipped UI languages besides English: the files of src/i18n/lang/ (`de.ts` → `de`). */
export const languageTags = () =>
  readdirSync(new URL('i18n/lang/', src))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();

/** The privacy notice's built-in languages besides English: the files of src/notice/texts/. */
export const noticeTags = () =>
  readdirSync(new URL('notice/texts/', src))
    .filter((f) => f.endsWith('.ts') && f !== 'en.ts' && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();

/**
 * The modules by id. Each makes its source; `file(path)` turns a path under src/ into what the
 * module may import (a file path for rollup, a URL for the test runner).
 */
export const DERIVED = {
  // The drop-in's list of shipped languages (src/i18n/texts.ts): two-letter tags run together,
  // then the longer ones, the shortest way to write it.
  'consentry:languages': () => {
    const tags = languageTags();
    const two = tags.filter((t) => t.length === 2);
    const longer = tags.filter((t) => t.length !== 2);
    return `export const SHIPPED = [...${JSON.stringify(two.join(''))}.match(/../g), ${longer.map((t) => JSON.stringify(t)).join(', ')}];\n`;
  },
  // Every shipped table by tag, for the build of dist/consentry.lang.<tag>.js and the tests.
  'consentry:language-tables': (file) => {
    const tags = languageTags();
    return (
      tags.map((t, i) => `import t${i} from ${JSON.stringify(file('i18n/lang/' + t + '.ts'))};`).join('\n') +
      `\nexport const tables = { ${tags.map((t, i) => `${JSON.stringify(t)}: t${i}`).join(', ')} };\n`
    );
  },
  // The notice's built-in languages (src/notice/texts/index.ts), English first.
  'consentry:notice-languages': () => `export const LANGUAGES = ${JSON.stringify(['en', ...noticeTags()])};\n`,
  // Every notice table but English by tag (each file exports its table under its tag), for the
  // build of dist/consentry.notice.<lang>.js.
  'consentry:notice-tables': (file) => {
    const tags = noticeTags();
    return (
      tags.map((t, i) => `import { ${t} as t${i} } from ${JSON.stringify(file('notice/texts/' + t + '.ts'))};`).join('\n') +
      `\nexport const tables = { ${tags.map((t, i) => `${JSON.stringify(t)}: t${i}`).join(', ')} };\n`
    );
  },
  // The page globals of the vendor consent APIs (src/integrations/vendor-apis.ts), which the
  // drop-in watches for before it loads the integrations chunk that talks to them.
  'consentry:vendor-globals': async () => {
    const { VENDORS } = await evaluate('integrations/vendor-apis.ts');
    return `export const GLOBALS = ${JSON.stringify(VENDORS.map((v) => v[0]).join(' '))}.split(' ');\n`;
  },
};
