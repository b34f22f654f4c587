// ESLint with typescript-eslint's type-aware rules (`npm run lint`). Formatting is Prettier's
// job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The rules about values typed `any`, for code that works with untyped values on purpose. */
const untyped = {
  '@typescript-eslint/no-explicit-any': 'off',
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
  '@typescript-eslint/no-unsafe-argument': 'off',
};

export default tseslint.config(
  // bench/ is its own package, with its own tests (test/e2e/bench-*.test.mjs move there);
  // demo/, docs/examples/ and test/bundlers/ are pages and snippets served or shown as they are;
  // test/types/fixtures/ are checked by tsc, vue-tsc and svelte-check (test/types/types.test.mjs).
  {
    ignores: [
      'dist/',
      'packages/*/dist/',
      'node_modules/',
      'bench/',
      'test/e2e/bench-*.test.mjs',
      'demo/',
      'docs/',
      'test/bundlers/',
      'test/types/fixtures/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // tsconfig.eslint.json: src/ plus the tests, scripts and build configs.
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Promises: the bugs these catch are real here (a rejected start-up, a test that ends
      // before its page does).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The SDK's deliberate style, decided by bytes in the drop-in (docs/performance.md) and by
    // input it cannot trust; each rule below is off or relaxed for src/ only.
    files: ['src/**', 'packages/collector/src/**'],
    rules: {
      // Configuration, stored records and vendors' page globals are untyped input: they arrive as
      // `any`/`unknown` and hand-written validators narrow them step by step (src/core/config.ts,
      // src/notice/validate.ts, packages/collector/src/validate.ts).
      ...untyped,
      // Short forms that save the drop-in bytes: `a && b()`, `c ? d() : e()`, `(a = b), c()` as
      // statements,
      // `'' + list` and template literals as the shortest string conversions (of values already
      // narrowed away from objects), `throw 1` to jump from a `.then` into its `.catch`, and
      // `[, a, b]` standing in for a RegExp match.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      'no-sparse-arrays': 'off',
      // Callbacks whose result is ignored (`later()`, timers, `onclick`) are given arrows that
      // return a promise, to save the braces; each such promise handles its rejection or is
      // openPreferences() (below).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // openPreferences() rejects only when the preferences chunk fails to load, which
      // loadChunk() has already reported with one `[consentry]` error; a `.catch` at each caller
      // would cost the drop-in bytes. (The browser also logs the rejection as unhandled.)
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'file', name: 'openPreferences', path: 'src/ui/consent-banner/consent-banner.ts' }] },
      ],
      // Lit calls event listeners bound in templates (`@click=${this._load}`) with the element
      // as `this`.
      '@typescript-eslint/unbound-method': 'off',
      // `TextKey | string` keeps editors' completion of the known keys while any string is
      // accepted; the rule would fold it to `string`.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // JavaScript has no declared types: its values are `any` by nature, so the no-unsafe-* rules
    // would flag every line; the promise rules still see the types of what it calls.
    files: ['**/*.{js,mjs,jsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      ...untyped,
    },
  },
  {
    // Tests look into what has no declared type on purpose (events' `detail`, parsed JSON Schemas,
    // properties a page set on `window`) and check it at run time with `expect`/`assert`; they
    // keep a browser's own method aside (`const raf = window.requestAnimationFrame`) to put it
    // back; chai asserts with property reads (`expect(x).to.be.true`); and React's act() and
    // page.evaluate() behave differently given an async function, awaited or not. Assertion
    // messages print lists and values as they come (`'reported once: ' + reports`), and JavaScript
    // test tables give the type checker unions it cannot narrow.
    files: ['test/**', 'packages/collector/test/**', 'packages/scan/test/**'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      ...untyped,
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // node:test's test(), describe() and it() return promises that the runner itself awaits.
    files: ['test/e2e/**', 'packages/collector/test/**', 'packages/scan/test/**', 'test/types/**'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
    },
  },
  {
    // Functions passed to page.evaluate() run in the page, where the drop-in defines Consentry.
    files: ['test/e2e/**'],
    languageOptions: { globals: { Consentry: 'readonly' } },
  },
  {
    // Mocha in the browser (@web/test-runner). @open-wc/semantic-dom-diff declares every chai
    // `equal` as returning a promise (only its `.dom.equal` does), which no test here uses.
    files: ['test/unit/**', 'test/frameworks/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: ['equal', 'Equal'] }] },
      ],
    },
  },
);
