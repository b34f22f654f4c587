// A refusal stops the gated scripts in time: a script still downloading when consent is withdrawn
// never runs, and nothing queued behind it is requested, whatever the path of the refusal
// (banner, API in the same task, reset, another tab, "Do not sell or share", loadScript). And
// nothing runs on a stored decision that a JSON configuration further down the page may void.
import { test, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const js = (body) => ({ body, type: 'text/javascript' });

/** `/t/slow.js` answers only when the test calls `release()`: a download still in flight, with no clock. */
let release;
let held;
beforeEach(() => {
  held = new Promise((ok) => (release = ok));
});

/** Gated scripts: a slow external one first, then an external and an inline one queued behind it. */
const QUEUE = (cat) => `
<script type="text/plain" data-consent="${cat}" data-src="/t/slow.js"></script>
<script type="text/plain" data-consent="${cat}" data-src="/t/after.js"></script>
<script type="text/plain" data-consent="${cat}">(window.ran = window.ran || []).push('inline-after');</script>`;

const PAGES = {
  '/queue.html': page({ body: QUEUE('analytics') }),
  '/other.html': page(),
  '/opt-out.html': page({ attrs: 'data-mode="opt-out"', body: QUEUE('advertising') + '<footer><consent-opt-out></consent-opt-out></footer>' }),
  '/t/slow.js': async () => (await held, js("(window.ran = window.ran || []).push('slow');")),
  '/t/after.js': js("(window.ran = window.ran || []).push('after');"),
  '/t/loaded.js': js("(window.ran = window.ran || []).push('loaded');"),
  // A stored grant of revision 1, then the JSON configuration with revision 2 arrives slowly.
  '/revision.html': {
    chunks: [
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>
<script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main><h1>Test page</h1>
<script type="text/plain" data-consent="analytics" data-src="/t/after.js"></script>
<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push('inline');</script>
<img data-consent="analytics" data-src="/t/pixel.gif" alt="">
<script>Consentry.loadScript('/t/loaded.js', { category: 'analytics' });</script>
<p>More of the page.</p>`,
      `<script type="application/json" id="cfg">{"revision": "2"}</script></main></body></html>`,
    ],
    gap: 1200,
  },
  '/revision-same.html': {
    chunks: [
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>
<script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main><h1>Test page</h1>
<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push('inline');</script>
<p>More of the page.</p>`,
      `<script type="application/json" id="cfg">{"revision": "1"}</script></main></body></html>`,
    ],
    gap: 600,
  },
};

after(async () => {
  release?.();
});
const web = testSite(PAGES);

/** Paths under /t/ requested by the page, and those whose response has arrived. */
function watchNetwork(p) {
  const seen = [];
  const finished = [];
  const path = (r) => new URL(r.url()).pathname.replace(/^\/t\//, '');
  p.on('request', (r) => r.url().includes('/t/') && seen.push(path(r)));
  p.on('requestfinished', (r) => r.url().includes('/t/') && finished.push(path(r)));
  p.on('requestfailed', (r) => r.url().includes('/t/') && finished.push(path(r)));
  return { seen, finished };
}

const open = (path, context) => web.open(path, { context, watch: watchNetwork });

/**
 * After `refuse` (with slow.js in flight): slow.js arrives, and neither it nor anything queued
 * behind it runs, and after.js is never requested.
 */
async function assertStopped({ p, seen, finished, pageErrors }) {
  release();
  assert.ok((await eventually(() => finished.includes('slow.js'), true)) === true, 'slow.js arrived');
  // Time for the arrived script to run, were it still in the page, and for the queue to move on.
  await p.waitForTimeout(400);
  assert.deepEqual(await p.evaluate(() => window.ran), undefined);
  assert.deepEqual(
    seen.filter((s) => s !== 'slow.js'),
    [],
  );
  assert.deepEqual(pageErrors, []);
}

/** Accepts and waits until slow.js is on its way. */
async function acceptAndWait(p, seen) {
  await p.evaluate(() => window.Consentry.acceptAll());
  assert.equal(await eventually(() => seen.includes('slow.js'), true), true, 'slow.js requested');
}

test('refused while a gated script downloads: it never runs, the queue behind it is never requested, and a new grant runs them all in order', async () => {
  const ctx = await open('/queue.html');
  const { p, seen, finished } = ctx;
  await acceptAndWait(p, seen);
  await p.evaluate(() => window.Consentry.rejectAll());
  await assertStopped(ctx);
  // The gated markup is back in place, still inert, and runs again on the next grant.
  assert.equal(await p.locator('script[type="text/plain"][data-consent="analytics"]').count(), 3);
  finished.length = 0;
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.ran?.length === 3);
  assert.deepEqual(await p.evaluate(() => window.ran), ['slow', 'after', 'inline-after']);
  await ctx.context.close();
});

test('acceptAll() then rejectAll() in the same task: nothing is requested or run', async () => {
  const ctx = await open('/queue.html');
  await ctx.p.evaluate(() => {
    window.Consentry.acceptAll();
    window.Consentry.rejectAll();
  });
  await ctx.p.waitForTimeout(400);
  assert.deepEqual(ctx.seen, []);
  assert.deepEqual(await ctx.p.evaluate(() => window.ran), undefined);
  await ctx.context.close();
});

test('reset() while a gated script downloads stops it and the queue', async () => {
  const ctx = await open('/queue.html');
  await acceptAndWait(ctx.p, ctx.seen);
  await ctx.p.evaluate(() => window.Consentry.reset());
  await assertStopped(ctx);
  await ctx.context.close();
});

test('a refusal in another tab stops a gated script downloading in this one', async () => {
  const ctx = await open('/queue.html');
  await acceptAndWait(ctx.p, ctx.seen);
  const other = await ctx.context.newPage();
  await other.goto(web.server.origin + '/other.html');
  await other.waitForFunction(() => window.Consentry);
  await other.evaluate(() => window.Consentry.rejectAll());
  assert.equal(await eventually(() => ctx.p.evaluate(() => window.Consentry.allowed('analytics')), false), false);
  await assertStopped(ctx);
  await ctx.context.close();
});

test('"Do not sell or share" stops an advertising script downloading in opt-out mode', async () => {
  // Opt-out mode grants advertising until refused: the queue starts at once, and a held script
  // inserted before the page's load event holds that event too, so the test goes on at DOMContentLoaded.
  const ctx = await web.open('/opt-out.html', { watch: watchNetwork, waitUntil: 'domcontentloaded' });
  assert.equal(await eventually(() => ctx.seen.includes('slow.js'), true), true);
  await ctx.p.locator('consent-opt-out >> [part~=button]').click();
  assert.equal(await ctx.p.evaluate(() => window.Consentry.allowed('advertising')), false);
  await assertStopped(ctx);
  await ctx.context.close();
});

test('loadScript: refused in the task that granted, it is not requested until granted again', async () => {
  const { p, seen, context } = await open('/other.html');
  // `whenAllowed` resolves after the task that granted; the refusal in that task must hold.
  await p.evaluate(() => void window.Consentry.loadScript('/t/loaded.js', { category: 'analytics' }).then(() => (window.loading = 'loaded')));
  // Let the extras chunk arrive, so that loadScript is waiting on `whenAllowed`.
  await p.waitForFunction(() => window.Consentry.audit().complete);
  await p.evaluate(() => {
    window.Consentry.acceptAll();
    window.Consentry.rejectAll();
  });
  await p.waitForTimeout(400);
  assert.deepEqual(seen, []);
  assert.equal(await p.evaluate(() => window.ran), undefined);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.loading);
  assert.deepEqual(await p.evaluate(() => window.ran), ['loaded']);
  await context.close();
});

test('loadScript: refused while it downloads, it never runs; granted again, it loads and its promise resolves', async () => {
  const ctx = await open('/other.html');
  const { p, seen, finished } = ctx;
  await p.evaluate(() => {
    window.Consentry.acceptAll();
    window.slowLoaded = window.Consentry.loadScript('/t/slow.js', { category: 'analytics' }).then(() => 'loaded');
  });
  assert.equal(await eventually(() => seen.includes('slow.js'), true), true);
  await p.evaluate(() => window.Consentry.rejectAll());
  await assertStopped(ctx);
  finished.length = 0;
  await p.evaluate(() => window.Consentry.acceptAll());
  assert.equal(await p.evaluate(() => window.slowLoaded), 'loaded');
  assert.deepEqual(await p.evaluate(() => window.ran), ['slow']);
  await ctx.context.close();
});

test('a stored decision is not acted on while a JSON configuration that may void it is still to come', async () => {
  const context = await web.browser.newContext();
  const first = await open('/other.html', context);
  await first.p.evaluate(() => window.Consentry.acceptAll());
  await first.p.close();
  release();
  const ctx = await open('/revision.html', context);
  await ctx.p.waitForLoadState('load');
  await ctx.p.waitForTimeout(300);
  // Revision 2 voids the grant: nothing ran or was requested, before or after it arrived.
  assert.deepEqual(ctx.seen, []);
  assert.deepEqual(await ctx.p.evaluate(() => [window.ran, window.Consentry.get().decided, window.Consentry.get().revision]), [undefined, false, '2']);
  assert.deepEqual(ctx.pageErrors, []);
  // With the same revision, the stored grant holds once the configuration is known.
  const same = await open('/revision-same.html', context);
  await same.p.waitForFunction(() => window.ran?.length === 1);
  await context.close();
});
