// Bundles a framework test file for the browser with esbuild, as an app's bundler would: React
// (19, or 18 through the `react18` aliases), Vue single-file components, Svelte 5 components and
// Angular components (`*.component.ts`, ahead of time: angular-aot.mjs, and Angular's own
// packages through its linker, as `ng build` does) compiled here, and
// `consentry/*` resolved through this package's `exports` to dist/ (so build
// first: these tests exercise what is published).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(root + 'package.json', 'utf8'));

/** `consentry` and `consentry/<entry>` as the package's `exports` map them (dist/). */
const consentry = {
  name: 'consentry',
  setup(b) {
    b.onResolve({ filter: /^consentry(\/|$)/ }, (args) => {
      const entry = pkg.exports['.' + args.path.slice(9)]?.import;
      const target = typeof entry === 'object' ? entry.default : entry;
      return target ? { path: root + target.slice(2) } : { errors: [{ text: `consentry: no export ${args.path}` }] };
    });
  },
};

/** Names Consentry's elements to the Vue compiler as custom elements. */
const isCustomElement = (tag) => /^(consent-|privacy-notice$)/.test(tag);

const vue = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async (args) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { descriptor, errors } = parse(await readFile(args.path, 'utf8'), { filename: args.path, templateParseOptions: { isCustomElement } });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const script = compileScript(descriptor, { id: args.path, inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } } });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

const svelte = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const out = compile(await readFile(args.path, 'utf8'), { filename: args.path, generate: 'client', dev: true });
      return { contents: out.js.code, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const angular = {
  name: 'angular-aot',
  setup(b) {
    b.onLoad({ filter: /\.component\.ts$/ }, async (args) => {
      const { compileAngular } = await import('./angular-aot.mjs');
      try {
        return { contents: (await compileAngular([args.path])).get(args.path), loader: 'js', resolveDir: dirname(args.path) };
      } catch (error) {
        return { errors: [{ text: error.message }] };
      }
    });
    // Angular's packages ship partially compiled declarations (`ɵɵngDeclare…`) that its linker
    // turns into the final code; without it they would need the just-in-time compiler.
    b.onLoad({ filter: /[/\\]node_modules[/\\]@angular[/\\].*\.mjs$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return undefined;
      const [{ transformAsync }, { default: linker }] = await Promise.all([import('@babel/core'), import('@angular/compiler-cli/linker/babel')]);
      const out = await transformAsync(code, { filename: args.path, plugins: [linker], babelrc: false, configFile: false, compact: false, sourceMaps: false });
      return { contents: out.code, loader: 'js' };
    });
  },
};

/** The bundle of test file `file`, as JavaScript text. */
export async function bundle(file) {
  const react18 = /react18/.test(file);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    jsx: 'automatic',
    conditions: ['svelte', 'browser', 'development'],
    alias: react18 ? { react: 'react18', 'react-dom': 'react-dom18' } : {},
    // Development builds: they are the ones that warn (StrictMode, hydration, Vue, Svelte).
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [consentry, vue, svelte, angular],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** A @web/test-runner plugin that serves test/frameworks/*.test.{js,jsx} bundled. */
export const frameworkTests = () => ({
  name: 'framework-tests',
  async serve(context) {
    if (!/^\/test\/frameworks\/[\w-]+\.test\.jsx?$/.test(context.path)) return undefined;
    return { body: await bundle(root + context.path.slice(1)), type: 'js' };
  },
});
