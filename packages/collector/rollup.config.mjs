// `consentry-collector`'s build: one Node program with a shebang (the package's `bin`). The
// receipt's schema, its validation and its type come from the SDK's source (../../src/schema/)
// and are bundled in; the database drivers stay imports, resolved from this package's
// dependencies when it runs.
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/cli.ts',
  output: { file: 'dist/consentry-collector.mjs', format: 'es', banner: '#!/usr/bin/env node' },
  external: (id) => id.startsWith('node:') || id === 'pg' || id.startsWith('@electric-sql/'),
  // `npm run typecheck` (the root's) checks this package once; the emitted code is the same without.
  plugins: [typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined, noCheck: true } })],
};
