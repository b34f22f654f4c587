import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { frameworkTests } from './test/frameworks/bundle.mjs';
import { DERIVED } from './scripts/derived.mjs';

/** The modules the build makes from the source tree (scripts/derived.mjs), served to the tests too. */
const derivedModules = {
  name: 'derived-modules',
  resolveImport: ({ source }) => (source in DERIVED ? '/__derived/' + source.slice('consentry:'.length) + '.js' : undefined),
  serve: async ({ path }) =>
    path.startsWith('/__derived/') ? { body: await DERIVED['consentry:' + path.slice(11, -3)]((p) => '/src/' + p), type: 'js' } : undefined,
};

/**
 * TEST_ORDER=reverse or TEST_ORDER=shuffle:<seed>: each unit test file first imports
 * test/unit/order.ts, which runs its tests in that order (each file already runs in a page of
 * its own, so the order within a file is what could hide a dependence between tests).
 */
const order = process.env.TEST_ORDER;
const testOrder = {
  name: 'test-order',
  transform(context) {
    if (order && /^\/test\/unit\/.+\.test\.ts$/.test(context.path))
      return { body: `import '/test/unit/order.ts?order=${encodeURIComponent(order)}';\n${context.body}` };
  },
};

export default {
  // test/frameworks/: components of React, Vue, Svelte and Angular, bundled by esbuild (bundle.mjs).
  files: ['test/unit/**/*.test.ts', 'test/frameworks/*.test.{js,jsx}'],
  nodeResolve: true,
  plugins: [testOrder, derivedModules, frameworkTests(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
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
