// A decision that no message tells the page of (made on a sibling subdomain that shares the
// cookie, or while the page sat in the back/forward cache) is read back when the page becomes
// visible or is shown again: a withdrawal stops and cleans, a change fires consent-change (sync).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, eventually, page, testSite } from './helpers.mjs';

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: { analytics: { services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] } },
})}</script>`;

const PAGES = {
  '/a.html': page({ attrs: 'data-config="#cfg"', head: CONFIG, body: '<img data-consent="analytics" data-src="/t/pixel.gif" alt="">' }),
  '/b.html': page({ attrs: 'data-config="#cfg"', head: CONFIG }),
};

const web = testSite(PAGES);

/** The consent cookie of a decision made elsewhere (`decide` runs in a page of its own context). */
async function cookieOf(decide) {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  await p.goto(web.server.origin + '/b.html');
  await p.waitForFunction(() => window.Consentry);
  await p.evaluate(decide);
  const c = await cookieSettled(context);
  await context.close();
  return c;
}

const open = (context, path) =>
  web.open(path, {
    context,
    watch: (p) =>
      p.addInitScript(() => {
        window.changes = [];
        document.addEventListener('consent-change', (e) => window.changes.push({ source: e.detail.source, changed: e.detail.changed }));
      }),
  });

/** Replaces the browser's consent cookie from outside the page (no BroadcastChannel message). */
const plant = (context, c) => context.addCookies([{ name: c.name, value: c.value, domain: c.domain, path: c.path, expires: c.expires, sameSite: c.sameSite }]);

test('a refusal written to the cookie from outside is read when the page becomes visible: it stops, cleans and fires consent-change (sync)', async () => {
  const refused = await cookieOf(() => window.Consentry.rejectAll());
  const context = await web.browser.newContext();
  const { p, pageErrors } = await open(context, '/a.html');
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.evaluate(() => (document.cookie = '_ga=GA1.1.1; path=/'));
  await plant(context, refused);
  // Not seen until the page shows again.
  await p.waitForTimeout(200);
  assert.equal(await p.evaluate(() => window.Consentry.allowed('analytics')), true);
  await p.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  assert.equal(await p.evaluate(() => window.Consentry.allowed('analytics')), false);
  assert.deepEqual((await p.evaluate(() => window.changes)).at(-1), { source: 'sync', changed: ['analytics'] });
  assert.equal(await p.evaluate(() => document.cookie.includes('_ga=')), false);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a grant written to the cookie from outside is read when the page becomes visible, and gated markup then loads', async () => {
  const granted = await cookieOf(() => window.Consentry.acceptAll());
  const context = await web.browser.newContext();
  const { p, seen } = await open(context, '/a.html');
  await p.waitForTimeout(200);
  assert.deepEqual(seen, []);
  await plant(context, granted);
  await p.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  assert.deepEqual(await eventually(() => seen, ['pixel.gif']), ['pixel.gif']);
  assert.deepEqual(await p.evaluate(() => window.changes), [{ source: 'sync', changed: ['analytics'] }]);
  await context.close();
});

// Headless Chromium driven by Playwright does not restore these pages from the back/forward cache
// (measured: going back reloads, `pageshow` has `persisted: false`), so the restore is stood in
// for by the event a restored page receives.
test('back/forward cache: a page shown again with pageshow (persisted) takes the decision made meanwhile', async () => {
  const refused = await cookieOf(() => window.Consentry.rejectAll());
  const context = await web.browser.newContext();
  const { p } = await open(context, '/a.html');
  await p.evaluate(() => window.Consentry.acceptAll());
  await plant(context, refused);
  // A pageshow that is not a restore reads nothing.
  await p.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
  assert.equal(await p.evaluate(() => window.Consentry.allowed('analytics')), true);
  await p.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  assert.equal(await p.evaluate(() => window.Consentry.allowed('analytics')), false);
  assert.deepEqual((await p.evaluate(() => window.changes)).at(-1), { source: 'sync', changed: ['analytics'] });
  await context.close();
});
