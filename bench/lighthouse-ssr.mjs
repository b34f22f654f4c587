// Lighthouse on a server-rendered banner (issue 31, docs/frameworks.md#the-banner-in-the-html):
// the demo page (demo/index.html) served five ways, audited with the settings of bench/lighthouse.mjs
// (Lighthouse 12, mobile profile, simulated throttling), medians of N runs per page, interleaved:
//
// - `without`: the page without Consentry (`withoutConsentry()`, as in bench/lighthouse.mjs);
// - `drawn`: the page as it is: the deferred drop-in draws the banner after the first paint;
// - `ssr`: the page with `renderBanner()`'s markup in its HTML, which the drop-in adopts;
// - `markup`: the same markup in the page without Consentry's scripts: what the banner's HTML
//   costs the page by itself (a diagnosis, not a target);
// - `returning`: the page a server renders for a visitor who has accepted: no banner markup (the
//   response sets the consent cookie, taken from a real "Accept all" in Chromium before the runs,
//   so the drop-in finds the decision as it would on a return visit).
//
// Targets, printed PASS or FAIL on the medians (a FAIL does not fail the process): with the
// server-rendered banner, LCP ≤ without + 100 ms, FCP within ±50 ms of without, CLS 0, the
// performance score equal to without's; for the returning visitor, no banner markup in the HTML.
//
//   npm run bench:lighthouse-ssr            (builds, then node bench/lighthouse-ssr.mjs)
//   node bench/lighthouse-ssr.mjs [--runs 5] [--out DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { renderBanner } from '../dist/server.mjs';
import { median } from './measure.mjs';
import { CHROME_FLAGS, lighthouseOnce, withoutConsentry } from './lighthouse.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const DEMO = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');

// The demo's drop-in is configured by attributes (data-policy-url, data-categories): the same
// configuration under its JSON keys, so that the server's banner is the one the drop-in draws.
const CONFIG = { policyUrl: '#privacy', categories: { functional: {}, analytics: {}, advertising: {} } };

export const PAGES = {
  without: 'demo/ without Consentry',
  drawn: 'demo/, banner drawn by the drop-in',
  ssr: 'demo/, server-rendered banner',
  markup: 'demo/, server-rendered banner, no Consentry script',
  returning: 'demo/, returning visitor (server-rendered, no banner)',
};

/** The demo page's HTML for `page`, given the returning visitor's cookie header. */
export function pageHtml(page, cookieHeader) {
  if (page === 'without') return withoutConsentry(DEMO).html;
  if (page === 'drawn') return DEMO;
  const banner = renderBanner(page === 'returning' ? cookieHeader : '', { config: CONFIG, lang: 'en' });
  // The server's markup alone (its inline script included), no drop-in: what the banner's HTML
  // costs the page by itself, apart from any of Consentry's scripts.
  if (page === 'markup') return withoutConsentry(DEMO).html.replace('<body>', `<body>\n    ${banner}`);
  if (page === 'returning' && banner) throw new Error('renderBanner drew a banner for the returning visitor');
  // At the start of <body>, as the docs' examples put it: the browser paints the top of the page
  // before it has parsed the rest, and a banner at the end would be painted (and become the LCP)
  // a frame or more later.
  return DEMO.replace('<body>', `<body>\n    ${banner}`);
}

/** Serves the repository as `npm start` does, and `/demo/?page=<id>` as `pageHtml` makes it. */
async function startServer(cookie) {
  const served = {};
  const server = await serve({
    route(req, res) {
      const url = new URL(req.url, 'http://x');
      const page = url.searchParams.get('page');
      if (url.pathname !== '/demo/' || !(page in PAGES)) return false;
      const html = pageHtml(page, cookie && `${cookie.name}=${cookie.value}`);
      served[page] = html;
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' };
      // Lighthouse starts each run with the origin's storage cleared: the response gives the
      // cookie back, before any script of the page runs.
      if (page === 'returning') headers['set-cookie'] = `${cookie.name}=${cookie.value}; Path=/; SameSite=Lax; Max-Age=86400`;
      res.writeHead(200, headers).end(html);
      return true;
    },
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, served, close: () => new Promise((ok) => (server.closeAllConnections?.(), server.close(ok))) };
}

/**
 * The cookie a visitor gets from "Accept all" on the page with the server-rendered banner, in
 * Chromium; also checks that the drop-in adopted the server's banner (the same panel node).
 */
async function acceptedCookie(origin) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') window.ssrPanel = document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=banner]');
      }),
    );
    const p = await context.newPage();
    await p.goto(`${origin}/demo/?page=ssr`);
    await p.waitForFunction(() => window.Consentry);
    const adopted = await p.evaluate(() => !!window.ssrPanel && window.ssrPanel === document.querySelector('consent-banner').shadowRoot.querySelector('[part=banner]'));
    if (!adopted) throw new Error('the drop-in did not adopt the server-rendered banner (configuration out of step with the demo page?)');
    await p.locator('consent-banner >> [part~=accept]').click();
    await p.waitForFunction(() => document.cookie.includes('consentry='));
    return (await context.cookies()).find((c) => c.name === 'consentry');
  } finally {
    await browser.close();
  }
}

const KEYS = ['performance', 'fcp', 'lcp', 'tbt', 'cls', 'si'];

/** Runs Lighthouse `runs` times on every page, interleaved; resolves with the medians and targets. */
export async function runSsrLighthouse({ runs = 5, log = (s) => process.stderr.write(s + '\n') } = {}) {
  let server = await startServer(null);
  let cookie;
  try {
    cookie = await acceptedCookie(server.origin);
  } finally {
    await server.close();
  }
  server = await startServer(cookie);
  const raw = Object.fromEntries(Object.keys(PAGES).map((id) => [id, []]));
  const load = [];
  const started = Date.now();
  try {
    for (let run = 0; run < runs; run++) {
      load.push(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
      for (const id of Object.keys(PAGES)) {
        try {
          const r = await lighthouseOnce(`${server.origin}/demo/?page=${id}`);
          if (r.runtimeError) throw new Error(r.runtimeError);
          // The comparison means nothing if the page without Consentry loaded it, or another did not.
          const dropIn = r.requests.some((u) => new URL(u).pathname === '/dist/consentry.js');
          const without = id === 'without' || id === 'markup';
          if (dropIn === without) throw new Error(without ? `the page ${id} requested the drop-in` : 'the drop-in was not requested');
          raw[id].push(r);
        } catch (e) {
          raw[id].push({ failed: true, error: String(e?.message || e).split('\n')[0] });
          log(`lighthouse-ssr: ${id} (run ${run + 1}) failed: ${raw[id].at(-1).error}`);
        }
      }
      log(`lighthouse-ssr: run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s, load ${load.at(-1)})`);
    }
    load.push(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } finally {
    await server.close();
  }
  const meta = Object.values(raw).flat().find((r) => !r.failed) || {};
  const rows = Object.entries(PAGES).map(([id, name]) => {
    const ok = raw[id].filter((r) => !r.failed);
    return {
      id,
      name,
      runs: ok.length,
      failed: raw[id].length - ok.length,
      median: Object.fromEntries(KEYS.map((k) => [k, median(ok.map((r) => r[k]))])),
      worstCls: ok.length ? Math.max(...ok.map((r) => r.cls)) : null,
      lcpElement: ok.map((r) => r.lcpElement).find(Boolean) || null,
      bannerInHtml: /<consent-banner/.test(server.served[id] || ''),
      raw: raw[id],
    };
  });
  return { date: new Date().toISOString(), runs, load, lighthouse: meta.lighthouse, chromium: meta.chromium, benchmarkIndex: meta.benchmarkIndex, rows, targets: targets(rows) };
}

/** The targets of issue 31 on the medians. */
export function targets(rows) {
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  const s = by.ssr.median;
  const w = by.without.median;
  const fmt = (v) => (v === null || v === undefined ? '—' : Math.round(v));
  return [
    { target: 'server-rendered: LCP ≤ without + 100 ms', holds: s.lcp - w.lcp <= 100, text: `${fmt(s.lcp)} vs ${fmt(w.lcp)} ms` },
    { target: 'server-rendered: FCP within ±50 ms of without', holds: Math.abs(s.fcp - w.fcp) <= 50, text: `${fmt(s.fcp)} vs ${fmt(w.fcp)} ms` },
    { target: 'server-rendered: CLS 0 (every run)', holds: by.ssr.worstCls === 0, text: `median ${s.cls?.toFixed(3)}, worst run ${by.ssr.worstCls?.toFixed(3)}` },
    { target: 'server-rendered: performance score equal', holds: s.performance === w.performance, text: `${fmt(s.performance)} vs ${fmt(w.performance)}` },
    { target: 'returning visitor: no banner markup in the HTML', holds: !by.returning.bannerInHtml, text: by.returning.bannerInHtml ? 'banner markup found' : 'none' },
  ];
}

/** The result as Markdown: the table, the targets, the LCP elements. */
export function ssrMarkdown(result) {
  const fmt = (v, d = 0) => (v === null || v === undefined ? '—' : v.toFixed(d));
  return [
    `Lighthouse ${result.lighthouse || '?'} (mobile, simulated throttling), Chromium ${result.chromium || '?'}, medians of ${result.runs} runs per page, interleaved; benchmark index ${fmt(result.benchmarkIndex)}; load average at each round's start ${result.load.join(', ')}.`,
    '',
    '| page | performance | FCP, ms | LCP, ms | TBT, ms | CLS | speed index, ms |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...result.rows.map((r) => {
      const m = r.median;
      return `| ${r.name}${r.failed ? ` ⚠ ${r.failed} failed` : ''} | ${fmt(m.performance)} | ${fmt(m.fcp)} | ${fmt(m.lcp)} | ${fmt(m.tbt)} | ${fmt(m.cls, 3)} | ${fmt(m.si)} |`;
    }),
    '',
    '```',
    ...result.targets.map((t) => `${t.holds ? 'PASS' : 'FAIL'}  ${t.target}: ${t.text}`),
    '```',
    '',
    ...result.rows.filter((r) => r.lcpElement).map((r) => `- ${r.name}: LCP element \`${r.lcpElement.replace(/\s+/g, ' ').slice(0, 80)}\``),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, out: { type: 'string', default: join(HERE, 'results') } } });
  const result = await runSsrLighthouse({ runs: Math.max(1, Number.parseInt(args.runs, 10) || 5) });
  console.log('\nLighthouse, server-rendered banner\n\n' + ssrMarkdown(result));
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'lighthouse-ssr.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nlighthouse-ssr: wrote ${join(args.out, 'lighthouse-ssr.json')}`);
  process.exit(result.rows.some((r) => !r.runs) ? 1 : 0);
}
