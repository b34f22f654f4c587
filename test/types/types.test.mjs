// The element types the package publishes (dist/*.d.ts, build first): the docs' TypeScript
// examples type-check as an app's code, with no declaration of its own, and what the types
// refuse is refused. `consentry` resolves through the package's `exports` (its own name, from
// inside it), so these check what is published. Fixtures: test/types/fixtures/.
//   tsc:          docs/examples/react/Banner.tsx, docs/examples/vite-react/App.tsx, react-errors.tsx, dom.ts
//   vue-tsc:      docs/examples/vue/ConsentStatus.vue, VueErrors.vue
//   svelte-check: docs/examples/svelte/ConsentStatus.svelte, SvelteErrors.svelte
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = ROOT + 'test/types/fixtures/';
const require = createRequire(import.meta.url);
const bin = (manifest, path) => manifest.replace(/package\.json$/, path);
const TSC = bin(require.resolve('typescript/package.json'), 'bin/tsc');
const VUE_TSC = bin(require.resolve('vue-tsc/package.json'), 'bin/vue-tsc.js');
const SVELTE_CHECK = bin(require.resolve('svelte-check/package.json'), 'bin/svelte-check');

/** Runs a checker; returns its exit status and output. */
function check(file, args) {
  try {
    return { status: 0, out: execFileSync(process.execPath, [file, ...args], { cwd: FIXTURES, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { status: e.status, out: String(e.stdout) + String(e.stderr) };
  }
}

/** The docs' examples each checker must cover, as its tsconfig lists them. */
const covers = (tsconfig, examples) => {
  const text = readFileSync(FIXTURES + tsconfig, 'utf8');
  for (const path of examples)
    assert.ok(text.includes('../../../' + path) || text.includes('../../../' + path.replace(/[^/]+$/, '*')), `${tsconfig} checks ${path}`);
};

describe('element types', () => {
  it('tsc: the React examples compile, with HTMLElementTagNameMap; a wrong attribute, event detail or element is an error', () => {
    covers('tsconfig.json', ['docs/examples/react/Banner.tsx', 'docs/examples/vite-react/App.tsx']);
    const { status, out } = check(TSC, ['-p', 'tsconfig.json']);
    // react-errors.tsx and dom.ts mark each refused line with @ts-expect-error: an unused one is an error too.
    assert.equal(status, 0, out);
  });

  it('vue-tsc: the Vue example compiles; a wrong attribute or event detail is an error', () => {
    covers('tsconfig.vue.json', ['docs/examples/vue/ConsentStatus.vue']);
    const { status, out } = check(VUE_TSC, ['-p', 'tsconfig.vue.json']);
    assert.equal(status, 0, out);
  });

  it('svelte-check: the Svelte example compiles; a wrong attribute or event detail is an error', () => {
    covers('tsconfig.svelte.json', ['docs/examples/svelte/ConsentStatus.svelte']);
    const { out } = check(SVELTE_CHECK, ['--tsconfig', './tsconfig.svelte.json', '--output', 'machine', '--fail-on-warnings']);
    const errors = out
      .split('\n')
      .filter((line) => / (ERROR|WARNING) /.test(line))
      .map((line) => line.split(' ').slice(1, 4).join(' '));
    // One error on each refused element of SvelteErrors.svelte (lines 6 and 7), none elsewhere.
    assert.deepEqual(
      errors.map((e) => e.replace(/:\d+$/, '')),
      ['ERROR "SvelteErrors.svelte" 6', 'ERROR "SvelteErrors.svelte" 7'],
      out,
    );
  });
});
