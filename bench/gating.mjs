// Benchmark: how long Consentry takes to activate 1,000 gated elements in Chromium once the visitor
// accepts (median of a few runs, each on a fresh page). Prints numbers; asserts nothing.
// `npm run bench`, or `import { benchGating } from './bench/gating.mjs'` to use the numbers.
import { pathToFileURL } from 'node:url';
import { launch, site } from '../test/e2e/helpers.mjs';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/** A page with `count` gated elements: three images, iframes-free, for every inline script. */
function pageWith(count) {
  const items = [];
  for (let i = 0; i < count; i++)
    items.push(
      i % 4 === 3
        ? `<script type="text/plain" data-consent="analytics">window.ran++;</script>`
        : `<img data-consent="analytics" data-src="${GIF}#${i}" width="1" height="1" alt="">`,
    );
  return `<!doctype html><html lang="en"><head><title>bench</title><script>window.ran = 0;</script>
<script src="/dist/consentry.js"></script></head><body><main>${items.join('\n')}</main></body></html>`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs the benchmark and returns its medians in milliseconds: `activate` (from `acceptAll()` until
 * every gated element is activated and every gated script has run) and `load` (page load with
 * consent already given, until all of them have run).
 */
export async function benchGating({ count = 1000, runs = 5 } = {}) {
  const server = await site({ '/bench.html': pageWith(count) });
  const browser = await launch();
  const activate = [];
  const load = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(server.origin + '/bench.html', { waitUntil: 'load' });
      await p.waitForFunction(() => window.Consentry);
      activate.push(
        await p.evaluate(async (scripts) => {
          const t0 = performance.now();
          window.Consentry.acceptAll();
          while (window.ran < scripts) await new Promise((ok) => setTimeout(ok));
          return performance.now() - t0;
        }, Math.floor(count / 4)),
      );
      await p.reload({ waitUntil: 'load' });
      load.push(
        await p.evaluate(async (scripts) => {
          while (window.ran < scripts) await new Promise((ok) => setTimeout(ok));
          return performance.now();
        }, Math.floor(count / 4)),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { count, runs, activate: median(activate), load: median(load) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { count, runs, activate, load } = await benchGating();
  console.log(`gating: activating ${count} gated elements after acceptAll(): ${activate.toFixed(1)} ms (median of ${runs})`);
  console.log(`gating: page load with consent given, until all ${count} are active: ${load.toFixed(1)} ms after navigation start (median of ${runs})`);
}
