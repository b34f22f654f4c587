// How gating behaves: order of gated scripts, elements added later, services, `!id`, bad input,
// `loadScript`, `reload-on-revoke`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite, watchConsole } from './helpers.mjs';

const js = (body) => ({ body, type: 'text/javascript' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: {
    analytics: {
      services: [
        { id: 'hotjar', name: 'Hotjar' },
        { id: 'matomo', name: 'Matomo' },
      ],
    },
    advertising: {},
  },
})}</script>`;

const PAGES = {
  '/order.html': page({
    body: `
<script>window.order = [];</script>
<script type="text/plain" data-consent="analytics" data-src="/t/gtag.js" async></script>
<script type="text/plain" data-consent="analytics">order.push(typeof gtag === 'function' ? 'config' : 'config-too-early');</script>
<script type="text/plain" data-consent="analytics" src="/t/missing.js"></script>
<script type="text/plain" data-consent="analytics">order.push('after-failure');</script>
<script type="text/plain" data-consent="analytics" data-src="http://[::1/bad"></script>
<script type="text/plain" data-consent="analytics" data-src="/t/fast.js"></script>
<script type="text/plain" data-consent="analytics" id="removed-in-turn">order.push('removed');</script>
<script type="text/plain" data-consent="analytics">order.push('last');</script>`,
  }),
  '/t/gtag.js': async () => (await sleep(300), js("window.gtag = function () {}; order.push('gtag.js');")),
  '/t/fast.js': js("order.push('fast');"),
  '/spa.html': page({ body: '<div id="app"></div>' }),
  '/bad.html': page({
    body: `
<img data-consent="nope" data-src="/t/nope-1.gif" alt="">
<img data-consent="nope" data-src="/t/nope-2.gif" alt="">
<img data-consent="analytics nope" data-src="/t/nope-3.gif" alt="">
<img data-consent="" data-src="/t/empty.gif" alt="">
<img data-consent="analytics/unknown-service" data-src="/t/unknown-service.gif" alt="">
<img data-consent="analytics" data-src="http://[::1" alt="">
<iframe data-consent="analytics" data-src="javascript:'x'" title="x"></iframe>
<img data-consent="analytics" data-srcset=", ,, 5q" alt="">
<img data-consent="analytics" data-src="/t/after-bad.gif" alt="">
<img data-consent="analytics" data-src="/t/removed.gif" alt="" id="removed">`,
  }),
  '/refused.html': page({
    body: `
<script type="text/plain" data-consent="!analytics">window.refusedRan = (window.refusedRan || 0) + 1;</script>
<script type="text/plain" data-consent="analytics">window.grantedRan = true;</script>`,
  }),
  '/services.html': page({
    attrs: 'data-config="#cfg"',
    head: CONFIG,
    body: `
<img data-consent="analytics/hotjar" data-src="/t/hotjar.gif" alt="">
<img data-consent="analytics/matomo" data-src="/t/matomo.gif" alt="">
<img data-consent="analytics advertising" data-src="/t/both.gif" alt="">`,
  }),
  '/load.html': page(),
  '/t/loaded.js': js('window.loadedCount = (window.loadedCount || 0) + 1; window.loadedBy = document.currentScript.dataset.by;'),
  '/reload.html': page({ attrs: 'data-reload-on-revoke' }),
  // The network splits the page inside a gated inline script's text, and the rest comes later.
  '/split.html': {
    chunks: page({
      body: `<script type="text/plain" data-consent="analytics">window.early = performance.now();</script>
<script type="text/plain" data-consent="analytics">window.whole = 'first half, SPLIT second half';</script>
<script>window.secondAt = performance.now();</script>`,
    }).split('SPLIT'),
    // Long enough for the gating chunk to load on a busy machine: the test is about order, not speed.
    gap: 2000,
  },
  '/module.html': `<!doctype html><html lang="en"><head><title>t</title>
<script type="module">import { loadScript } from '/dist/consentry.mjs'; window.esmLoadScript = loadScript;</script></head>
<body><consent-banner categories="analytics"></consent-banner><main>
<img data-consent="analytics" data-src="/t/esm.gif" alt="">
<script type="text/plain" data-consent="analytics">window.esmRan = true;</script></main></body></html>`,
};

const web = testSite(PAGES);

/** Paths under /t/ requested by the page, at the network level. */
function watchNetwork(p) {
  const seen = [];
  p.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/t/')) seen.push(path.slice(3));
  });
  return seen;
}

const open = (path) => web.open(path, { watch: (p) => ({ seen: watchNetwork(p) }) });

test('gated scripts run in document order; each external one has loaded or failed before the next runs', async () => {
  const { context, p, pageErrors } = await open('/order.html');
  await p.waitForLoadState('load');
  assert.deepEqual(await p.evaluate(() => window.order), []);
  await p.evaluate(() => {
    window.Consentry.acceptAll();
    // Removed while an earlier script is still loading: skipped when its turn comes.
    document.getElementById('removed-in-turn').remove();
  });
  await p.waitForFunction(() => window.order.includes('last'));
  assert.deepEqual(await p.evaluate(() => window.order), ['gtag.js', 'config', 'after-failure', 'fast', 'last']);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('an inline gated script whose text arrives in two pieces runs once it is whole, not the first piece', async () => {
  const { context, p } = await open('/load.html');
  await p.evaluate(() => window.Consentry.acceptAll());
  const again = await context.newPage();
  const { pageErrors } = watchConsole(again);
  await again.goto(web.server.origin + '/split.html');
  assert.equal(await eventually(() => again.evaluate(() => window.whole), 'first half,  second half'), 'first half,  second half');
  const { early, secondAt } = await again.evaluate(() => ({ early: window.early, secondAt: window.secondAt }));
  // Gating ran while the page was still arriving: the script before the split ran in the pause.
  assert.ok(early < secondAt, `the first gated script ran at ${early} ms, the rest of the page arrived at ${secondAt} ms`);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('elements added later are gated the same way, and nothing is activated twice', async () => {
  const { context, p, seen } = await open('/spa.html');
  await p.evaluate(() => {
    const app = document.getElementById('app');
    app.innerHTML = `<section><img data-consent="analytics" data-src="/t/spa-1.gif" alt=""></section>`;
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.textContent = 'window.spaRuns = (window.spaRuns || 0) + 1;';
    app.append(s);
    // Moved before activation: still activated once.
    document.body.append(s);
  });
  await p.waitForTimeout(200);
  assert.deepEqual(seen, []);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.spaRuns === 1);
  await p.evaluate(() => {
    document.getElementById('app').insertAdjacentHTML('beforeend', '<img data-consent="analytics" data-src="/t/spa-2.gif" alt="">');
    // Moving an activated element and deciding again activates nothing again.
    const img = document.querySelector('img');
    document.body.append(img);
    window.Consentry.set({ analytics: true });
  });
  await p.waitForTimeout(200);
  assert.deepEqual(await eventually(() => [...seen].sort(), ['spa-1.gif', 'spa-2.gif']), ['spa-1.gif', 'spa-2.gif']);
  assert.equal(await p.evaluate(() => window.spaRuns), 1);
  await context.close();
});

test('bad input: unknown ids stay blocked and are reported once; malformed data-src does not throw; removed elements are skipped', async () => {
  const { context, p, seen, errors, pageErrors } = await open('/bad.html');
  await p.waitForLoadState('load');
  await p.evaluate(() => document.getElementById('removed').remove());
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForTimeout(300);
  await p.evaluate(() => window.Consentry.set({ analytics: true }));
  await p.waitForTimeout(100);
  assert.ok(seen.includes('after-bad.gif'), 'elements after malformed ones are activated');
  for (const blocked of ['nope-1.gif', 'nope-2.gif', 'nope-3.gif', 'empty.gif', 'unknown-service.gif', 'removed.gif'])
    assert.ok(!seen.includes(blocked), blocked + ' stays blocked');
  const reports = errors.filter((e) => e.startsWith('[consentry]'));
  assert.equal(reports.filter((e) => e.includes('"nope"')).length, 1, 'reported once: ' + reports);
  assert.equal(reports.filter((e) => e.includes('"analytics/unknown-service"')).length, 1, String(reports));
  assert.equal(reports.filter((e) => e.includes('""')).length, 1, String(reports));
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('"!id" runs once the category is refused, not before a decision and not when granted', async () => {
  const { context, p } = await open('/refused.html');
  await p.waitForLoadState('load');
  assert.deepEqual(await p.evaluate(() => [window.refusedRan, window.grantedRan]), [undefined, undefined]);
  await p.evaluate(() => window.Consentry.rejectAll());
  await p.waitForFunction(() => window.refusedRan === 1);
  await p.evaluate(() => window.Consentry.rejectAll());
  await p.waitForTimeout(100);
  assert.deepEqual(await p.evaluate(() => [window.refusedRan, window.grantedRan]), [1, undefined]);
  // The next page: granted, so only the granted script runs.
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.reload();
  await p.waitForFunction(() => window.grantedRan);
  assert.equal(await p.evaluate(() => window.refusedRan), undefined);
  await context.close();
});

test('"category/service" gates on one service; several ids must all be granted', async () => {
  const { context, p, seen } = await open('/services.html');
  await p.waitForLoadState('load');
  await p.evaluate(() => window.Consentry.set({ hotjar: true, matomo: false }));
  await p.waitForTimeout(200);
  assert.deepEqual(await eventually(() => seen, ['hotjar.gif']), ['hotjar.gif']);
  assert.deepEqual(await p.evaluate(() => window.Consentry.get().services), { hotjar: true, matomo: false });
  await p.evaluate(() => window.Consentry.set({ matomo: true, advertising: true }));
  await p.waitForTimeout(200);
  assert.deepEqual(await eventually(() => [...seen].sort(), ['both.gif', 'hotjar.gif', 'matomo.gif']), ['both.gif', 'hotjar.gif', 'matomo.gif']);
  await context.close();
});

test('loadScript() waits for the category and resolves once the script has loaded', async () => {
  const { context, p, seen, errors } = await open('/load.html');
  await p.evaluate(() => {
    window.settled = [];
    window.Consentry.loadScript('/t/loaded.js', { category: 'analytics', attributes: { 'data-by': 'loadScript', crossorigin: 'anonymous' } }).then(() =>
      window.settled.push('loaded:' + window.loadedCount + ':' + window.loadedBy),
    );
    // Asked for twice: loaded once.
    window.Consentry.loadScript('/t/loaded.js', { category: 'analytics' }).then(() => window.settled.push('twice:' + window.loadedCount));
    window.Consentry.loadScript('/t/never.js', { category: 'nope' }).then(() => window.settled.push('never'));
    window.Consentry.loadScript('/t/missing.js', { category: 'analytics' }).catch((e) => window.settled.push('failed:' + (e instanceof Error)));
  });
  await p.waitForTimeout(200);
  assert.deepEqual(seen, []);
  assert.deepEqual(await p.evaluate(() => window.settled), []);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.settled.length === 3);
  assert.deepEqual((await p.evaluate(() => window.settled)).sort(), ['failed:true', 'loaded:1:loadScript', 'twice:1']);
  assert.equal(await p.evaluate(() => document.querySelector('script[src="/t/loaded.js"]').crossOrigin), 'anonymous');
  assert.ok(!seen.includes('never.js'));
  assert.equal(errors.filter((e) => e.startsWith('[consentry]') && e.includes('"nope"')).length, 1);
  // Once granted, it loads at once.
  await p.evaluate(() => window.Consentry.loadScript('/t/loaded.js?2', { category: 'analytics' }).then(() => window.settled.push('again')));
  await p.waitForFunction(() => window.settled.includes('again'));
  await context.close();
});

test('reload-on-revoke reloads the page after a withdrawal, not after a grant', async () => {
  const { context, p } = await open('/reload.html');
  await p.evaluate(() => (window.marker = 1));
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForTimeout(200);
  assert.equal(await p.evaluate(() => window.marker), 1, 'a grant does not reload');
  await Promise.all([p.waitForEvent('load'), p.evaluate(() => window.Consentry.rejectAll())]);
  await p.waitForFunction(() => window.Consentry);
  assert.equal(await p.evaluate(() => window.marker), undefined, 'the page was reloaded');
  assert.equal(await p.evaluate(() => window.Consentry.get().categories.analytics), false);
  await context.close();
});

test('the ES module entry gates the same way once a <consent-banner> starts it', async () => {
  const { context, p, seen, pageErrors } = await open('/module.html');
  await p.waitForFunction(() => window.esmLoadScript);
  await p.waitForLoadState('load');
  await p.waitForTimeout(200);
  assert.deepEqual(seen, []);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.esmRan);
  assert.deepEqual(seen, ['esm.gif']);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
