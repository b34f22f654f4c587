// Shared set-up for whole-page tests: a loopback server and Debian's Chromium via playwright-core.
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ROOT = new URL('../..', import.meta.url).pathname;

/** The built UI language files (`dist/consentry.lang.*.js`), read back as the browser gets them: language → table. */
export function builtLanguageTables() {
  const file = /^\ufeffwindow\[Symbol\.for\("consentry\.chunk"\)\]\?\.\("lang\.([^"]+)",(.*)\);\n$/s;
  return Object.fromEntries(
    readdirSync(ROOT + 'dist')
      .filter((f) => /^consentry\.lang\..+\.js$/.test(f))
      .map((f) => {
        const m = file.exec(readFileSync(ROOT + 'dist/' + f, 'utf8'));
        if (!m) throw new Error(`${f} does not have the expected shape`);
        return [m[1], JSON.parse(m[2])];
      }),
  );
}

/** Launches headless Chromium with the flags this machine needs. */
export function launch(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/**
 * Starts a server whose `pages` map answers paths with HTML (or { body, type, headers });
 * every other path is served from the repository. `hits` records every request path.
 */
export async function site(pages = {}) {
  const hits = [];
  const server = await serve({
    root: ROOT.replace(/\/$/, ''),
    async route(req, res) {
      // `/consentry/` is where the docs' examples load the drop-in from (README.md#install): dist/.
      if (req.url.startsWith('/consentry/')) req.url = '/dist/' + req.url.slice(11);
      const path = new URL(req.url, 'http://x').pathname;
      hits.push(req.url);
      const page = pages[path] ?? (path === '/favicon.ico' ? { status: 204, body: '' } : undefined);
      if (page === undefined) return false;
      // A function may answer asynchronously, or never (a request that hangs).
      const p = typeof page === 'string' ? { body: page } : typeof page === 'function' ? await page(req, res) : page;
      res.writeHead(p.status || 200, { 'content-type': p.type || 'text/html; charset=utf-8', 'cache-control': 'no-store', ...p.headers });
      // `chunks`: the body in pieces, `gap` ms apart, as a slow network delivers it.
      for (const [i, chunk] of (p.chunks ?? []).entries()) {
        if (i) await new Promise((ok) => setTimeout(ok, p.gap ?? 300));
        res.write(chunk);
      }
      res.end(p.body);
      return true;
    },
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Requests left hanging on purpose must not keep the server open.
  return { origin, hits, close: () => new Promise((ok) => (server.close(ok), server.closeAllConnections())) };
}

/** An HTML page with the drop-in in <head>; `attrs` go on the script tag. */
export function page({ attrs = '', head = '', body = '', lang = 'en', src = '/dist/consentry.js' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>
<script src="${src}" ${attrs}></script>${head}</head><body><main><h1>Test page</h1>${body}</main></body></html>`;
}

/** Collects `[consentry]` console errors and page errors of a Playwright page. */
export function watchConsole(p) {
  const errors = [];
  const pageErrors = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  return { errors, pageErrors };
}

/** Runs axe-core in the page (shadow DOM included) and returns the violations. */
export async function axe(p, context = 'document') {
  // Contrast is that of the settled page: a panel fading in (0.2 s) is not yet at full opacity.
  await p.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    return Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
  });
  await p.evaluate(AXE);
  return p.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx === 'document' ? document : ctx, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, context);
}

/** A locator inside the banner's shadow root. */
export const inBanner = (p, selector) => p.locator(`consent-banner >> ${selector}`);

/** Phrases no default text may contain: consent by use, acceptance by continuing, consent to terms. */
export const BANNED_PHRASES = [
  /by (using|visiting|accessing|browsing|continuing)[^.]*\b(agree|consent|accept)/i,
  /continu(ed|ing) (use|to use|browsing)[^.]*\b(accept|agree|consent|constitut)/i,
  /\b(constitutes|means|signifies|indicates) (your )?(acceptance|agreement|consent)/i,
  /you (hereby |explicitly |expressly )?(agree|consent) to (this|the|our) (terms|notice|policy|privacy)/i,
  /it is your responsibility to review/i,
];

/**
 * The browser and loopback server of one test file: call it once at the top of the file. Its
 * `before()` launches Chromium (with `args`) and starts `site(pages)` (`pages` may be a function,
 * called then, for pages made from built files); its `after()` closes both. `web.browser` and
 * `web.server` are set from then on; `web.open(path, options)` opens a page (see `open`).
 */
export function testSite(pages = {}, { args = [] } = {}) {
  const web = { browser: undefined, server: undefined, contexts: new Set(), open: (path, options) => open(web, path, options) };
  before(
    async () => {
      web.browser = await launch(args);
      web.server = await site(typeof pages === 'function' ? await pages() : pages);
    },
    { timeout: HOOK_TIMEOUT },
  );
  // A test that fails before its own `context.close()` leaves no page running into the next test.
  afterEach(
    async () => {
      await Promise.all([...web.contexts].map((c) => c.close().catch(() => {})));
      web.contexts.clear();
    },
    { timeout: HOOK_TIMEOUT },
  );
  after(
    async () => {
      await web.browser?.close();
      await web.server?.close();
    },
    { timeout: HOOK_TIMEOUT },
  );
  return web;
}

/** How long starting or closing Chromium and the server may take before the hook fails. */
const HOOK_TIMEOUT = 30_000;

/**
 * Opens `path` of `web.server` in a new page and returns `{ p, context, log, errors, pageErrors,
 * seen, hits }`: `log` is `watchConsole(p)` (and `errors`, `pageErrors` its lists), `seen` the
 * stand-in trackers (`/t/<name>`) the page asked for, `hits()` the server's requests since.
 * Options:
 * - `context`: a context to open it in (else a new one, made with `contextOptions`);
 * - `init`: a script (or list) the context runs in every page before the page's own;
 * - `watch(p)`: runs before the page loads (listeners); what it returns joins the result;
 * - `waitUntil`: as `page.goto`'s;
 * - `ready`: wait for `window.Consentry` (the default), or not (`false`).
 */
async function open(web, path, { context, contextOptions, init, watch, waitUntil, ready = true } = {}) {
  context ??= await web.browser.newContext(contextOptions);
  web.contexts.add(context);
  for (const script of [init].flat()) if (script) await context.addInitScript(script);
  const p = await context.newPage();
  const log = watchConsole(p);
  const seen = [];
  p.on('request', (r) => r.url().includes('/t/') && seen.push(new URL(r.url()).pathname.slice(3)));
  const extra = await watch?.(p);
  const before = web.server.hits.length;
  await p.goto(web.server.origin + path, waitUntil && { waitUntil });
  if (ready) await p.waitForFunction(() => window.Consentry);
  const hits = () => web.server.hits.slice(before);
  return { p, context, log, ...log, seen, hits, ...extra };
}

/**
 * What `read()` returns once it equals `expected` (compared as JSON), or after `timeout` ms, so
 * that a failing assertion shows what is there. For what reaches the test asynchronously: request
 * events, the browser's cookie store.
 */
export async function eventually(read, expected, timeout = 3000) {
  const want = JSON.stringify(expected);
  const end = Date.now() + timeout;
  let value = await read();
  while (JSON.stringify(value) !== want && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 50));
    value = await read();
  }
  return value;
}

/**
 * The browser's cookie names, sorted, once they equal `expected` (see `eventually`):
 * `document.cookie` writes reach the browser's cookie store asynchronously, so reading it
 * straight after a page deleted many variants is a race.
 */
export const cookieNamesSettled = (context, expected, { filter = () => true, timeout = 3000 } = {}) =>
  eventually(
    async () =>
      (await context.cookies())
        .map((c) => c.name)
        .filter(filter)
        .sort(),
    expected,
    timeout,
  );

/** The cookie called `name` once the browser's cookie store has it (or undefined after `timeout` ms). */
export async function cookieSettled(context, name = 'consentry', timeout = 3000) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await context.cookies()).find((c) => c.name === name);
    if (found || Date.now() > end) return found;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
