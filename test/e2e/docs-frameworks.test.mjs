// docs/frameworks.md and README.md show the example files that the tests run: each
// `<!-- example: path -->` is followed by a code block equal to that file, every file of
// docs/examples/ is shown, and every one of them is used by a test.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ROOT } from './helpers.mjs';
import { OUTPUTS } from './ssr-apps.mjs';

const doc = ['docs/frameworks.md', 'README.md'].map((f) => readFileSync(ROOT + f, 'utf8')).join('\n');
const examples = readdirSync(ROOT + 'docs/examples', { recursive: true, encoding: 'utf8' })
  // Not what the framework examples' builds and installs write (ssr-next, ssr-astro).
  .filter((f) => /\.\w+$/.test(f) && !OUTPUTS.test(f))
  .map((f) => 'docs/examples/' + f)
  .sort();
const shown = [...doc.matchAll(/<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)```\n/g)];

it('quotes each example file exactly', () => {
  assert.ok(shown.length >= 5);
  for (const [, path, code] of shown) assert.equal(code, readFileSync(ROOT + path, 'utf8'), path);
});

it('quotes every file of docs/examples/', () => {
  assert.deepEqual(shown.map((m) => m[1]).sort(), examples);
  assert.equal((doc.match(/<!-- example:/g) ?? []).length, shown.length, 'every marker is followed by its code block');
});

it('runs every example in a test', () => {
  const tests = ['test/frameworks', 'test/e2e', 'test/types']
    .flatMap((dir) =>
      readdirSync(ROOT + dir)
        .filter((f) => /\.\w+$/.test(f))
        .map((f) => readFileSync(`${ROOT}${dir}/${f}`, 'utf8')),
    )
    .join('\n');
  // Imported (`'../../docs/examples/…'`), or read by its path from the repository's root.
  for (const path of examples) assert.ok(tests.includes(`'../../${path}'`) || tests.includes(`'${path}'`), path);
});
