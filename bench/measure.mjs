// One measured page load: a first-time visitor (fresh browser context) opens a tool's page on a
// profile, waits for the banner, then clicks "Accept all". Everything timed in the page is
// relative to navigation start (`performance.timeOrigin`).

/** The two profiles: mobile is a mid-range phone on a slow 3G-like link, via the DevTools protocol. */
export const PROFILES = {
  desktop: { context: { viewport: { width: 1280, height: 800 } }, cpu: 1, network: null },
  mobile: {
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpu: 4,
    // 150 ms round trip, 1.6 Mbps down, 750 kbps up (bytes per second for the protocol).
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
  },
};

/**
 * Installed before any page script: records when the accept button first shows in a frame, the
 * click, the gated script's run, long tasks (and long animation frames, which name scripts) and
 * layout shifts.
 */
const probe = (accept) => `(() => {
  const b = window.__bench = { visibleAt: null, clickAt: null, ranAt: null, ranBeforeClick: false, longTasks: [], scripts: [], cls: 0, clsNoInput: 0, fcp: null, lcp: null };
  b.ran = () => {
    if (b.ranAt === null) b.ranAt = performance.now();
    if (b.clickAt === null) b.ranBeforeClick = true;
  };
  addEventListener('click', () => { if (b.clickAt === null) b.clickAt = performance.now(); }, true);
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) => e.scripts.forEach((s) => s.sourceURL && b.scripts.push({ url: s.sourceURL, start: s.startTime, duration: s.duration })));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { if (b.clickAt === null) b.lcp = e.startTime; });
  // Every shift counts, also those flagged \`hadRecentInput\`: Chromium flags shifts as after input
  // while it emulates a phone though nothing was touched, and Lighthouse counts them.
  observe('layout-shift', (e) => { if (b.clickAt !== null) return; b.cls += e.value; if (!e.hadRecentInput) b.clsNoInput += e.value; });
  const shown = (el) => {
    if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  const tick = () => {
    let el = null;
    try { el = ${accept}; } catch {}
    if (shown(el)) b.visibleAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export { median };

/**
 * The long tasks before `clickAt`, those with a script of the page in them, and the scripts that
 * ran before it. A long task is a script's when the script started inside it (half a millisecond
 * of slack for the two entry types' rounding). Overlap is not enough: the rendering task that
 * begins the moment a script's own task ends would count, though no script ran in it.
 * `longTasks` are `{ start, duration }`; `scripts` are Long Animation Frame script entries
 * `{ url, start, duration }`.
 */
export function attribute(longTasks, scripts, clickAt) {
  const before = (x) => x.start < clickAt;
  const tasks = longTasks.filter(before);
  const ran = scripts.filter(before);
  return {
    tasks,
    scripted: tasks.filter((t) => ran.some((s) => s.start >= t.start - 0.5 && s.start < t.start + t.duration)),
    scripts: ran,
  };
}

/**
 * A returning row's visit before (`sdk.returning`), unthrottled and not measured: the visitor
 * accepts, so the next load is a decided visitor's (no banner, the stored decision, gated tags
 * that may run). The harness's own baseline (`sdk.baseline`) has none: there is nothing to accept.
 */
export async function visitBefore(page, server, sdk, timeout = 30000) {
  if (!sdk.returning || sdk.baseline) return;
  await page.goto(`${server.origin}/${sdk.id}.html`, { waitUntil: 'load', timeout });
  await page.click(sdk.click, { timeout });
  await page.waitForFunction(() => document.cookie.includes('consentry='), null, { timeout });
}

/**
 * Loads `sdk`'s page once on `profile` and returns the raw figures of that load.
 * `server.log` is the server's request log (it is read from the current end onwards).
 */
export async function measure(browser, server, sdk, profileName, { settle = 1000, timeout = 30000, gated = 10000 } = {}) {
  const profile = PROFILES[profileName];
  const context = await browser.newContext(profile.context);
  try {
    const page = await context.newPage();
    await visitBefore(page, server, sdk, timeout);
    // Start on a blank page of the same origin, so that the measured navigation stays in one
    // renderer process and the protocol's counters run on from the `before` reading.
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    // Two clocks: wall time (timeTicks), which the CPU slowdown stretches, and the main thread's
    // own CPU time (threadTicks), which other processes on a busy machine do not inflate.
    const cpu = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
    }
    await page.addInitScript(probe(sdk.accept));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const metric = async (session = cdp) => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metric();
    const beforeCpu = await metric(cpu);
    const from = server.log.length;

    await page.goto(`${server.origin}/${sdk.id}.html`, { waitUntil: 'load', timeout });
    if (sdk.returning) return await returning(page, server, sdk, from, { settle, gated, metric, before, beforeCpu, errors, cpu });
    await page.waitForFunction(() => window.__bench.visibleAt !== null, null, { timeout, polling: 50 });
    await page.waitForTimeout(settle);
    const after = await metric();
    const afterCpu = await metric(cpu);
    const firstLayer = server.log.slice(from);
    const pixelBefore = firstLayer.some((r) => r.path === '/t/pixel.gif');

    await page.click(sdk.click, { timeout });
    // A tool whose gating never runs the script gets no figure here (null), not a failed load.
    if (sdk.gates !== false) await page.waitForFunction(() => window.__bench.ranAt !== null, null, { timeout: gated, polling: 'raf' }).catch(() => {});
    const b = await page.evaluate(() => window.__bench);
    // The pixel is a second, independent check that the tool's gating worked.
    const deadline = Date.now() + (b.ranAt === null ? 0 : gated);
    while (!server.log.slice(from).some((r) => r.path === '/t/pixel.gif') && Date.now() < deadline) await page.waitForTimeout(20);

    const [nav, sdkLoaded] = await page.evaluate((visible) => [
      performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.name.includes('/sdk/') && e.responseEnd <= visible).map((e) => e.responseEnd)),
    ], b.visibleAt);
    const { tasks, scripted, scripts } = attribute(b.longTasks, b.scripts, b.clickAt);
    const sum = (xs) => xs.reduce((a, t) => a + t.duration, 0);
    return {
      bytes: firstLayer.filter((r) => r.sdk).reduce((a, r) => a + r.bytes, 0),
      files: firstLayer.filter((r) => r.sdk).map((r) => ({ path: r.path, bytes: r.bytes })),
      visible: b.visibleAt,
      script: (afterCpu.ScriptDuration - beforeCpu.ScriptDuration) * 1000,
      task: (afterCpu.TaskDuration - beforeCpu.TaskDuration) * 1000,
      scriptWall: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskWall: (after.TaskDuration - before.TaskDuration) * 1000,
      longTasks: sum(tasks),
      longTaskCount: tasks.length,
      scriptLongTasks: sum(scripted),
      scriptLongTaskCount: scripted.length,
      // The longest single run of a script of the page (the tool's evaluation, one of its
      // callbacks): 50 ms or more is a long task of the script's own, whatever else ran with it.
      longestScript: Math.max(0, ...scripts.map((s) => s.duration)),
      // All layout shifts before the click; `clsNoInput`: those not flagged as after input.
      cls: b.cls,
      clsNoInput: b.clsNoInput,
      fcp: b.fcp,
      // The part of every figure that is the same for all tools: navigation start until the page's HTML has arrived.
      htmlLoaded: nav,
      // When the last of the tool's files that had arrived by the time the banner showed arrived:
      // `visible - sdkLoaded` is the tool's own work between having its files and showing.
      sdkLoaded,
      lcp: b.lcp,
      acceptToGated: b.ranAt === null ? null : b.ranAt - b.clickAt,
      leaked: b.ranBeforeClick || pixelBefore,
      pixel: server.log.slice(from).some((r) => r.path === '/t/pixel.gif'),
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * The rest of a returning visitor's load (`sdk.returning`): nothing to show and nothing to click.
 * Waits for the gated script to run on a page that has one (the stored decision lets it), then
 * `settle`; the figures are taken up to then. `visible` and `acceptToGated` are `null`;
 * `gatedRan` is when the gated script ran, from navigation start.
 */
async function returning(page, server, sdk, from, { settle, gated, metric, before, beforeCpu, errors, cpu }) {
  if (sdk.gates !== false) await page.waitForFunction(() => window.__bench.ranAt !== null, null, { timeout: gated, polling: 'raf' }).catch(() => {});
  await page.waitForTimeout(settle);
  const after = await metric();
  const afterCpu = await metric(cpu);
  const loaded = server.log.slice(from);
  const b = await page.evaluate(() => window.__bench);
  const { tasks, scripted, scripts } = attribute(b.longTasks, b.scripts, Infinity);
  const sum = (xs) => xs.reduce((a, t) => a + t.duration, 0);
  return {
    bytes: loaded.filter((r) => r.sdk).reduce((a, r) => a + r.bytes, 0),
    files: loaded.filter((r) => r.sdk).map((r) => ({ path: r.path, bytes: r.bytes })),
    visible: null,
    script: (afterCpu.ScriptDuration - beforeCpu.ScriptDuration) * 1000,
    task: (afterCpu.TaskDuration - beforeCpu.TaskDuration) * 1000,
    scriptWall: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskWall: (after.TaskDuration - before.TaskDuration) * 1000,
    longTasks: sum(tasks),
    longTaskCount: tasks.length,
    scriptLongTasks: sum(scripted),
    scriptLongTaskCount: scripted.length,
    longestScript: Math.max(0, ...scripts.map((s) => s.duration)),
    cls: b.cls,
    clsNoInput: b.clsNoInput,
    fcp: b.fcp,
    lcp: b.lcp,
    acceptToGated: null,
    gatedRan: b.ranAt,
    leaked: false,
    pixel: loaded.some((r) => r.path === '/t/pixel.gif'),
    errors,
  };
}
