// Withdrawal reaches what a granted script left behind outside cookies and storage (issue 26): the
// service workers, IndexedDB databases and Cache Storage caches a service declares are unregistered
// and deleted at once (before `reload-on-revoke` reloads) and again at every later page load while
// it stays refused. The worker here beacons for every request it serves, as a tracker's would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const CONFIG = {
  reloadOnRevoke: true,
  categories: {
    analytics: {
      services: [{ id: 'tracker', name: 'Tracker', serviceWorkers: ['/sw.js'], indexedDB: ['tracker-db'], caches: ['/^tracker-/'] }],
    },
    // Declared the same way, but granted in the test: left alone. Its bad entries are reported.
    functional: {
      services: [{ id: 'app', name: 'App', indexedDB: ['app-db', 42], caches: ['app-cache', '/[/'], serviceWorkers: ['javascript:alert(1)', '/app-sw.js'] }],
    },
  },
};

/** The tracker: registers its worker (with a version query), opens its database (and keeps it open) and fills a cache. */
const TRACKER = `
navigator.serviceWorker.register('/sw.js?v=3').then(() => navigator.serviceWorker.ready).then(() => (window.swReady = true));
const open = indexedDB.open('tracker-db');
open.onupgradeneeded = () => open.result.createObjectStore('events');
open.onsuccess = () => (window.dbReady = true);
caches.open('tracker-v1').then((c) => c.put('/t/cached', new Response('x'))).then(() => (window.cacheReady = true));`;

/** Beacons for every request it sees, and claims the open pages at once. */
const WORKER = `
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const path = new URL(e.request.url).pathname;
  if (path !== '/beacon') fetch('/beacon?for=' + encodeURIComponent(path));
});`;

const web = testSite({
  '/app.html': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">${JSON.stringify(CONFIG)}</script>`,
    body: '<script type="text/plain" data-consent="analytics/tracker" data-src="/tracker.js"></script>',
  }),
  '/tracker.js': { body: TRACKER, type: 'text/javascript' },
  '/sw.js': { body: WORKER, type: 'text/javascript' },
  '/beacon': { status: 204, body: '' },
  '/t/ping': { status: 204, body: '' },
});

const beacons = (from) => web.server.hits.slice(from).filter((h) => h.startsWith('/beacon'));
/** What this origin holds: registered workers' scripts, databases and caches. */
const held = (p) =>
  p.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.active?.scriptURL ?? r.installing?.scriptURL ?? r.scope).pathname),
    databases: (await indexedDB.databases()).map((d) => d.name).sort(),
    caches: (await caches.keys()).sort(),
  }));
/** What the app (a granted service) keeps: a database and a cache of its own. */
const appStores = (p) =>
  p.evaluate(async () => {
    await new Promise((ok) => (indexedDB.open('app-db').onsuccess = (e) => (e.target.result.close(), ok())));
    await caches.open('app-cache');
  });

test('"Reject all" with reload-on-revoke: the worker is unregistered before the reload, its database and cache deleted; no beacon since', async () => {
  const { p, context, pageErrors } = await web.open('/app.html');
  try {
    await p.evaluate(() => window.Consentry.set({ analytics: true, functional: true }));
    await p.waitForFunction(() => window.swReady && window.dbReady && window.cacheReady && navigator.serviceWorker.controller);
    await appStores(p);
    // The worker beacons while granted (the test can see it do so).
    const granted = web.server.hits.length;
    await p.evaluate(() => fetch('/t/ping'));
    assert.deepEqual(await eventually(() => beacons(granted), ['/beacon?for=%2Ft%2Fping']), ['/beacon?for=%2Ft%2Fping']);
    assert.deepEqual(await held(p), { workers: ['/sw.js'], databases: ['app-db', 'tracker-db'], caches: ['app-cache', 'tracker-v1'] });

    // The visitor withdraws analytics; reload-on-revoke reloads the page.
    const withdrawn = web.server.hits.length;
    const reloaded = p.waitForEvent('framenavigated');
    await p.evaluate(() => setTimeout(() => window.Consentry.set({ analytics: false, functional: true })));
    await reloaded;
    await p.waitForFunction(() => window.Consentry?.get().decided);
    assert.equal(await p.evaluate(() => navigator.serviceWorker.controller), null, 'the reloaded page is not served by the worker');
    await p.evaluate(() => fetch('/t/ping'));
    const want = { workers: [], databases: ['app-db'], caches: ['app-cache'] };
    assert.deepEqual(await eventually(() => held(p), want), want);
    assert.deepEqual(beacons(withdrawn), []);
    assert.equal(await p.evaluate(() => window.swReady ?? false), false, 'the tracker no longer runs');

    // A later visit: nothing comes back, nothing beacons.
    const later = web.server.hits.length;
    const again = await web.open('/app.html', { context });
    await again.p.evaluate(() => fetch('/t/ping'));
    assert.deepEqual(await eventually(() => held(again.p), want), want);
    assert.deepEqual(beacons(later), []);
    assert.deepEqual([...pageErrors, ...again.pageErrors], []);
    assert.deepEqual(again.errors, [
      '[consentry] categories.functional.services[0].serviceWorkers="javascript:alert(1)" is not an http(s) or relative URL; using "nothing"',
      '[consentry] categories.functional.services[0].indexedDB=42 is not a name or /regex/; using "nothing"',
      '[consentry] categories.functional.services[0].caches="/[/" is not a name or /regex/; using "nothing"',
    ]);
  } finally {
    await context.close();
  }
});

test('at a later page load while refused, a worker, database and cache found again are removed', async () => {
  const { p, context } = await web.open('/app.html');
  try {
    await p.evaluate(() => window.Consentry.rejectAll());
    // What a library that ran on another page (or in another tool's tab) left behind.
    await p.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js?v=4');
      await new Promise((ok) => (indexedDB.open('tracker-db').onsuccess = (e) => (e.target.result.close(), ok())));
      await caches.open('tracker-v2');
    });
    assert.deepEqual((await held(p)).workers, ['/sw.js']);
    await p.reload();
    await p.waitForFunction(() => window.Consentry);
    const want = { workers: [], databases: [], caches: [] };
    assert.deepEqual(await eventually(() => held(p), want), want);
    // From then on, no page of the site is served by it.
    const after = web.server.hits.length;
    const again = await web.open('/app.html', { context });
    await again.p.evaluate(() => fetch('/t/ping'));
    assert.equal(await again.p.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(beacons(after), []);
  } finally {
    await context.close();
  }
});
