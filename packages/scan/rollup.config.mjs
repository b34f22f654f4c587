// `consentry-scan`'s build: one Node program with a shebang (the package's `bin`). Consentry's
// vendor catalogue (../../src/vendors/catalogue.ts, pure data) is bundled in, so the scan and the
// SDK name services alike; the browser driver, autoconsent and Ghostery's database stay imports,
// resolved from this package's dependencies when it runs.
import typescript from '@rollup/plugin-typescript';
import { copyFileSync, mkdirSync } from 'node:fs';

export default {
  input: 'src/cli.mjs',
  output: { file: 'dist/consentry-scan.mjs', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
  external: (id) => id.startsWith('node:') || /^(playwright-core|@duckduckgo\/|@ghostery\/|tldts-experimental)/.test(id),
  plugins: [
    typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: undefined, noCheck: true } }),
    {
      name: 'schema',
      writeBundle() {
        mkdirSync('dist', { recursive: true });
        copyFileSync('report.schema.json', 'dist/report.schema.json');
      },
    },
  ],
};
