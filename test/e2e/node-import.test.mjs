// Server rendering (Next.js, Nuxt, SvelteKit, Deno): importing any entry point outside a browser
// touches no DOM, defines no global and starts nothing. Each import runs in a fresh Node process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

// The framework itself is imported first: Vue defines globals of its own.
const CHECK = `
if (process.argv[2]) await import(process.argv[2]);
const before = new Set(Object.getOwnPropertyNames(globalThis));
const m = await import(process.argv[1]);
const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
console.log(JSON.stringify({ exports: Object.keys(m).sort(), added }));`;

const load = (specifier) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHECK, specifier, /react|vue/.exec(specifier)?.[0] ?? ''], { encoding: 'utf8' }));

describe('importing in Node', () => {
  for (const [specifier, names] of Object.entries({
    consentry: ['Consentry', 'acceptAll', 'get', 'on'],
    'consentry/react': ['useAllowed', 'useConsent'],
    'consentry/vue': ['useConsent'],
    'consentry/store': ['consent'],
    'consentry/server': ['readConsent', 'renderBanner', 'hideSnippet', 'renderNotice'],
  }))
    it(`${specifier} loads without a DOM and adds no global`, () => {
      const { exports, added } = load(specifier);
      for (const name of names) assert.ok(exports.includes(name), name);
      assert.deepEqual(added, []);
    });

  it('gives the server snapshot on a server: undecided, nothing optional granted', async () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { consent } from 'consentry/store'; consent.subscribe((s) => console.log(JSON.stringify(s)))();`],
      { encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(out), {
      decided: false,
      categories: { necessary: true },
      services: {},
      id: '',
      revision: '1',
      timestamp: null,
      mode: 'opt-in',
      region: null,
      gpc: false,
    });
  });
});
