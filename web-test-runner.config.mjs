import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { frameworkTests } from './test/frameworks/bundle.mjs';

export default {
  // test/frameworks/: components of React, Vue, Svelte and Angular, bundled by esbuild (bundle.mjs).
  files: ['test/unit/**/*.test.ts', 'test/frameworks/*.test.{js,jsx}'],
  nodeResolve: true,
  plugins: [frameworkTests(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
