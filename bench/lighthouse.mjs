// What Lighthouse says about a page with Consentry: Lighthouse 12 (bench/package.json) through its
// Node API, on the machine's Chromium, with its default settings (the mobile profile: a Moto G
// Power's screen, simulated throttling at 4× CPU on a slow 4G link), categories performance and
// accessibility. Pages: the demo's three pages (`npm start`'s demo/, demo/gating/ and the notice
// page demo/notices/), each with Consentry and without it (the same HTML with the Consentry
// script tag taken out as it is served), and the benchmark's peer pages (one per consent tool,
// bench/pages/template.html, and the same page with no tool). Medians of N runs per page,
// interleaved. `npm run bench` runs it after its own tables; alone:
//
//   node bench/lighthouse.mjs [--runs 3] [--pages demo,gating,notice] [--no-peers] [--out DIR]
//
// LIGHTHOUSE_RUNS sets the default number of runs. Installs and downloads nothing (the browser is
// /usr/bin/chromium, or $CHROMIUM).
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '../scripts/serve.mjs';
import { median } from './measure.mjs';
import { startServer } from './server.mjs';
import { NONE, SDKS } from './sdks.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The demo's pages, as `npm start` serves them. */
export const DEMO_PAGES = [
  { id: 'demo', name: 'demo/', path: '/demo/' },
  { id: 'gating', name: 'demo/gating/', path: '/demo/gating/' },
  // The largest of the demo's notices (22 practices): the index page links to them and has none.
  { id: 'notice', name: 'demo notice', path: '/demo/notices/kayako-limited-2019.html' },
];

/** The query that asks the demo server for a page without Consentry. */
export const WITHOUT = 'without-consentry';

/** Chromium's flags for Lighthouse on this machine (chrome-launcher adds its own defaults). */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// Any of Consentry's files: the drop-in, its chunks (consentry.notice.js, consentry.lang.de.js, …)
// and its ES module, wherever they are served from.
const CONSENTRY_FILE = /(^|\/)consentry(\.[\w-]+)*\.m?js(\?|#|$)/;
const NOTICE_FILE = /(^|\/)consentry\.notice(\.[\w-]+)*\.js(\?|#|$)/;

/**
 * The page without Consentry: every `<script>` element whose `src` is one of Consentry's files,
 * or whose inline text loads one (a loader snippet), and every `<link>` to one (a preload), taken
 * out. Everything else is left as it is: gated markup stays inert, as it is before Consentry runs.
 */
export function withoutConsentry(html) {
  let removed = 0;
  const names = (text) => (text.match(/[^\s"'`()=,;]+\.m?js\b/g) || []).some((u) => CONSENTRY_FILE.test(u));
  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>[ \t]*\n?/gi, (tag, attrs, body) => {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if ((src && CONSENTRY_FILE.test(src)) || (!src && names(body))) return (removed++, '');
    return tag;
  });
  out = out.replace(/<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>[ \t]*\n?/gi, (tag, href) => (CONSENTRY_FILE.test(href) ? (removed++, '') : tag));
  return { html: out, removed };
}

/**
 * Serves the repository as `npm start` does (scripts/serve.mjs), and each HTML page with
 * `?without-consentry` transformed by `withoutConsentry` on the fly. `removed` counts, per path,
 * how many elements the transform took out the last time it served that path.
 */
export async function startDemoServer() {
  const removed = {};
  const server = await serve({
    async route(req, res) {
      const url = new URL(req.url, 'http://x');
      if (!url.searchParams.has(WITHOUT)) return false;
      let file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      const inside = relative(ROOT, file);
      if (inside.startsWith('..' + sep) || inside === '..' || isAbsolute(inside)) return false;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        if (!file.endsWith('.html')) return false;
        const page = withoutConsentry(await readFile(file, 'utf8'));
        removed[url.pathname] = page.removed;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.html);
        return true;
      } catch {
        return false;
      }
    },
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    removed,
    close: () => new Promise((ok) => (server.closeAllConnections?.(), server.close(ok))),
  };
}

/** Every page to audit, with its URL: the demo pages with and without Consentry, then the peers. */
export function pagesToAudit({ demo, bench, pages = DEMO_PAGES.map((p) => p.id), peers = true }) {
  const list = [];
  for (const p of DEMO_PAGES.filter((d) => pages.includes(d.id))) {
    list.push({ id: `${p.id}`, group: 'demo', page: p.id, consentry: true, name: `${p.name} with Consentry`, url: `${demo.origin}${p.path}` });
    list.push({ id: `${p.id}-without`, group: 'demo', page: p.id, consentry: false, name: `${p.name} without`, url: `${demo.origin}${p.path}?${WITHOUT}`, path: p.path });
  }
  if (peers && bench)
    for (const s of [...SDKS, NONE])
      list.push({ id: `peer-${s.id}`, group: 'peers', name: `peer page: ${[s.name, s.version].filter(Boolean).join(' ')}`, consentry: s.id === 'consentry', url: `${bench.origin}/${s.id}.html` });
  return list;
}

const items = (lhr, id) => lhr.audits[id]?.details?.items || [];
const num = (lhr, id) => lhr.audits[id]?.numericValue ?? null;
const score = (lhr, id) => (lhr.categories[id]?.score === null || lhr.categories[id]?.score === undefined ? null : Math.round(lhr.categories[id].score * 100));
/** The first DOM node named in an audit's details (a snippet of its markup, or its selector). */
const firstNode = (value) => {
  if (!value || typeof value !== 'object') return null;
  if (value.type === 'node') return value.snippet || value.selector || null;
  for (const v of Object.values(value)) {
    const found = firstNode(v);
    if (found) return found;
  }
  return null;
};

/** The figures this benchmark reads from one Lighthouse result. */
export function figures(lhr) {
  const longTasks = items(lhr, 'long-tasks').map((t) => ({ url: t.url, duration: t.duration, startTime: t.startTime }));
  const notice = longTasks.filter((t) => NOTICE_FILE.test(t.url || ''));
  const bootNotice = items(lhr, 'bootup-time').filter((b) => NOTICE_FILE.test(b.url || ''));
  const a11yFailed = (lhr.categories.accessibility?.auditRefs || [])
    .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0)
    .map((r) => r.id);
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    fcp: num(lhr, 'first-contentful-paint'),
    lcp: num(lhr, 'largest-contentful-paint'),
    tbt: num(lhr, 'total-blocking-time'),
    cls: num(lhr, 'cumulative-layout-shift'),
    si: num(lhr, 'speed-index'),
    // The longest long task (50 ms or more, simulated 4× CPU) that Lighthouse attributes to the
    // privacy notice's chunk; 0 when there is none.
    noticeLongTask: notice.length ? Math.max(...notice.map((t) => t.duration)) : 0,
    // The notice chunk's main-thread time (bootup-time: all its tasks, simulated).
    noticeScripting: bootNotice.length ? bootNotice.reduce((a, b) => a + (b.scripting || 0), 0) : null,
    longTasks,
    lcpElement: firstNode(lhr.audits['largest-contentful-paint-element']?.details),
    shifts: items(lhr, 'layout-shifts').map((s) => ({ score: s.score, node: firstNode(s.node) })),
    a11yFailed,
    requests: items(lhr, 'network-requests').map((r) => r.url),
    runtimeError: lhr.runtimeError?.message || null,
    warnings: lhr.runWarnings || [],
  };
}

/** One Lighthouse run of `url` in a Chromium of its own; resolves with `figures()` of the result. */
export async function lighthouseOnce(url, { chromePath = process.env.CHROMIUM || '/usr/bin/chromium' } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result.lhr;
    return { ...figures(lhr), chromium: chromiumVersion(chromePath), benchmarkIndex: lhr.environment?.benchmarkIndex ?? null, lighthouse: lhr.lighthouseVersion };
  } finally {
    chrome.kill();
  }
}

/** The browser's full version (its user agent string names the major version alone). */
function chromiumVersion(path) {
  try {
    return /[\d.]{5,}/.exec(execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0] ?? null;
  } catch {
    return null;
  }
}

const KEYS = ['performance', 'accessibility', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'noticeLongTask', 'noticeScripting'];

/**
 * Runs Lighthouse `runs` times on every page, interleaved (each round visits every page once),
 * and returns the medians per page, the raw runs and the targets' verdicts.
 */
export async function runLighthouse({ runs = Number(process.env.LIGHTHOUSE_RUNS) || 3, pages, peers = true, log = (s) => process.stderr.write(s + '\n') } = {}) {
  const demo = await startDemoServer();
  const bench = peers ? await startServer() : null;
  const list = pagesToAudit({ demo, bench, pages, peers });
  const raw = Object.fromEntries(list.map((p) => [p.id, []]));
  const started = Date.now();
  let meta = {};
  try {
    for (let run = 0; run < runs; run++) {
      for (const p of list) {
        let r;
        try {
          r = await lighthouseOnce(p.url);
          if (r.runtimeError) throw new Error(r.runtimeError);
          const asked = r.requests.filter((u) => CONSENTRY_FILE.test(new URL(u).pathname));
          // The comparison means nothing if the "without" page still loaded Consentry, or the
          // "with" page did not.
          if (p.group === 'demo' && !p.consentry && asked.length) throw new Error(`the page without Consentry requested ${asked.join(', ')}`);
          if (p.group === 'demo' && !p.consentry && !demo.removed[p.path]) throw new Error('no Consentry script tag found to remove');
          if (p.consentry && !asked.length) throw new Error('the page with Consentry did not request it');
          meta = { chromium: r.chromium, lighthouse: r.lighthouse, benchmarkIndex: r.benchmarkIndex };
        } catch (e) {
          r = { failed: true, error: String(e?.message || e).split('\n')[0] };
          log(`lighthouse: ${p.name} (run ${run + 1}) failed: ${r.error}`);
        }
        r.removed = p.path ? demo.removed[p.path] : undefined;
        raw[p.id].push(r);
      }
      log(`lighthouse: run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await demo.close();
    await bench?.close();
  }
  const rows = list.map((p) => {
    const ok = raw[p.id].filter((r) => !r.failed);
    return {
      ...p,
      url: p.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
      runs: ok.length,
      failed: raw[p.id].length - ok.length,
      median: Object.fromEntries(KEYS.map((k) => [k, median(ok.map((r) => r[k]))])),
      worst: { cls: ok.length ? Math.max(...ok.map((r) => r.cls)) : null, noticeLongTask: ok.length ? Math.max(...ok.map((r) => r.noticeLongTask)) : null },
      a11yFailed: [...new Set(ok.flatMap((r) => r.a11yFailed))],
      lcpElement: ok.map((r) => r.lcpElement).find(Boolean) || null,
      shifts: ok.flatMap((r) => r.shifts).sort((a, b) => b.score - a.score).slice(0, 3),
      removed: raw[p.id].find((r) => r.removed !== undefined)?.removed,
      raw: raw[p.id],
    };
  });
  return { date: new Date().toISOString(), runs, ...meta, rows, targets: lighthouseTargets(rows) };
}

/**
 * The targets, per demo page, on the medians: with Consentry the performance score within 2
 * points of without, FCP within +100 ms, TBT within +50 ms, CLS ≤ 0.01, accessibility 100; and no
 * long task (50 ms or more) from the notice chunk on the notice page, in any run.
 */
export function lighthouseTargets(rows) {
  const out = [];
  const fmt = (v, d = 0) => (v === null || v === undefined ? '—' : v.toFixed(d));
  for (const p of DEMO_PAGES) {
    const w = rows.find((r) => r.id === p.id);
    const wo = rows.find((r) => r.id === `${p.id}-without`);
    if (!w) continue;
    const m = w.median;
    const o = wo?.median;
    const diff = (k) => (o && m[k] !== null && o[k] !== null ? m[k] - o[k] : null);
    const check = (target, value, holds, text) => out.push({ page: p.name, target, value, holds: value === null ? false : holds, text });
    check('performance within 2 points of without', diff('performance'), -diff('performance') <= 2, `${fmt(m.performance)} vs ${fmt(o?.performance)}`);
    check('FCP within +100 ms', diff('fcp'), diff('fcp') <= 100, `${fmt(m.fcp)} vs ${fmt(o?.fcp)} ms`);
    check('TBT within +50 ms', diff('tbt'), diff('tbt') <= 50, `${fmt(m.tbt)} vs ${fmt(o?.tbt)} ms`);
    check('CLS ≤ 0.01', m.cls, m.cls <= 0.01, `${fmt(m.cls, 3)} (worst run ${fmt(w.worst.cls, 3)})`);
    check('accessibility 100', m.accessibility, m.accessibility === 100, `${fmt(m.accessibility)}${w.a11yFailed.length ? ` (failed: ${w.a11yFailed.join(', ')})` : ''}`);
    if (p.id === 'notice')
      check('no long task from the notice chunk', w.worst.noticeLongTask, w.worst.noticeLongTask === 0, `longest ${fmt(w.worst.noticeLongTask)} ms (median ${fmt(m.noticeLongTask)} ms; chunk's main-thread time ${fmt(m.noticeScripting)} ms)`);
  }
  return out;
}

const fmt = (v, d = 0) => (v === null || v === undefined ? '—' : v.toFixed(d));

/** The Markdown table of a `runLighthouse` result. */
export function lighthouseTable(result) {
  const head = '| page | performance | FCP, ms | LCP, ms | TBT, ms | CLS | accessibility | notice long task, ms |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|';
  const lines = result.rows.map((r) => {
    const m = r.median;
    const note = r.failed ? ` ⚠ ${r.failed} failed` : '';
    const notice = r.page === 'notice' ? fmt(m.noticeLongTask) : '';
    return `| ${r.name}${note} | ${fmt(m.performance)} | ${fmt(m.fcp)} | ${fmt(m.lcp)} | ${fmt(m.tbt)} | ${fmt(m.cls, 3)} | ${fmt(m.accessibility)} | ${notice} |`;
  });
  return [head, rule, ...lines].join('\n');
}

/** The targets as lines, PASS or FAIL each. */
export function lighthouseTargetsText(result) {
  return result.targets.map((t) => `${t.holds ? 'PASS' : 'FAIL'}  ${t.page.padEnd(14)} ${t.target}: ${t.text}`).join('\n');
}

/** What the table does not show, for reading a failure: LCP elements, largest shifts, accessibility audits that failed. */
export function lighthouseNotes(result) {
  const out = [];
  for (const r of result.rows) {
    const bits = [];
    if (r.lcpElement) bits.push(`LCP element ${oneLine(r.lcpElement)}`);
    if (r.shifts.length && r.median.cls > 0) bits.push(`largest shift ${r.shifts[0].score.toFixed(3)} ${oneLine(r.shifts[0].node || '?')}`);
    if (r.a11yFailed.length) bits.push(`accessibility audits failed: ${r.a11yFailed.join(', ')}`);
    if (bits.length) out.push(`- ${r.name}: ${bits.join('; ')}`);
  }
  return out.join('\n');
}
const oneLine = (s) => '`' + s.replace(/\s+/g, ' ').slice(0, 80) + '`';

/** The whole section as Markdown (the table, the targets, the notes). */
export function lighthouseMarkdown(result) {
  return [
    `Lighthouse ${result.lighthouse || '?'} (mobile, default settings: simulated throttling), Chromium ${result.chromium || '?'}, medians of ${result.runs} run(s) per page; benchmark index ${fmt(result.benchmarkIndex)}.`,
    '',
    lighthouseTable(result),
    '',
    '```',
    lighthouseTargetsText(result),
    '```',
    '',
    lighthouseNotes(result),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS || '3' },
      pages: { type: 'string', default: DEMO_PAGES.map((p) => p.id).join(',') },
      'no-peers': { type: 'boolean', default: false },
      out: { type: 'string', default: join(HERE, 'results') },
    },
  });
  const result = await runLighthouse({ runs: Math.max(1, Number.parseInt(args.runs, 10) || 3), pages: args.pages.split(','), peers: !args['no-peers'] });
  console.log('\nLighthouse\n\n' + lighthouseMarkdown(result));
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'lighthouse.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nlighthouse: wrote ${join(args.out, 'lighthouse.json')}`);
  process.exit(result.rows.some((r) => !r.runs) ? 1 : 0);
}
