/**
 * Runs the tests of a file in another order, to show that none depends on one before it
 * (`TEST_ORDER=reverse npx wtr`, `TEST_ORDER=shuffle:<seed> npx wtr`; see CONTRIBUTING.md).
 * web-test-runner.config.mjs imports this first in every unit test file when TEST_ORDER is set.
 * A root `before` hook runs once every test is registered and before the first one starts, so
 * reordering each suite's tests and child suites there is what Mocha then runs.
 */
const mode = new URL(import.meta.url).searchParams.get('order') ?? '';

/** A small seeded generator (mulberry32): the same seed gives the same order. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = mode.startsWith('shuffle:') ? random(Number(mode.slice(8)) || 1) : undefined;

function reorder<T>(list: T[]): void {
  if (!next) list.reverse();
  else
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
}

function reorderSuite(suite: Mocha.Suite): void {
  reorder(suite.tests);
  reorder(suite.suites);
  suite.suites.forEach(reorderSuite);
}

before(function () {
  let root = this.test!.parent!;
  while (root.parent) root = root.parent;
  reorderSuite(root);
});
