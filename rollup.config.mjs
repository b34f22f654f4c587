import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const minify = terser({
  ecma: 2020,
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  // Private members start with `_`: renaming them is safe because nothing outside the bundle sees them.
  mangle: { properties: { regex: /^_(?!_)/ } },
  format: { comments: false },
});

const plugins = () => [
  resolve(),
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined } }),
  minifyHTML(),
  minify,
];

// Lazily loaded chunks: each `src/chunks/<name>.ts` becomes `dist/consentry.<name>.js`, a classic
// script that hands its exports to the drop-in through `registerChunk` (src/chunk.ts).
const chunks = readdirSync('src/chunks')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({
    input: 'src/chunks/' + f,
    output: { file: `dist/consentry.${f.slice(0, -3)}.js`, format: 'iife' },
    plugins: plugins(),
  }));

export default [
  ...chunks,
  {
    input: 'src/drop-in.ts',
    output: { file: 'dist/consentry.js', format: 'iife' },
    plugins: plugins(),
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
];
