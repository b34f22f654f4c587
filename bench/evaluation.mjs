// How long the drop-in's own evaluation task takes on the mobile profile (4× CPU), without a
// trace: the `classic-script` entry of the Long Animation Frame API for consentry.js, over N
// fresh loads of the benchmark page. Prints the shortest, the median and the longest; with
// --compare DIR the same for another build, interleaved.
//
//   node bench/evaluation.mjs [--runs 9] [--sdk consentry-async] [--dist DIR] [--compare DIR]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../test/e2e/helpers.mjs';
import { median, PROFILES } from './measure.mjs';
import { startServer } from './server.mjs';
import { COMPARE, SDKS, VARIANTS } from './sdks.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    sdk: { type: 'string', default: 'consentry' },
    dist: { type: 'string', default: join(HERE, '..', 'dist') },
    compare: { type: 'string' },
  },
});
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 9);
const pages = [[...SDKS, ...VARIANTS].find((s) => s.id === args.sdk) || SDKS[0]];
if (args.compare) pages.push(COMPARE);

const server = await startServer({ dist: resolve(args.dist) + '/', compare: args.compare ? resolve(args.compare) + '/' : null });
const browser = await launch();
const profile = PROFILES.mobile;
const durations = Object.fromEntries(pages.map((p) => [p.id, []]));
try {
  for (let run = 0; run < runs; run++)
    for (const sdk of pages) {
      const context = await browser.newContext(profile.context);
      const page = await context.newPage();
      await page.goto(`${server.origin}/blank.html`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
      await page.addInitScript(() => {
        window.__evaluations = [];
        new PerformanceObserver((list) => {
          for (const frame of list.getEntries())
            for (const s of frame.scripts)
              if (s.invokerType === 'classic-script' && /\/consentry\.js$/.test(s.sourceURL)) window.__evaluations.push(s.duration);
        }).observe({ type: 'long-animation-frame', buffered: true });
      });
      await page.goto(`${server.origin}/${sdk.id}.html`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      // Only frames over 50 ms are reported: no entry means the whole frame, evaluation included, was shorter.
      durations[sdk.id].push((await page.evaluate(() => window.__evaluations[0])) ?? null);
      await context.close();
    }
} finally {
  await browser.close();
  await server.close();
}
for (const sdk of pages) {
  const xs = durations[sdk.id].filter((x) => x !== null);
  const short = durations[sdk.id].length - xs.length;
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–').padStart(6);
  console.log(
    `${sdk.name.padEnd(24)} evaluation at 4× CPU, ms: shortest${fmt(Math.min(...xs))}  median${fmt(median(xs))}  longest${fmt(Math.max(...xs))}` +
      `  (${xs.length} loads${short ? `; ${short} more in a frame under 50 ms, not reported` : ''})`,
  );
}
