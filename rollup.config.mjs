import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const minify = terser({
  ecma: 2020,
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  // Private members start with `_`: renaming them is safe because nothing outside the bundle sees them.
  mangle: { properties: { regex: /^_(?!_)/ } },
  format: { comments: false },
});

// `noCheck`: each of the builds below would type-check the whole program again (≈ 2 s each); the
// emitted code is the same without it (`isolatedModules`), and `npm run typecheck` checks once.
const ts = () => typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined, noCheck: true } });

const plugins = () => [
  resolve(),
  ts(),
  minifyHTML(),
  minify,
];

/**
 * For chunks: imports of the drop-in's own modules (see src/shared.ts) become reads from the
 * drop-in's live modules, so a chunk shares its state instead of carrying a copy.
 */
const SHARED = ['boot', 'core/config', 'core/consent', 'core/report', 'core/trusted', 'i18n/texts', 'lazy'];
function shareFromDropIn() {
  const src = fileURLToPath(new URL('src/', import.meta.url));
  return {
    name: 'share-from-drop-in',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (source === 'lit/html.js' && !importer.endsWith('/chunks/lit.ts')) return '\0shared:lit';
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = resolved && relative(src, resolved.id).replace(/\.ts$/, '');
      return key && SHARED.includes(key) ? '\0shared:' + key : null;
    },
    load(id) {
      if (!id.startsWith('\0shared:')) return null;
      const key = id.slice(8);
      const names = key === 'lit' ? ['html', 'noChange', 'nothing', 'render', 'svg'] : [...readFileSync(src + key + '.ts', 'utf8').matchAll(/^export (?:async )?(?:function\*?|const|class) (\w+)/gm)].map((m) => m[1]);
      return `const m = window[Symbol.for('consentry.shared')][${JSON.stringify(key)}];\nexport const { ${names.join(', ')} } = m;`;
    },
  };
}

// Lazily loaded chunks: each `src/chunks/<name>.ts` becomes `dist/consentry.<name>.js`, a classic
// script that hands its exports to the drop-in through `registerChunk` (src/chunk.ts).
const chunks = readdirSync('src/chunks')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({
    input: 'src/chunks/' + f,
    output: { file: `dist/consentry.${f.slice(0, -3)}.js`, format: 'iife' },
    plugins: [shareFromDropIn(), ...plugins()],
  }));

/**
 * A plugin that runs the bundle it is given at build time and, instead of writing it, emits
 * files made from its exports (`emit` is called with the module and rollup's `emitFile`).
 */
const fromModule = (name, emit) => ({
  name,
  async generateBundle(_, bundle) {
    for (const [file, out] of Object.entries(bundle)) {
      const module = await import('data:text/javascript;base64,' + Buffer.from(out.code).toString('base64'));
      delete bundle[file];
      emit(module, (asset) => this.emitFile({ type: 'asset', ...asset }));
    }
  },
});

// `dist/consentry.schema.json`: the JSON Schema of the configuration, built from its TypeScript
// source (src/schema/), which the notice also validates against at run time.
const schemaJson = fromModule('schema-json', ({ schema }, emitFile) =>
  emitFile({ fileName: 'consentry.schema.json', source: JSON.stringify(schema, null, 2) + '\n' }),
);

// `dist/consentry.lang.<tag>.js`: one small file per shipped UI language (src/i18n/lang/), made
// from one bundle of all the tables. Each registers its table like a chunk (src/chunk.ts) and
// starts with a UTF-8 byte order mark, so it decodes right whatever the page's own encoding.
const langFiles = fromModule('lang-files', ({ tables }, emitFile) => {
  for (const [tag, table] of Object.entries(tables)) {
    const source = `\ufeffwindow[Symbol.for("consentry.chunk")]?.(${JSON.stringify('lang.' + tag)},${JSON.stringify(table)});\n`;
    emitFile({ fileName: `consentry.lang.${tag}.js`, source });
  }
});

/**
 * Explicit compile hint: V8 compiles every function of a file that starts with this comment while
 * the file streams in, off the main thread, instead of lazily on the main thread at first call.
 * For files whose functions nearly all run as soon as they load. After the minifier, which would
 * drop the comment.
 */
const compileHints = { name: 'compile-hints', renderChunk: (code) => ({ code: '//# allFunctionsCalledOnLoad\n' + code, map: null }) };

/**
 * `consentry-collector` (src/collector/, docs/consent-records.md): a Node program with a shebang
 * (the package's `bin`), its database drivers left as imports; and the receipt's JSON Schema
 * (`dist/consentry.receipt.schema.json`) from the same source the collector validates with.
 * Also built alone by `npm run collector` and `npm run test:collector` (rollup.collector.mjs).
 */
const receiptSchemaJson = fromModule('receipt-schema-json', ({ receiptSchema }, emitFile) =>
  emitFile({ fileName: 'consentry.receipt.schema.json', source: JSON.stringify(receiptSchema, null, 2) + '\n' }),
);
export const collector = [
  {
    input: 'src/collector/cli.ts',
    output: { file: 'dist/consentry-collector.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: (id) => id.startsWith('node:') || id === 'pg' || id.startsWith('@electric-sql/'),
    plugins: [ts()],
  },
  {
    input: 'src/schema/receipt.ts',
    output: { file: 'dist/consentry.receipt.schema.js', format: 'es' },
    plugins: [ts(), receiptSchemaJson],
  },
];

export default [
  // The drop-in first: rollup builds these one after another, and it is the file most wanted.
  {
    input: 'src/drop-in.ts',
    output: { file: 'dist/consentry.js', format: 'iife' },
    plugins: [...plugins(), compileHints],
  },
  ...chunks,
  {
    input: 'src/i18n/lang/index.ts',
    output: { file: 'dist/consentry.lang.js', format: 'es' },
    plugins: [resolve(), ts(), langFiles],
  },
  {
    input: 'src/schema/index.ts',
    output: { file: 'dist/consentry.schema.js', format: 'es' },
    plugins: [resolve(), ts(), schemaJson],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/consentry.mjs', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/consentry.d.ts', format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  ...collector,
];

