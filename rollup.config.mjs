import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { readdirSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { DERIVED, noticeTags } from './scripts/derived.mjs';

const minifyOptions = {
  ecma: 2020,
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  // Private members start with `_`: renaming them is safe because nothing outside the bundle sees them.
  mangle: { properties: { regex: /^_(?!_)/ } },
  format: { comments: false },
};
const minify = terser(minifyOptions);

// `noCheck`: each of the builds below would type-check the whole program again (≈ 2 s each); the
// emitted code is the same without it (`isolatedModules`), and `npm run typecheck` checks once.
const ts = () => typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined, noCheck: true } });

/**
 * A classic script has no `import.meta`: rollup's stand-in for `import.meta.url` reads
 * `document.currentScript`, which markup can shadow (src/core/guard.ts reads it safely). The
 * drop-in uses its own script's URL; this is only the last resort.
 */
const noImportMeta = { name: 'no-import-meta', resolveImportMeta: (prop, { format }) => (format === 'iife' && prop === 'url' ? 'location.href' : null) };

/**
 * The modules made at build time from the source tree (scripts/derived.mjs): the shipped
 * languages, every language table, the vendor catalogue's projections.
 */
const derivedModules = () => ({
  name: 'derived-modules',
  resolveId: (source) => (source in DERIVED ? '\0' + source : null),
  load(id) {
    if (!id.startsWith('\0consentry:') || !(id.slice(1) in DERIVED)) return null;
    this.addWatchFile(fileURLToPath(new URL('src/', import.meta.url)));
    return DERIVED[id.slice(1)]((path) => fileURLToPath(new URL('src/' + path, import.meta.url)));
  },
});

/**
 * For the drop-in and the chunks: the wording of the configuration diagnostics stays out of them.
 * Imports of src/core/diagnose.ts (which formats at once, with the table of src/core/messages.ts)
 * resolve to src/loader/diagnose-lazy.ts, which loads that table, `consentry.diagnostics.js`, at
 * the first report. The ES module keeps the one that formats at once.
 */
const diagnoseTs = fileURLToPath(new URL('src/core/diagnose.ts', import.meta.url));
const lazyDiagnostics = {
  name: 'lazy-diagnostics',
  async resolveId(source, importer, options) {
    if (!importer || !/diagnose\.js$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === diagnoseTs ? fileURLToPath(new URL('src/loader/diagnose-lazy.ts', import.meta.url)) : null;
  },
};

const plugins = () => [noImportMeta, lazyDiagnostics, derivedModules(), resolve(), ts(), minifyHTML(), minify];

/** A module's export names from rollup's module information, through `export * from` (lit/html.js). */
async function exportNames(ctx, file) {
  const info = await ctx.load({ id: file });
  const names = info.exports.filter((n) => n !== '*');
  for (const [source, bindings] of Object.entries(info.exportedBindings ?? {}))
    if (source !== '.' && bindings.includes('*')) names.push(...(await exportNames(ctx, (await ctx.resolve(source, file)).id)));
  return names;
}

/**
 * For chunks: imports of the drop-in's own shared modules become reads from the drop-in's live
 * modules, so a chunk shares its state instead of carrying a copy. The list of shared modules is
 * src/loader/shared.ts alone: its `import * as <name>` declarations, each named after its file
 * (the key the drop-in hands it out under). The names a chunk can read are the module's exports
 * as rollup sees them (its module information), whatever the form of the `export`.
 */
const sharedTs = fileURLToPath(new URL('src/loader/shared.ts', import.meta.url));

/**
 * What the chunks import from each shared module, by key: the names, or `*` for all. Filled by
 * the chunk builds (`shareFromDropIn`), which run before the drop-in's, and read by the drop-in's
 * (`handOutOnlyWhatChunksImport`).
 */
const chunkImports = { names: new Map(), chunks: new Set() };

function shareFromDropIn(chunkName) {
  const litTs = fileURLToPath(new URL('src/chunks/lit.ts', import.meta.url));
  /** `importer\0source` → the shared key that import resolved to. */
  const sharedImports = new Map();
  /** Resolved file → key, read once per build from shared.ts. */
  let shared;
  async function sharedModules(ctx) {
    const info = await ctx.load({ id: sharedTs });
    const map = new Map();
    for (const node of info.ast.body) {
      const spec = node.type === 'ImportDeclaration' && node.specifiers.find((s) => s.type === 'ImportNamespaceSpecifier');
      if (!spec) continue;
      const file = (await ctx.resolve(node.source.value, sharedTs)).id;
      const key = basename(file, '.ts');
      if (spec.local.name !== key) ctx.error(`src/loader/shared.ts: import * as ${spec.local.name} from '${node.source.value}' must be named ${key}, its key`);
      if ([...map.values()].includes(key)) ctx.error(`src/loader/shared.ts: two shared modules named ${key}`);
      map.set(file, key);
    }
    return map;
  }
  return {
    name: 'share-from-drop-in',
    buildStart() {
      shared = undefined;
    },
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith('\0')) return null;
      if (source === 'lit/html.js' && !importer.endsWith('/chunks/lit.ts')) return '\0shared:lit';
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.id === sharedTs || importer === sharedTs) return null;
      shared ??= sharedModules(this);
      const key = (await shared).get(resolved.id);
      if (key) sharedImports.set(importer + '\0' + source, key);
      return key ? { id: '\0shared:' + key, meta: { file: resolved.id } } : null;
    },
    buildEnd(error) {
      if (error || !chunkName) return;
      // Every name any module of this chunk imports (or re-exports) from a shared module.
      for (const id of this.getModuleIds()) {
        for (const node of this.getModuleInfo(id).ast?.body ?? []) {
          const key = node.source && sharedImports.get(id + '\0' + node.source.value);
          if (!key) continue;
          const names = chunkImports.names.get(key) ?? chunkImports.names.set(key, new Set()).get(key);
          if (node.type === 'ExportAllDeclaration') names.add('*');
          for (const spec of node.specifiers ?? [])
            names.add(spec.type === 'ImportNamespaceSpecifier' ? '*' : spec.type === 'ImportDefaultSpecifier' ? 'default' : (spec.imported ?? spec.local).name);
        }
      }
      chunkImports.chunks.add(chunkName);
    },
    async load(id) {
      if (!id.startsWith('\0shared:')) return null;
      const key = id.slice(8);
      // A shared module's export names, from rollup's module information; for `lit`, lit-html's
      // own, all of which the `lit` chunk registers (src/chunks/lit.ts).
      const file = key === 'lit' ? (await this.resolve('lit/html.js', litTs, { skipSelf: true })).id : this.getModuleInfo(id).meta.file;
      const names = await exportNames(this, file);
      // Asked for while the chunk's own code runs, the only time the drop-in hands them out (src/loader/shared.ts).
      return `const m = window[Symbol.for('consentry.shared')](${JSON.stringify(key)});\nexport const { ${names.join(', ')} } = m;`;
    },
  };
}

// Lazily loaded chunks: each `src/chunks/<name>.ts` becomes `dist/consentry.<name>.js`, a classic
// script that hands its exports to the drop-in through `registerChunk` (src/loader/chunk.ts).
const chunks = readdirSync('src/chunks')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({
    input: 'src/chunks/' + f,
    output: { file: `dist/consentry.${f.slice(0, -3)}.js`, format: 'iife' },
    plugins: [shareFromDropIn('src/chunks/' + f), ...plugins()],
  }));

/**
 * For the drop-in: its hand-out to the chunks (src/loader/shared.ts) holds only the names the
 * chunks import, not every export of the shared modules: an `import * as` namespace would keep
 * every export in the drop-in, used or not. Each `import * as <key> from '…'` becomes named
 * imports and a plain object of them under the same name (the shared modules export no `let`, so
 * a copy of the values is the live module). The names come from the chunk builds, which run
 * first; a build of the drop-in alone (scripts/size-modules.mjs) reads them from the chunks' module graphs itself.
 */
function handOutOnlyWhatChunksImport() {
  return {
    name: 'hand-out-only-what-chunks-import',
    async transform(code, id) {
      if (id !== sharedTs) return null;
      if (chunks.some((c) => !chunkImports.chunks.has(c.input))) await analyseChunks();
      let n = 0;
      const out = code.replace(/^import \* as (\w+) from ('[^']+');$/gm, (line, key, from) => {
        const names = [...(chunkImports.names.get(key) ?? [])].sort();
        if (names.includes('*')) return line;
        n++;
        return `import { ${names.map((name) => `${name} as ${key}$${name}`).join(', ')} } from ${from};\nconst ${key} = { ${names.map((name) => `${name}: ${key}$${name}`).join(', ')} };`;
      });
      if (!n) this.error('hand-out-only-what-chunks-import: no `import * as` left to trim in src/loader/shared.ts');
      return { code: out, map: null };
    },
  };
}

/** Reads the chunks' module graphs (no output) to learn what they import from the shared modules. */
async function analyseChunks() {
  const { rollup } = await import('rollup');
  for (const chunk of chunks) {
    const bundle = await rollup({ input: chunk.input, plugins: chunk.plugins.filter((p) => p.name !== 'terser'), onwarn() {} });
    await bundle.close();
  }
}

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
// from one bundle of all the tables (`consentry:language-tables`, scripts/derived.mjs). Each registers its table like a chunk (src/loader/chunk.ts) and
// starts with a UTF-8 byte order mark, so it decodes right whatever the page's own encoding.
const langFiles = fromModule('lang-files', ({ tables }, emitFile) => {
  for (const [tag, table] of Object.entries(tables)) {
    const source = `\ufeffwindow[Symbol.for("consentry.chunk")]?.(${JSON.stringify('lang.' + tag)},${JSON.stringify(table)});\n`;
    emitFile({ fileName: `consentry.lang.${tag}.js`, source });
  }
});

// `dist/consentry.purposes.<tag>.js`: the vendor catalogue's purposes per shipped UI language
// (src/i18n/purposes/), made like the language files. Neither the drop-in nor the first layer's
// language files carry them: the preferences dialog and the notice's cookie table fetch one
// (src/i18n/purpose.ts).
const purposeFiles = fromModule('purpose-files', ({ tables }, emitFile) => {
  for (const [tag, table] of Object.entries(tables)) {
    const source = `\ufeffwindow[Symbol.for("consentry.chunk")]?.(${JSON.stringify('purposes.' + tag)},${JSON.stringify(table)});\n`;
    emitFile({ fileName: `consentry.purposes.${tag}.js`, source });
  }
});

// `dist/consentry.notice.<lang>.js`: the privacy notice's built-in texts per language
// (src/notice/texts/<lang>.ts), made like the UI language files from one bundle of all the tables
// (`consentry:notice-tables`). The notice chunk fetches one only for a notice shown in it
// (src/notice/texts/index.ts, `loadTable`).
const noticeLangFiles = fromModule('notice-lang-files', ({ tables }, emitFile) => {
  for (const [tag, table] of Object.entries(tables)) {
    const source = `\ufeffwindow[Symbol.for("consentry.chunk")]?.(${JSON.stringify('notice.' + tag)},${JSON.stringify(table)});\n`;
    emitFile({ fileName: `consentry.notice.${tag}.js`, source });
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
 * For the ES module build (`dist/consentry.mjs` and the framework entry points): the lazily
 * loaded parts become dynamic `import()`s that an app's bundler follows and splits
 * (src/loader/lazy-esm.ts, src/loader/chunk-esm.ts, and `consentry:esm-chunks`, a module listing every part),
 * instead of `<script>` tags next to the drop-in; and the element classes do not touch
 * `HTMLElement` where there is none, so that importing the module on a server does nothing.
 */
const SERVER_SAFE = [
  ['core/trusted.ts', /^export const nonce\b[^=]*=/m, "$& typeof document == 'undefined' ? '' :"],
  ['integrations/consent-mode.ts', /^const w = window\b/m, "const w = (typeof window == 'undefined' ? {} : window)"],
];
function esmBuild() {
  const src = fileURLToPath(new URL('src/', import.meta.url));
  const swap = { 'loader/lazy': 'loader/lazy-esm.ts', 'loader/chunk': 'loader/chunk-esm.ts' };
  return {
    name: 'esm-build',
    async resolveId(source, importer, options) {
      if (source === 'consentry:esm-chunks') return '\0esm-chunks';
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = resolved && relative(src, resolved.id).replace(/\.ts$/, '');
      return key in swap ? src + swap[key] : null;
    },
    load(id) {
      if (id !== '\0esm-chunks') return null;
      const lines = readdirSync(src + 'chunks')
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${JSON.stringify(f.slice(0, -3))}: () => import(${JSON.stringify(src + 'chunks/' + f)})`);
      for (const f of readdirSync(src + 'i18n/lang').filter((f) => f.endsWith('.ts')))
        lines.push(`${JSON.stringify('lang.' + f.slice(0, -3))}: () => import(${JSON.stringify(src + 'i18n/lang/' + f)})`);
      for (const f of readdirSync(src + 'i18n/lang').filter((f) => f.endsWith('.ts')))
        lines.push(`${JSON.stringify('purposes.' + f.slice(0, -3))}: () => import(${JSON.stringify(src + 'i18n/purposes/' + f)})`);
      // The notice's languages: each file exports its table under its tag.
      for (const tag of noticeTags())
        lines.push(
          `${JSON.stringify('notice.' + tag)}: () => import(${JSON.stringify(src + 'notice/texts/' + tag + '.ts')}).then((m) => ({ default: m[${JSON.stringify(tag)}] }))`,
        );
      return `export const CHUNKS = {\n${lines.join(',\n')}\n};\n`;
    },
    transform(code, id) {
      // `class … extends HTMLElement` is evaluated on import: on a server it would throw.
      if (id.startsWith(src + 'ui/')) code = code.replace(/\bextends HTMLElement\b/g, 'extends (globalThis.HTMLElement || Object)');
      // The few module-level reads of the page, made safe where there is none. The drop-in keeps
      // them as they are (it only ever runs in a page); a pattern that no longer matches fails the build.
      for (const [file, pattern, replacement] of SERVER_SAFE)
        if (id === src + file) {
          if (!pattern.test(code)) this.error(`esm-build: ${file} no longer matches ${pattern}`);
          code = code.replace(pattern, replacement);
        }
      return { code, map: null };
    },
  };
}

/**
 * For `consentry/server`: lit-html's server build (the `node` export condition, which touches no
 * DOM), and Lit's server rendering without the parts the notice does not use: `lit` is lit-html
 * (not LitElement, whose server build defines globals), the DOM shim a stand-in
 * (src/ssr/dom-shim.ts), and the chunk loader, which a server never uses, src/ssr/no-chunks.ts.
 */
function serverBuild() {
  const src = fileURLToPath(new URL('src/', import.meta.url));
  const lit = { lit: 'lit-html', 'lit/directive.js': 'lit-html/directive.js', 'lit/directive-helpers.js': 'lit-html/directive-helpers.js' };
  return {
    name: 'server-build',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (source === '@lit-labs/ssr-dom-shim') return src + 'ssr/dom-shim.ts';
      // Its `node` build imports Node's `buffer` (edge runtimes have none); the other uses `btoa`, which all have.
      if (source === '@lit-labs/ssr-client') return fileURLToPath(new URL('node_modules/@lit-labs/ssr-client/index.js', import.meta.url));
      if (source in lit) return this.resolve(lit[source], importer, { ...options, skipSelf: true });
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === src + 'loader/lazy.ts' ? src + 'ssr/no-chunks.ts' : null;
    },
    // Lit's server rendering reads the shim's global `litServerRoot`, the root of the events of
    // custom elements rendered on the server; with no shim and no custom element there is none.
    // lit-html notes its version in a global (`litHtmlVersions`): importing `consentry/server` defines none.
    transform(code, id) {
      const [pattern, replacement] = id.endsWith('/@lit-labs/ssr/lib/render-value.js')
        ? [/\blitServerRoot\b/g, 'undefined']
        : id.endsWith('/lit-html/node/lit-html.js')
          ? [/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\([^)]*\)/, '0']
          : [];
      if (!pattern) return null;
      if (!pattern.test(code)) this.error(`server-build: ${id} no longer matches ${pattern}`);
      return { code: code.replace(pattern, replacement), map: null };
    },
  };
}

/** The framework entry points, built with `dist/consentry.mjs` so that they share its modules. */
const FRAMEWORKS = ['react', 'vue', 'svelte', 'store'];

/**
 * `dist/server.cjs`, for `require('consentry/server')`: Node.js (20.19 and later, the version the
 * README names) and Bun `require()` the ES module itself, so the package carries the server's
 * code (every language and Lit's server rendering, about 700 KB) once, not twice.
 */
const serverCjs = {
  name: 'server-cjs',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'server.cjs', source: "module.exports = require('./server.mjs');\n" });
  },
};

/**
 * The receipt's JSON Schema (`dist/consentry.receipt.schema.json`), from the same source that
 * `consentry-collector` (packages/collector/, a package of its own) validates receipts with.
 */
const receiptSchemaJson = fromModule('receipt-schema-json', ({ receiptSchema }, emitFile) =>
  emitFile({ fileName: 'consentry.receipt.schema.json', source: JSON.stringify(receiptSchema, null, 2) + '\n' }),
);

/**
 * An import that cannot be resolved fails the build. Rollup would only warn (and `--silent` hides
 * the warning) and leave it as a global of the same name: a tree whose `node_modules` predates a
 * new dependency then builds chunks that throw a `ReferenceError` in the browser.
 */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${warning.message}: run \`npm install\``);
  warn(warning);
}

const builds = [
  // The chunks first: rollup builds these one after another, and the drop-in's hand-out is made
  // from what the chunks import (`handOutOnlyWhatChunksImport`).
  ...chunks,
  {
    input: 'src/entries/drop-in.ts',
    output: { file: 'dist/consentry.js', format: 'iife' },
    plugins: [handOutOnlyWhatChunksImport(), ...plugins(), compileHints],
  },
  {
    input: 'consentry:language-tables',
    output: { file: 'dist/consentry.lang.js', format: 'es' },
    plugins: [derivedModules(), resolve(), ts(), langFiles],
  },
  {
    input: 'consentry:purpose-tables',
    output: { file: 'dist/consentry.purpose-tables.js', format: 'es' },
    plugins: [derivedModules(), resolve(), ts(), purposeFiles],
  },
  {
    input: 'consentry:notice-tables',
    output: { file: 'dist/consentry.notice-tables.js', format: 'es' },
    plugins: [derivedModules(), resolve(), ts(), noticeLangFiles],
  },
  {
    input: 'src/schema/index.ts',
    output: { file: 'dist/consentry.schema.js', format: 'es' },
    plugins: [resolve(), ts(), schemaJson],
  },
  {
    input: { consentry: 'src/entries/index.ts', ...Object.fromEntries(FRAMEWORKS.map((name) => [name, `src/entries/${name}.ts`])) },
    external: ['react', 'vue'],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'esm/[name]-[hash].mjs' },
    // One name cache for all of this build's files: a private member (`_name`) gets the same short
    // name in every file that uses it, as they are modules of one program.
    plugins: [esmBuild(), derivedModules(), resolve(), ts(), minifyHTML(), terser({ ...minifyOptions, nameCache: {} })],
  },
  // `consentry/server`: no DOM, no dependency left to resolve (Deno and edge runtimes); for
  // `require('consentry/server')`, `dist/server.cjs` (types in `server.d.cts`) requires it.
  {
    input: 'src/entries/server.ts',
    output: { file: 'dist/server.mjs', format: 'es' },
    // Its diagnostics print at once (src/core/diagnose.ts): a server loads no chunk.
    plugins: [serverBuild(), derivedModules(), resolve({ exportConditions: ['node'] }), ts(), minifyHTML(), minify, serverCjs],
  },
  {
    input: 'src/entries/server.ts',
    output: { file: 'dist/server.d.cts', format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  {
    input: {
      consentry: 'src/entries/index.ts',
      server: 'src/entries/server.ts',
      ...Object.fromEntries(FRAMEWORKS.map((name) => [name, `src/entries/${name}.ts`])),
    },
    external: ['react', 'vue'],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'esm/[name]-[hash].d.ts' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  {
    input: 'src/schema/receipt.ts',
    output: { file: 'dist/consentry.receipt.schema.js', format: 'es' },
    plugins: [ts(), receiptSchemaJson],
  },
];

export default builds.map((build) => ({ onwarn, ...build }));
