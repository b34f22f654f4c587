// One page, three visits, each in a fresh browser context (no cookies, no storage): no choice,
// Reject all, Accept all. What each visit leaves behind is read from the browser itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// autoconsent's package exports only its library and rules; its Playwright content script sits
// beside the library file.
let autoconsent;
/** autoconsent's content script and rules (about 1 MB), read on first use. */
const loadAutoconsent = () =>
  (autoconsent ??= {
    script: readFileSync(join(dirname(require.resolve('@duckduckgo/autoconsent')), 'autoconsent.playwright.js'), 'utf8'),
    rules: JSON.parse(readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8')).autoconsent,
  });

/** How many cookie and storage writes are remembered per visit (a page may write without end). */
const MAX_WRITES = 500;
/** More cookie writes than this in one visit is reported as a cookie flood. */
const FLOOD = 1000;

// Runs in every frame before the page's own scripts: notes which script first wrote each cookie
// and storage key (from the stack), which the browser cannot tell afterwards.
const HOOK = `(() => {
  if (window.__consentryScan) return;
  const writes = { cookies: {}, storage: {}, count: 0, n: 0 };
  Object.defineProperty(window, '__consentryScan', { value: writes });
  const where = () => {
    for (const line of String(new Error().stack).split('\\n').slice(2)) {
      const m = /(https?:\\/\\/[^\\s()]+):(\\d+):\\d+\\)?\\s*$/.exec(line);
      if (m) return { url: m[1], line: Number(m[2]) };
    }
    return null;
  };
  const note = (map, key) => {
    if (writes.n < ${MAX_WRITES} && !Object.prototype.hasOwnProperty.call(map, key)) (writes.n++, (map[key] = where()));
  };
  const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: d.enumerable,
    get() { return d.get.call(this); },
    set(v) { writes.count++; note(writes.cookies, String(v).split(';')[0].split('=')[0].trim()); d.set.call(this, v); },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) { note(writes.storage, String(k)); return setItem.call(this, k, v); };
})();`;

/** What a visit found, before attribution. */
function emptyVisit() {
  return { requests: new Map(), initiators: new Map(), problems: [] };
}

const ms = (n) => new Promise((r) => setTimeout(r, n));

/** Waits until the network is quiet, at most `cap` ms (pages that poll never are). */
async function settle(page, cap) {
  await page.waitForLoadState('networkidle', { timeout: cap }).catch(() => {});
}

/**
 * Answers autoconsent's content script in every frame: hands it the rules for that frame's URL
 * and the action to take, runs the checks it asks for, and collects what it reports.
 */
async function withAutoconsent(page, action) {
  const state = { cmp: null, popup: false, result: null, done: false };
  await page.exposeBinding('autoconsentSendMessage', async ({ frame }, msg) => {
    try {
      switch (msg?.type) {
        case 'init': {
          const url = frame.url();
          const main = frame.parentFrame() === null;
          const rules = loadAutoconsent().rules.filter((r) => {
            const rc = r.runContext ?? {};
            if (main ? rc.main === false : rc.frame !== true) return false;
            return !rc.urlPattern || new RegExp(rc.urlPattern).test(url);
          });
          const config = {
            enabled: true,
            autoAction: action,
            disabledCmps: [],
            enablePrehide: false,
            detectRetries: 10,
            enableCosmeticRules: false,
            enableHeuristicDetection: false,
          };
          await frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify({ type: 'initResp', config, rules: { autoconsent: rules } })})`);
          break;
        }
        case 'eval': {
          const result = await frame.evaluate(msg.code).catch(() => false);
          await frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify({ id: msg.id, type: 'evalResp', result })})`);
          break;
        }
        case 'cmpDetected':
          state.cmp ??= msg.cmp;
          break;
        case 'popupFound':
          state.cmp ??= msg.cmp;
          state.popup = true;
          // autoconsent answers the banner next: what is sent from now on is sent after the choice.
          state.onPopup?.();
          break;
        case 'optOutResult':
        case 'optInResult':
          state.result = msg.result;
          break;
        case 'autoconsentDone':
          state.done = true;
          break;
        default:
      }
    } catch {
      // The frame went away (navigation): its next document starts over.
    }
  });
  const inject = (f) => f.evaluate(loadAutoconsent().script).catch(() => {});
  return {
    state,
    inject: () => (page.on('framenavigated', (f) => void inject(f)), Promise.all(page.frames().map(inject))),
  };
}

/** Waits for `test` to hold, checking every 100 ms, at most `cap` ms. */
async function until(test, cap) {
  for (let t = 0; t < cap && !test(); t += 100) await ms(100);
  return test();
}

// Global Privacy Control as a browser that sends it presents it to scripts (the header goes with
// every request: the context's extra headers).
const GPC = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, enumerable: true, get: () => true });`;

/**
 * One visit to `url` in a fresh context. `decide` is null (no choice), 'reject' or 'accept';
 * `via` says how: 'consentry' or 'autoconsent'. `gpc`: the browser sends Global Privacy Control.
 */
export async function visit(browser, url, { decide, via, timeout, screenshot, gpc = false }) {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 640 },
    ignoreHTTPSErrors: true,
    ...(gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
  });
  const v = emptyVisit();
  v.gpc = gpc;
  try {
    if (gpc) await context.addInitScript(GPC);
    await context.addInitScript(HOOK);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const i = e.initiator ?? {};
      const top = i.stack?.callFrames?.find((f) => f.url) ?? null;
      const who = top
        ? { url: top.url, line: top.lineNumber + 1, col: top.columnNumber }
        : i.url
          ? { url: i.url, line: (i.lineNumber ?? 0) + 1, col: i.columnNumber ?? 0 }
          : null;
      // A redirect (Chromium's own upgrade to HTTPS too) keeps the first request's initiator.
      const from = e.redirectResponse ? v.initiators.get(e.redirectResponse.url) : null;
      if ((from || who) && v.initiators.size < 5000 && !v.initiators.has(e.request.url)) v.initiators.set(e.request.url, from ?? who);
    });
    context.on('request', (r) => {
      if (v.requests.size < 5000 && !v.requests.has(r.url())) v.requests.set(r.url(), { url: r.url(), type: r.resourceType(), request: r });
    });
    const ac = await withAutoconsent(
      page,
      decide === 'reject' && via === 'autoconsent' ? 'optOut' : decide === 'accept' && via === 'autoconsent' ? 'optIn' : null,
    );

    // What runs before the choice is pass 1's business (and allowed under opt-out rules): a
    // decided visit keeps only the requests sent once the decision is being made.
    if (decide && via === 'autoconsent') ac.state.onPopup = () => v.requests.clear();

    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load', timeout });
    } catch (e) {
      const msg = String(e?.message ?? e).split('\n')[0];
      if (/Timeout/i.test(msg)) v.problems.push({ kind: 'timeout', message: `did not finish loading within ${timeout} ms` });
      else v.problems.push({ kind: 'unreachable', message: msg.replace(/^page\.goto: /, '') });
      return v;
    }
    v.status = response?.status() ?? 0;
    v.finalUrl = page.url();
    v.contentType = (await response?.headerValue('content-type').catch(() => null)) ?? '';
    if (!/html/i.test(v.contentType)) {
      v.problems.push({ kind: 'not-html', message: `the answer is ${v.contentType || 'of no stated type'}, not HTML` });
      return v;
    }
    // The page's markup, to name the tag behind a request the parser or an inline script made.
    v.source = (await response?.text().catch(() => '')) ?? '';
    await settle(page, 2000);
    const consentry = await page
      .evaluate(() => {
        const c = window.Consentry;
        if (!c || typeof c.get !== 'function') return null;
        // The site's own JSON configuration, to build the proposal on (data-config names an element).
        const tag = [...document.querySelectorAll('script[data-config]')].find((s) => /consentry/.test(s.src));
        const el = tag ? document.querySelector(tag.getAttribute('data-config')) : null;
        let config = null;
        try {
          config = el ? JSON.parse(el.textContent) : null;
        } catch {
          config = null;
        }
        return { mode: c.get().mode, config };
      })
      .catch(() => null);
    v.consentry = consentry;
    // Another tool's banner: autoconsent looks for it (and, in passes 2 and 3, answers it). It is
    // injected only where Consentry is absent, as it costs a second or so per visit.
    if (!consentry && via !== 'consentry') {
      await ac.inject();
      await until(() => (decide === null ? ac.state.popup : ac.state.result !== null || ac.state.done), decide ? 8000 : 3000);
    }
    v.cmp = ac.state.cmp;
    v.popup = ac.state.popup;
    if (screenshot) v.screenshot = (await page.screenshot({ type: 'jpeg', quality: 45 }).catch(() => null))?.toString('base64') ?? null;
    v.links = await page.$$eval('a[href]', (as) => as.slice(0, 2000).map((a) => a.href)).catch(() => []);

    if (decide) {
      if (via === 'consentry') {
        v.requests.clear();
        v.decided = await page
          .evaluate((d) => {
            const c = window.Consentry;
            if (!c) return false;
            if (d === 'reject') c.rejectAll();
            else c.acceptAll();
            return true;
          }, decide)
          .catch(() => false);
      } else {
        v.decided = ac.state.result === true;
      }
      if (!v.decided) v.problems.push({ kind: 'decision', message: `could not ${decide === 'reject' ? 'Reject all' : 'Accept all'} through ${via}` });
      await settle(page, 2000);
      // The next page view: what runs once the choice is stored.
      await page.reload({ waitUntil: 'load', timeout }).catch(() => {});
      await settle(page, 2000);
    }

    v.cookies = await context.cookies();
    v.writes = await page.evaluate(() => window.__consentryScan ?? null).catch(() => null);
    const store = await page
      .evaluate(async () => ({
        local: Object.keys(localStorage).slice(0, 500),
        session: Object.keys(sessionStorage).slice(0, 500),
        idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name).slice(0, 200) : [],
      }))
      .catch(() => ({ local: [], session: [], idb: [] }));
    v.storage = store;
    if ((v.writes?.count ?? 0) > FLOOD || v.cookies.length >= 150)
      v.problems.push({
        kind: 'cookie-flood',
        message: `${Math.max(v.writes?.count ?? 0, v.cookies.length)} cookie writes; only the first ${MAX_WRITES} are traced and the browser kept ${v.cookies.length}`,
      });
    return v;
  } finally {
    await context.close().catch(() => {});
  }
}
