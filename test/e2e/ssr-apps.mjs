// Shared by the framework examples' tests (ssr-next, ssr-astro): each builds its example app once
// with the framework's own command, serves it with the framework's own server on a free loopback
// port, and checks in Chromium what a visitor gets. docs/examples/ssr-*/ are npm workspaces, so
// the root `npm ci` installs the frameworks; the drop-in is copied from dist/ into the app's
// public/consentry/, as README.md#install tells a site to.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import { inBanner, ROOT, watchConsole } from './helpers.mjs';

/** A port free on 127.0.0.1 now (the framework's server takes a port number, not 0). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** What a framework's build, its install or these tests write into an example app (all in .gitignore). */
export const OUTPUTS = /(^|\/)(node_modules|\.next|\.astro|dist|public\/consentry)(\/|$)/;

/** An example app's own files, sorted, as paths from the repository's root. */
export const appFiles = (app) =>
  readdirSync(app, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(ROOT.length))
    .filter((f) => !OUTPUTS.test(f.replace(/^docs\/examples\/[^/]+\//, '')))
    .sort();

/**
 * Puts the built drop-in and its chunks in `<app>/public/consentry/`, and removes the framework's
 * earlier output (`out`), so that every run is a build from scratch, as in CI.
 */
export function prepare(app, out) {
  rmSync(`${app}/${out}`, { recursive: true, force: true });
  const to = `${app}/public/consentry`;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(ROOT + 'dist', to, { recursive: true });
}

// No telemetry, no update checks: nothing leaves the machine at build or run time.
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

/** Runs a command in `cwd` to its end; resolves with its wall time in ms, rejects with its output. */
export function run(cmd, args, { cwd, env = {} }) {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...QUIET, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? ok(performance.now() - started) : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out.slice(-4000)}`)),
    );
  });
}

/**
 * Starts a server (`cmd args` in `cwd`, in a process group of its own) and waits until `origin`
 * answers. `close()` ends that process group and waits for its leader to exit.
 */
export async function startServer(cmd, args, { cwd, env = {}, origin, timeout = 60_000 }) {
  const started = performance.now();
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...QUIET, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((ok) => child.on('exit', ok));
  const close = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        // Its group: the framework's server may have started workers of its own.
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited with ${child.exitCode}:\n${out.slice(-4000)}`);
    try {
      await fetch(origin);
      return { close, ms: performance.now() - started, output: () => out };
    } catch {
      if (performance.now() - started > timeout) {
        await close();
        throw new Error(`${origin} did not answer within ${timeout} ms:\n${out.slice(-4000)}`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

/**
 * An init script for the page: records the consent events, every layout shift, and, once the
 * HTML is parsed but before any deferred script (the drop-in) runs, the server's banner panel
 * (`window.ssrPanel`), whether it is in the top layer already (`window.openAtParse`), and every
 * change made inside its shadow root (`window.mutations`) or to its top layer (`window.reshown`) from then on.
 */
export function probe() {
  window.events = [];
  for (const type of ['consent-ready', 'consent-change']) document.addEventListener(type, (e) => window.events.push([type, e.detail.categories]));
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  window.ssrPanel = undefined;
  window.mutations = 0;
  // "interactive" comes after the parser's end and before the deferred scripts run.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const root = document.querySelector('consent-banner')?.shadowRoot;
    window.ssrPanel = root?.querySelector('[part=banner]') ?? null;
    // The server's script has shown it in the top layer already; the drop-in must not show it again.
    window.openAtParse = !!window.ssrPanel?.matches(':popover-open');
    window.reshown = 0;
    window.ssrPanel?.addEventListener('beforetoggle', () => window.reshown++);
    if (root) new MutationObserver((r) => (window.mutations += r.length)).observe(root, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits two frames and a little more: what the drop-in does at start-up is done. */
export const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));

/** What the page shows of the banner now, against what the server sent. */
export const bannerState = (p) =>
  p.evaluate(() => {
    const root = document.querySelector('consent-banner')?.shadowRoot;
    const panel = root?.querySelector('[part=banner]') ?? null;
    return {
      same: !!panel && panel === window.ssrPanel,
      openAtParse: window.openAtParse,
      open: !!panel?.matches(':popover-open'),
      reshown: window.reshown,
      mutations: window.mutations,
      shifts: window.shifts,
      banners: document.querySelectorAll('consent-banner').length,
    };
  });

/** The devices the adoption is checked on: a desktop, and a phone as Lighthouse's mobile profile has it. */
export const DEVICES = {
  desktop: { viewport: { width: 1350, height: 940 } },
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

/** A first visit: the HTML has the banner, kept out of shared caches, and Chromium shows it with JavaScript off. */
export async function firstVisit(browser, url, { cacheControl = /private/ } = {}) {
  const res = await fetch(url);
  const html = await res.text();
  assert.equal(res.status, 200);
  if (cacheControl) assert.match(res.headers.get('cache-control'), cacheControl);
  assert.match(html, /<consent-banner lang="en" dir="ltr"><template shadowrootmode="open"><style>/);
  assert.match(html, /<h2 part="title" id="title">Cookies on example.com<\/h2>/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const p = await context.newPage();
    await p.goto(url);
    assert.equal(await inBanner(p, '[part=title]').textContent(), 'Cookies on example.com');
    assert.ok(await inBanner(p, '[part~=accept]').isVisible());
  } finally {
    await context.close();
  }
}

/**
 * The drop-in adopts the server's banner: the same nodes, shown in the top layer, nothing redrawn,
 * no layout shift; the keyboard reaches `button` (accept or reject), which decides, with the
 * events of a banner the drop-in drew. Resolves with the consent cookie then set.
 */
export async function adopts(browser, url, { device, button }) {
  const context = await browser.newContext(device);
  try {
    await context.addInitScript(probe);
    const p = await context.newPage();
    const { errors, pageErrors } = watchConsole(p);
    await p.goto(url);
    await p.waitForFunction(() => window.Consentry);
    await settle(p);
    assert.deepEqual(await bannerState(p), { same: true, openAtParse: true, open: true, reshown: 0, mutations: 0, shifts: [], banners: 1 });
    await inBanner(p, `[part~=${button}]`).focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => window.events.some(([t]) => t === 'consent-change'));
    const granted = button === 'accept';
    assert.deepEqual(await p.evaluate(() => window.events), [
      ['consent-ready', { necessary: true, analytics: false, advertising: false }],
      ['consent-change', { necessary: true, analytics: granted, advertising: granted }],
    ]);
    assert.equal(await inBanner(p, '[part=banner]').count(), 0, 'the banner is gone');
    assert.deepEqual(errors, []);
    assert.deepEqual(pageErrors, []);
    return (await context.cookies()).find((c) => c.name === 'consentry');
  } finally {
    await context.close();
  }
}

/**
 * A returning visitor (who accepted: `cookie`): Chromium finds no banner at the parser's end and
 * draws none; the events say what was stored. `html: false` for a static page, whose HTML has the
 * banner for everyone (the hide snippet takes it out); else the HTML has no banner markup at all.
 */
export async function returning(browser, url, cookie, { html = true } = {}) {
  assert.ok(cookie, 'a visitor accepted first');
  if (html) {
    const text = await (await fetch(url, { headers: { cookie: `consentry=${cookie.value}` } })).text();
    assert.match(text, /<h1>Shop<\/h1>/);
    assert.doesNotMatch(text, /<consent-banner|shadowrootmode/);
  }
  const context = await browser.newContext();
  try {
    await context.addCookies([cookie]);
    await context.addInitScript(probe);
    const p = await context.newPage();
    const { errors, pageErrors } = watchConsole(p);
    await p.goto(url);
    await p.waitForFunction(() => window.Consentry);
    await settle(p);
    assert.deepEqual(await p.evaluate(() => [window.ssrPanel, window.events, window.shifts]), [
      null,
      [['consent-ready', { necessary: true, analytics: true, advertising: true }]],
      [],
    ]);
    assert.equal(await inBanner(p, '[part=banner]').count(), 0);
    assert.deepEqual([errors, pageErrors], [[], []]);
  } finally {
    await context.close();
  }
}
