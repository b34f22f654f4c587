import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
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

export default [
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
