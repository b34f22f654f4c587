// Where Consentry's start-up time goes, on the mobile profile: a Chromium trace of the real
// (minified) drop-in, and a CPU profile of a readable build of the same source (the repository's
// rollup configuration without the minifier), so that functions have their names.
//
//   node bench/profile.mjs [--runs 3] [--profile mobile|desktop] [--sdk ID] [--dist DIR] [--out DIR]
//
// Prints a timeline (network, parse, script, render, banner visible), the main-thread tasks over
// 10 ms with what filled them, and the functions with the most self time. Writes the raw trace
// and CPU profiles to DIR (bench/results/profile/ by default) for DevTools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { launch } from '../test/e2e/helpers.mjs';
import { PROFILES, median, visitBefore } from './measure.mjs';
import { startServer } from './server.mjs';
import { SDKS, VARIANTS } from './sdks.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    profile: { type: 'string', default: 'mobile' },
    sdk: { type: 'string', default: 'consentry' },
    // Another build's dist/ for the trace and the storage calls (the CPU profile's readable build is always this checkout's).
    dist: { type: 'string' },
    out: { type: 'string', default: join(HERE, 'results', 'profile') },
  },
});
const runs = Math.max(1, Number(args.runs) || 3);
const profile = PROFILES[args.profile] ? args.profile : 'mobile';
const sdk = [...SDKS, ...VARIANTS].find((s) => s.id === args.sdk) || SDKS[0];
mkdirSync(args.out, { recursive: true });

/** Builds the drop-in as the repository does, minus the minifier, into `out/readable/`. */
async function readableBuild() {
  const { default: configs } = await import('../rollup.config.mjs');
  const dir = join(args.out, 'readable') + '/';
  for (const config of configs.filter((c) => c.output?.format === 'iife')) {
    const bundle = await rollup({ ...config, plugins: config.plugins.filter((p) => p?.name !== 'terser'), onwarn() {} });
    await bundle.write({ ...config.output, file: dir + config.output.file.replace(/^dist\//, '') });
    await bundle.close();
  }
  return dir;
}

/** One load with the trace (and, when asked, the CPU profile) recorded; resolves once the banner has settled. */
async function load(browser, server, { cpuProfile = false } = {}) {
  const p = PROFILES[profile];
  const context = await browser.newContext(p.context);
  const page = await context.newPage();
  // A returning visitor (bench/sdks.mjs): the visit before, unthrottled and not profiled, accepts.
  if (sdk.returning) {
    await visitBefore(page, server, sdk);
    await page.goto(`${server.origin}/blank.html`);
  }
  const cdp = await context.newCDPSession(page);
  if (p.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  if (p.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', p.network);
  }
  await page.addInitScript(`(() => {
    const b = window.__bench = { visibleAt: null };
    const tick = () => {
      const el = ${sdk.accept};
      if (el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0) {
        b.visibleAt = performance.now();
        performance.mark('bench:accept-visible');
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`);
  if (cpuProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  } else {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'netlog'],
    });
  }
  await page.goto(`${server.origin}/${sdk.id}.html`, { waitUntil: 'load' });
  // A returning visitor has no banner to wait for: the profile runs until a second after `load`.
  if (sdk.returning) await page.waitForTimeout(1000);
  else await page.waitForFunction(() => window.__bench.visibleAt !== null, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const visible = await page.evaluate(() => window.__bench.visibleAt);
  let data;
  if (cpuProfile) data = (await cdp.send('Profiler.stop')).profile;
  else data = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  return { visible, data };
}

const INTERESTING = new Set([
  'ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree',
  'Layout', 'Paint', 'PrePaint', 'Commit', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'HitTest',
  'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation', 'v8.run', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'Layerize', 'IntersectionObserverController::computeIntersections',
]);

/** Reads a trace: milestones relative to navigation start, and the long main-thread tasks. */
function readTrace(trace) {
  const events = trace.traceEvents || trace;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith(`/${sdk.id}.html`));
  const pid = nav?.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const t0 = nav?.ts ?? 0;
  const ms = (ts) => (ts - t0) / 1000;
  const first = (pred) => events.find(pred);
  const url = (e) => e.args?.data?.url || '';
  const res = (name, re) => first((e) => e.name === name && re.test(url(e)));
  const script = events.find((e) => e.name === 'EvaluateScript' && /\/sdk\//.test(url(e)) && e.pid === pid);
  const marks = {
    'page request sent': res('ResourceSendRequest', /\.html$/),
    'page response': res('ResourceReceiveResponse', /\.html$/),
    'first SDK file request sent': res('ResourceSendRequest', /\/sdk\//),
    'first SDK file loaded': res('ResourceFinish', /\/sdk\//),
    'first SDK script runs (EvaluateScript)': script,
    'DOMContentLoaded': first((e) => e.name === 'MarkDOMContent' && e.pid === pid),
    'first paint': first((e) => e.name === 'firstPaint' && e.pid === pid),
    'first contentful paint': first((e) => e.name === 'firstContentfulPaint' && e.pid === pid),
    'accept visible (rAF)': first((e) => e.name === 'bench:accept-visible' && e.pid === pid),
    'load': first((e) => e.name === 'MarkLoad' && e.pid === pid),
  };
  const timeline = Object.entries(marks)
    .filter(([, e]) => e)
    .map(([label, e]) => ({ label, at: ms(e.ts), dur: e.dur ? e.dur / 1000 : undefined }))
    .sort((a, b) => a.at - b.at);
  const onMain = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.ts >= t0);
  const tasks = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur >= 10_000)
    .map((task) => {
      const inside = onMain.filter((e) => INTERESTING.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const by = {};
      for (const e of inside) by[e.name] = (by[e.name] || 0) + e.dur / 1000;
      const what = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${d.toFixed(1)}`);
      const urls = [...new Set(inside.map((e) => url(e) || e.args?.data?.stackTrace?.[0]?.url || '').filter(Boolean))].map((u) => u.replace(/^.*\//, ''));
      return { at: ms(task.ts), dur: task.dur / 1000, what, urls };
    });
  return { timeline, tasks };
}

/**
 * Counts the start-up's synchronous storage calls (each first one is a round trip to the browser
 * process in Chromium): reads of `document.cookie` and uses of `localStorage`/`sessionStorage`,
 * with the script position that made them, until one second after the banner showed.
 */
async function storageCalls() {
  const server = await startServer({ dist });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addInitScript(`(() => {
      const calls = (window.__storage = []);
      const where = () => (new Error().stack.split('\\n')[3] || '').trim().replace(/^at /, '').replace(/https?:\\/\\/[^/]+/, '');
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() { calls.push(['document.cookie', Math.round(performance.now()), where()]); return cookie.get.call(this); },
        set(v) { cookie.set.call(this, v); },
      });
      for (const name of ['localStorage', 'sessionStorage']) {
        const get = Object.getOwnPropertyDescriptor(window, name).get;
        Object.defineProperty(window, name, { configurable: true, get() { calls.push([name, Math.round(performance.now()), where()]); return get.call(this); } });
      }
    })();`);
    await page.goto(`${server.origin}/${sdk.id}.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.__storage);
  } finally {
    await browser.close();
    await server.close();
  }
}

const frameKey = (f) => (f.url ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : f.functionName);

/** Inclusive time per function of a CPU profile (each function counted once per sample), in ms. */
function inclusiveTimes(prof) {
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const by = {};
  prof.samples.forEach((id, i) => {
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(frameKey(nodes.get(n).callFrame));
    for (const k of seen) by[k] = (by[k] || 0) + dt;
  });
  return Object.entries(by);
}

/** Self time per function of a CPU profile, in ms, most first. */
function selfTimes(prof) {
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (prof.timeDeltas[i + 1] ?? 0) / 1000));
  const by = {};
  for (const [id, t] of self) {
    const key = frameKey(nodes.get(id).callFrame);
    by[key] = (by[key] || 0) + t;
  }
  return Object.entries(by).sort((a, b) => b[1] - a[1]);
}

const ours = ['consentry', 'consentry-no-gated', 'consentry-returning', 'consentry-returning-no-gated'].includes(sdk.id);
const dist = args.dist ? resolve(args.dist) + '/' : undefined;
const minified = await startServer({ dist });
const plain = ours ? await startServer({ dist: await readableBuild() }) : null;
const browser = await launch();
const traces = [];
const profiles = [];
try {
  for (let i = 0; i < runs; i++) {
    traces.push(await load(browser, minified));
    if (plain) profiles.push(await load(browser, plain, { cpuProfile: true }));
  }
} finally {
  await browser.close();
  await minified.close();
  await plain?.close();
}

const read = traces.map((t) => readTrace(t.data));
const storage = await storageCalls();
const labels = read[0].timeline.map((m) => m.label);
console.log(`Consentry start-up on the ${profile} profile, medians of ${runs} traced loads (ms from navigation start)\n`);
for (const label of labels) {
  const at = median(read.map((r) => r.timeline.find((m) => m.label === label)?.at));
  const dur = median(read.map((r) => r.timeline.find((m) => m.label === label)?.dur));
  console.log(`  ${label.padEnd(32)} ${at.toFixed(0).padStart(6)}${dur ? `  (lasts ${dur.toFixed(1)})` : ''}`);
}
console.log(`\nMain-thread tasks of 10 ms or more (first traced load):`);
for (const t of read[0].tasks) console.log(`  at ${t.at.toFixed(0).padStart(5)}  ${t.dur.toFixed(1).padStart(6)} ms  ${t.what.join(', ')}${t.urls.length ? '  [' + t.urls.join(' ') + ']' : ''}`);

console.log(`\nSynchronous storage calls during start-up (desktop, no throttling; ms, caller):`);
for (const [what, at, where] of storage) console.log(`  ${String(at).padStart(5)}  ${what.padEnd(16)} ${where}`);

const self = {};
const total = {};
for (const p of profiles) {
  for (const [k, v] of selfTimes(p.data)) self[k] = (self[k] || 0) + v / profiles.length;
  for (const [k, v] of inclusiveTimes(p.data)) total[k] = (total[k] || 0) + v / profiles.length;
}
const top = Object.entries(self).filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25);
const topTotal = Object.entries(total).filter(([k]) => /consentry\.js/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30);
if (profiles.length) {
  const mine = Object.entries(self).filter(([k]) => /consentry\.js/.test(k)).reduce((a, [, v]) => a + v, 0);
  console.log(`\nSelf time by function, readable build, mean of ${profiles.length} loads (consentry.js total ${mine.toFixed(1)} ms):`);
  for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(6)} ms  ${k}`);
  console.log(`\nTotal (inclusive) time of Consentry's functions:`);
  for (const [k, v] of topTotal) console.log(`  ${v.toFixed(1).padStart(6)} ms  ${k}`);
}

writeFileSync(join(args.out, 'trace.json'), JSON.stringify(traces[0].data));
if (profiles.length) writeFileSync(join(args.out, 'readable.cpuprofile'), JSON.stringify(profiles[0].data));
writeFileSync(join(args.out, 'summary.json'), JSON.stringify({ profile, runs, timeline: read.map((r) => r.timeline), tasks: read[0].tasks, self: top, total: topTotal, storage }, null, 2));
console.log(`\nprofile: wrote ${args.out}/trace.json (open in DevTools › Performance), readable.cpuprofile and summary.json`);
