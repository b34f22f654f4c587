// Consentry.audit() and the `debug` console report (docs/audit.md) on a page that gets
// things wrong: an undeclared cookie, a refused category's cookie written again, an ungated
// tracking pixel, and a third-party image loaded before consent. Third-party URLs are answered by
// the browser context (this machine has no internet).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testSite } from './helpers.mjs';

const GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');

const CONFIG = {
  categories: {
    analytics: { services: [{ id: 'stats', name: 'Stats', cookies: [{ name: '_st' }] }] },
    advertising: { services: [{ id: 'ads', name: 'Ads', cookies: ['_ad'] }] },
  },
};

const GA_UNGATED = 'https://www.google-analytics.com/collect?x';
const GA_GATED = 'https://www.google-analytics.com/collect?gated';
const EARLY = 'https://cdn.thirdparty.test/early.gif';
const LATE = 'https://cdn.thirdparty.test/late.gif';
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST';
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';
const ON_CHANGE = 'https://cdn.thirdparty.test/on-change.js';

/** The shop page; `attrs` go on the drop-in's script tag. */
const shop = (attrs = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script type="application/json" id="cfg">${JSON.stringify(CONFIG)}</script>
<script src="/dist/consentry.js" data-config="#cfg" ${attrs}></script>
<script>
  window.first = Consentry.audit();
  document.cookie = 'stray=1; path=/';
  // The page's own code loads a script as soon as analytics is granted.
  document.addEventListener('consent-change', (e) => {
    if (!e.detail.categories.analytics || window.loaded) return;
    window.loaded = document.head.appendChild(Object.assign(document.createElement('script'), { src: '${ON_CHANGE}' }));
  });
</script>
</head><body><main><h1>Shop</h1>
<img src="${GA_UNGATED}" width="1" height="1" alt="">
<img data-consent="analytics" data-src="${GA_GATED}" width="1" height="1" alt="">
<img src="${EARLY}" width="1" height="1" alt="">
<script type="text/plain" data-consent="analytics" data-src="${GTAG}"></script>
<script type="text/plain" data-consent="analytics">
  // Like the Meta Pixel snippet: a consented script that adds a tracker's script itself.
  const s = document.createElement('script'); s.src = '${PIXEL}'; document.head.append(s);
</script>
</main></body></html>`;

const web = testSite({
  '/shop': shop(),
  '/debug': shop('data-debug="true"'),
  '/esm': `<!doctype html><html lang="en"><head><title>ESM</title></head><body><main><h1>ESM</h1></main>
    <script type="module">
      const m = await import('/dist/consentry.mjs');
      window.esm = { type: typeof m.audit, same: m.audit === window.Consentry.audit };
    </script></body></html>`,
});

/** A page of a fresh context in which every https URL is answered (a GIF or an empty script). */
async function open(path) {
  const context = await web.browser.newContext();
  const requested = [];
  await context.route(/^https:\/\//, (route) => {
    const url = route.request().url();
    requested.push(url);
    const js = /\.js\b|\/gtag\//.test(url);
    return route.fulfill({ status: 200, contentType: js ? 'text/javascript' : 'image/gif', body: js ? '/* third party */' : GIF });
  });
  const messages = [];
  // The report itself is the message's second argument, to expand in the console.
  const watch = (p) =>
    void p.on(
      'console',
      (m) => m.text().startsWith('[consentry] audit') && messages.push({ type: m.type(), text: m.text(), report: m.args()[1]?.jsonValue() }),
    );
  return { ...(await web.open(path, { context, watch, ready: false })), requested, messages };
}

/** Resolves once the page has fetched every URL in `urls` (as its resource timing shows). */
const fetched = (p, urls) => p.waitForFunction((urls) => urls.every((u) => performance.getEntriesByType('resource').some((e) => e.name === u)), urls);

/** Resolves after the page has run the tasks already queued (such as a pending debug report). */
const flush = (p) => p.evaluate(() => new Promise((ok) => setTimeout(() => setTimeout(ok))));

describe('Consentry.audit()', () => {
  it('is incomplete while gating loads, then reports what the page gets wrong before and after consent', async () => {
    const { p, context, requested, log } = await open('/shop');
    // An incomplete report never claims the page is fine.
    assert.deepEqual(await p.evaluate(() => window.first), {
      complete: false,
      ok: false,
      undeclaredCookies: [],
      refusedCookies: [],
      earlyResources: [],
      ungatedTrackers: [],
      liveGated: [],
    });
    await p.waitForFunction(() => Consentry.audit().complete);
    await fetched(p, [GA_UNGATED, EARLY]);

    const before = await p.evaluate(() => Consentry.audit());
    assert.equal(before.ok, false);
    assert.deepEqual(before.undeclaredCookies, ['stray']);
    assert.deepEqual(before.refusedCookies, []);
    assert.deepEqual(
      before.earlyResources.sort((a, b) => a.url.localeCompare(b.url)),
      [
        { url: EARLY, host: 'cdn.thirdparty.test', type: 'img' },
        { url: GA_UNGATED, host: 'www.google-analytics.com', type: 'img' },
      ],
    );
    assert.deepEqual(before.ungatedTrackers, [{ tag: 'img', url: GA_UNGATED, host: 'www.google-analytics.com' }]);
    assert.ok(!requested.includes(GA_GATED), 'the gated pixel waits for consent');

    // The visitor grants analytics (advertising stays refused); the page then loads another
    // third-party image, and a library writes advertising's cookie again.
    await p.evaluate(() => Consentry.set({ analytics: true }));
    await p.evaluate((src) => {
      const img = new Image();
      img.src = src;
      document.body.append(img);
    }, LATE);
    await fetched(p, [LATE, GA_GATED, GTAG, PIXEL, ON_CHANGE]);
    await p.evaluate(() => ((document.cookie = '_st=1; path=/'), (document.cookie = '_ad=1; path=/')));

    const now = await p.evaluate(() => Consentry.audit());
    assert.equal(now.complete, true);
    assert.deepEqual(now.undeclaredCookies, ['stray'], 'the consent cookie and the granted _st are not listed');
    assert.deepEqual(now.refusedCookies, [{ name: '_ad', category: 'advertising', service: 'ads' }]);
    assert.deepEqual(now.earlyResources.map((e) => e.url).sort(), [EARLY, GA_UNGATED], 'what loads after consent is not early');
    assert.deepEqual(
      now.ungatedTrackers.map((t) => t.url),
      [GA_UNGATED],
      'the gated pixel, the gated gtag.js once run, and what a consented script adds are not ungated',
    );
    assert.deepEqual(await p.evaluate(() => Consentry.audit()), now, 'a fresh snapshot each call');

    // Once the site fixes it, nothing is left to report.
    await p.evaluate(() => {
      document.cookie = 'stray=; max-age=0; path=/';
      document.querySelector('img[src*="collect?x"]').remove();
      performance.clearResourceTimings();
      Consentry.set({ advertising: false });
    });
    assert.deepEqual(await p.evaluate(() => Consentry.audit()), {
      complete: true,
      ok: true,
      undeclaredCookies: [],
      refusedCookies: [],
      earlyResources: [],
      ungatedTrackers: [],
      liveGated: [],
    });
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('is on window.Consentry and a named export of consentry.mjs', async () => {
    const { p, context } = await open('/esm');
    await p.waitForFunction(() => window.esm);
    assert.deepEqual(await p.evaluate(() => window.esm), { type: 'function', same: true });
    // The module starts nothing by itself; audit() starts it, and is complete once gating loaded.
    await p.waitForFunction(() => Consentry.audit().complete);
    assert.equal(await p.evaluate(() => Consentry.audit().ok), true);
    await context.close();
  });
});

describe('debug', () => {
  it('logs the report after load and after consent changes, once per distinct report', async () => {
    const { p, context, messages } = await open('/debug');
    await p.waitForFunction(() => Consentry.audit().complete);
    await fetched(p, [GA_UNGATED, EARLY]);
    await flush(p);
    const waitFor = async (n) => {
      for (let i = 0; i < 100 && messages.length < n; i++) await flush(p);
      return messages;
    };
    await waitFor(1);
    assert.equal(messages.length, 1);
    assert.equal(messages[0].type, 'warning');
    assert.match(messages[0].text, /^\[consentry\] audit: 4 problems\b/);
    const first = await messages[0].report;
    assert.deepEqual(first, await p.evaluate(() => Consentry.audit()), 'the report as audit() returns it');
    assert.deepEqual(first.undeclaredCookies, ['stray']);
    assert.equal(first.earlyResources.length, 2);
    assert.ok(first.earlyResources.some((e) => e.type === 'img' && e.url === 'https://cdn.thirdparty.test/early.gif'));
    assert.deepEqual(
      first.ungatedTrackers.map((t) => [t.tag, t.url]),
      [['img', 'https://www.google-analytics.com/collect?x']],
    );

    // A change that leaves the report as it was logs nothing new; one that changes it does.
    await p.evaluate(() => Consentry.rejectAll());
    await flush(p);
    await p.evaluate(() => {
      document.cookie = 'stray=; max-age=0; path=/';
      Consentry.rejectAll();
    });
    await waitFor(2);
    assert.equal(messages.length, 2);
    assert.match(messages[1].text, /^\[consentry\] audit: 3 problems\b/);
    assert.deepEqual((await messages[1].report).undeclaredCookies, []);

    await p.evaluate(() => {
      document.querySelector('img[src*="collect?x"]').remove();
      performance.clearResourceTimings();
      Consentry.acceptAll();
    });
    await waitFor(3);
    assert.deepEqual([messages[2].type, messages[2].text], ['info', '[consentry] audit: no problems found']);
    await context.close();
  });

  it('without debug, logs nothing', async () => {
    const { p, context, messages } = await open('/shop');
    await p.waitForFunction(() => Consentry.audit().complete);
    await fetched(p, [GA_UNGATED, EARLY]);
    await p.evaluate(() => Consentry.acceptAll());
    await flush(p);
    await flush(p);
    assert.equal(await p.evaluate(() => Consentry.audit().ok), false, 'there would be something to log');
    assert.deepEqual(messages, []);
    await context.close();
  });
});
