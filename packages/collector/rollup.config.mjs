// `consentry-collector`'s build: one Node program with a shebang (the package's `bin`). The
// receipt's schema, its validation and its type come from the SDK's source (../../src/schema/)
// and are bundled in; the database drivers stay imports, resolved from this package's
// dependencies when it runs. Beside it, the dashboard (decision 0031): one browser module with
// Lit and uPlot bundled in, and one stylesheet (uPlot's, then the dashboard's), in dist/dashboard/,
// which the program serves itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const require = createRequire(import.meta.url);
// `npm run typecheck` (the root's) checks this package once; the emitted code is the same without.
const ts = () => typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined, noCheck: true } });

/** Emits the dashboard's stylesheet: uPlot's rules first, so the dashboard's own can refine them. */
const stylesheet = {
  name: 'dashboard-css',
  generateBundle() {
    const css = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8') + '\n' + readFileSync('src/dashboard-app/app.css', 'utf8');
    this.emitFile({ type: 'asset', fileName: 'app.css', source: css });
  },
};

export default [
  {
    input: 'src/cli.ts',
    output: { file: 'dist/consentry-collector.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: (id) => id.startsWith('node:') || id === 'pg' || id.startsWith('@electric-sql/'),
    plugins: [ts()],
  },
  {
    input: 'src/dashboard-app/app.ts',
    output: { dir: 'dist/dashboard', entryFileNames: 'app.js', format: 'es' },
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } }), stylesheet],
  },
];
