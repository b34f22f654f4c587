// The benchmark's own layout-shift measurement of the demo's pages (bench/lighthouse.mjs
// DEMO_PAGES), with and without Consentry, on a desktop and on a phone: a PerformanceObserver on
// 'layout-shift' from before the page's first script until the page has loaded and settled. It
// counts every shift, including those Chromium flags `hadRecentInput` while it emulates a phone
// (Lighthouse counts them too); the shifts without recent input, what the field's CLS would
// count, are reported beside. A cross-check of Lighthouse's CLS that needs no Lighthouse.
import { launch } from '../test/e2e/helpers.mjs';
import { median } from './measure.mjs';
import { DEMO_PAGES, WITHOUT, startDemoServer } from './lighthouse.mjs';

/** Desktop, and the phone Lighthouse's mobile profile emulates (Moto G Power: 412×823 at 1.75). */
export const SHIFT_PROFILES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

const probe = `(() => {
  const s = window.__shifts = [];
  // A node inside a shadow root is not named to the page (null): its rectangles still say what moved.
  const name = (n) => n ? (n.nodeName || '').toLowerCase() + (n.id ? '#' + n.id : '') : '(in a shadow root)';
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => s.push({ value: e.value, input: e.hadRecentInput, at: e.startTime, nodes: (e.sources || []).map((x) => name(x.node) + ' y ' + Math.round(x.previousRect.y) + '→' + Math.round(x.currentRect.y)) })))
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();`;

/**
 * Loads every demo page with and without Consentry `runs` times on each profile and returns, per
 * page and profile, the median total of all shifts (`cls`), of those without recent input
 * (`clsNoInput`), and the largest shift seen with the elements it moved.
 */
export async function measureDemoShifts({ runs = 3, settle = 2000, pages = DEMO_PAGES.map((p) => p.id) } = {}) {
  const demo = await startDemoServer();
  const browser = await launch();
  const rows = [];
  try {
    for (const p of DEMO_PAGES.filter((d) => pages.includes(d.id))) {
      for (const consentry of [true, false]) {
        for (const [profile, context] of Object.entries(SHIFT_PROFILES)) {
          const loads = [];
          for (let i = 0; i < runs; i++) {
            const ctx = await browser.newContext(context);
            try {
              const page = await ctx.newPage();
              await page.addInitScript(probe);
              await page.goto(`${demo.origin}${p.path}${consentry ? '' : '?' + WITHOUT}`, { waitUntil: 'load' });
              await page.waitForTimeout(settle);
              loads.push(await page.evaluate(() => window.__shifts));
            } finally {
              await ctx.close();
            }
          }
          const sum = (xs) => xs.reduce((a, e) => a + e.value, 0);
          const largest = loads.flat().sort((a, b) => b.value - a.value)[0] || null;
          rows.push({
            page: p.id,
            name: `${p.name} ${consentry ? 'with' : 'without'}`,
            consentry,
            profile,
            runs,
            cls: median(loads.map(sum)),
            clsNoInput: median(loads.map((l) => sum(l.filter((e) => !e.input)))),
            largest,
          });
        }
      }
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  return rows;
}

/** A Markdown table of `measureDemoShifts` rows: one line per page, desktop and phone side by side. */
export function shiftTable(rows) {
  const f = (v) => (v === null || v === undefined ? '—' : v.toFixed(3));
  const head = '| page | desktop CLS (no input) | phone CLS (no input) | largest shift |';
  const rule = '|---|--:|--:|---|';
  const names = [...new Set(rows.map((r) => r.name))];
  const lines = names.map((n) => {
    const d = rows.find((r) => r.name === n && r.profile === 'desktop');
    const ph = rows.find((r) => r.name === n && r.profile === 'phone');
    const big = [d, ph].filter((r) => r?.largest).sort((a, b) => b.largest.value - a.largest.value)[0];
    const where = big ? `${big.largest.value.toFixed(3)} on ${big.profile}${big.largest.input ? ' (flagged after input)' : ''}: ${big.largest.nodes.join(', ') || '?'}` : '';
    return `| ${n} | ${f(d?.cls)} (${f(d?.clsNoInput)}) | ${f(ph?.cls)} (${f(ph?.clsNoInput)}) | ${where} |`;
  });
  return [head, rule, ...lines].join('\n');
}
