// Untrusted markup cannot steer Consentry: pages written as an attacker would write them, with
// what a visitor's comment or profile can carry once a sanitiser has let it through (named
// elements, `data-*` attributes, ids), placed before or around the site's own markup.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

/** A visitor's comment: elements that shadow `document.currentScript` and `window.Consentry`. */
const CLOBBER = `<img name="currentScript" src="/evil/pixel.gif" data-mode="notice" data-categories="analytics" data-config="#evil" alt="">
<form name="Consentry"><input name="get"></form><embed name="currentScript" src="/evil/embed.js">`;
/** Gated analytics of the site: must not run before the visitor agrees. */
const GATED = `<script type="text/plain" data-consent="analytics">window.ranAnalytics = true;</script>`;

const withCommentFirst = (attrs) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head>
<body><main><h1>Comments</h1>${CLOBBER}
<script src="/dist/consentry.js" ${attrs}></script>${GATED}</main></body></html>`;

const web = testSite({
  '/plain.html': withCommentFirst(''),
  '/defer.html': withCommentFirst('defer'),
  '/async.html': withCommentFirst('async'),
  '/esm.html': `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title></head>
<body><main><h1>Comments</h1>${CLOBBER}${GATED}<consent-banner categories="analytics"></consent-banner>
<script type="module" src="/dist/consentry.mjs"></script></main></body></html>`,
  '/evil/pixel.gif': { body: '', type: 'image/gif' },
  '/urls.html': page({
    attrs: 'data-categories="analytics"',
    body: `
<a id="js-link" data-consent="analytics" data-href="javascript:window.pwned='link'">comment link</a>
<a id="js-link-tab" data-consent="analytics" data-href="java&#9;script:window.pwned='tab'">comment link</a>
<a id="vb-link" data-consent="analytics" data-href="vbscript:msgbox(1)">vb link</a>
<iframe id="js-frame" data-consent="analytics" data-src="javascript:parent.pwned='iframe'" title="a"></iframe>
<iframe id="srcdoc" data-consent="analytics" data-srcdoc="&lt;script&gt;parent.pwned='srcdoc'&lt;/script&gt;" title="b"></iframe>
<img id="data-img" data-consent="analytics" data-src="data:image/svg+xml,&lt;svg/&gt;" alt="">
<img id="srcset" data-consent="analytics" data-srcset="/t/one.gif 1x, javascript:alert(1) 2x" alt="">
<script type="text/plain" data-consent="analytics" data-src="data:text/javascript,window.pwned='script'"></script>
<a id="refused-link" consent-own data-consent="!analytics" data-href="javascript:window.pwned='refused'">refused link</a>
<a id="ok-link" data-consent="analytics" data-href="/t/page.html">fine link</a>
<img id="ok-img" data-consent="analytics" data-src="/t/ok.gif" data-srcset="/t/ok.gif 1x, //127.0.0.1/t/ok2.gif 2x" alt="">
<script type="text/plain" data-consent="analytics" data-src="/t/ok.js"></script>`,
  }),
  '/t/ok.js': { body: 'window.okScript = true;', type: 'text/javascript' },
  '/t/proto.js': { body: 'window.protoScript = true;', type: 'text/javascript' },
  '/t/ok.gif': { body: '', type: 'image/gif' },
  '/config-first.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script src="/dist/consentry.js" data-config="#site-config"></script></head><body><main><h1>Comments</h1>
<p id="site-config">{"mode":"notice","categories":{"analytics":{}}}</p>
<div id="site-config">{"mode":"opt-out"}</div>
${GATED}
<script type="application/json" id="site-config">{"mode":"opt-in","categories":{"analytics":{},"advertising":{}}}</script>
</main></body></html>`,
  '/config-only-markup.html': page({
    attrs: 'data-config="#site-config" data-categories="analytics"',
    body: `<textarea id="site-config">{"mode":"notice"}</textarea>${GATED}`,
  }),
  '/ids.html': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">${JSON.stringify({
      categories: { analytics: { services: [{ id: 'matomo', name: 'Matomo' }, { id: 'constructor', name: 'Bad' }, 'toString'] }, constructor: {} },
    })}</script>`,
  }),
});

async function open(path) {
  const requests = [];
  const opened = await web.open(path, { ready: false, watch: (p) => void p.on('request', (r) => requests.push(new URL(r.url()).pathname)) });
  await opened.p.waitForFunction(() => typeof window.Consentry?.get === 'function');
  return { ...opened, requests };
}

describe('elements named currentScript and Consentry before the drop-in', () => {
  for (const [name, path] of [
    ['a plain drop-in', '/plain.html'],
    ['a deferred drop-in', '/defer.html'],
    ['an async drop-in', '/async.html'],
    ['the ES module', '/esm.html'],
  ]) {
    it(`${name}: chunks load from its own folder, the fake element's options are ignored, gating holds`, async () => {
      const { p, context, log, requests } = await open(path);
      // The German UI file and the gating chunk come from /dist/, never from the attacker's folder
      // (the ES module imports them as modules of its own build, dist/esm/).
      const wanted =
        path === '/esm.html'
          ? [/^\/dist\/esm\/de-[\w-]+\.mjs$/, /^\/dist\/esm\/extras-[\w-]+\.mjs$/]
          : [/^\/dist\/consentry\.lang\.de\.js$/, /^\/dist\/consentry\.extras\.js$/];
      const loaded = () => wanted.map((w) => requests.some((r) => w.test(r)));
      // Gating loads once it has work (decision 27): here, for the audit asked for below.
      await p.waitForFunction(() => window.Consentry.audit().complete);
      assert.deepEqual(await eventually(loaded, [true, true]), [true, true]);
      assert.deepEqual(
        requests.filter((r) => r.startsWith('/evil/') && r !== '/evil/pixel.gif' && r !== '/evil/embed.js'),
        [],
      );
      const state = await p.evaluate(() => ({
        mode: Consentry.get().mode,
        decided: Consentry.get().decided,
        ran: window.ranAnalytics ?? false,
        banner: !!document.querySelector('consent-banner'),
        language: Consentry.language,
      }));
      assert.deepEqual(state, { mode: 'opt-in', decided: false, ran: false, banner: true, language: 'de' });
      // The SDK is in charge, not disabled by the element called `Consentry`.
      await p.evaluate(() => Consentry.acceptAll());
      assert.equal(await eventually(() => p.evaluate(() => window.ranAnalytics ?? false), true), true);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });
  }
});

describe('gated URLs', () => {
  it('javascript:, data:, vbscript: and data-srcdoc are refused and reported, before and after consent', async () => {
    const { p, context, log, requests } = await open('/urls.html');
    await p.waitForFunction(() => window.Consentry.audit().complete);
    // Refusing activates `!analytics` markup: its javascript: link stays dead.
    await p.evaluate(() => Consentry.rejectAll());
    await eventually(() => log.errors.some((e) => e.includes('data-href="javascript:window.pwned=\'refused\'"')), true);
    assert.equal(await p.getAttribute('#refused-link', 'href'), null);
    await p.evaluate(() => Consentry.acceptAll());
    assert.equal(await eventually(() => p.evaluate(() => window.okScript ?? false), true), true);
    const attrs = await p.evaluate(() =>
      Object.fromEntries(
        ['js-link', 'js-link-tab', 'vb-link', 'js-frame', 'srcdoc', 'data-img', 'srcset', 'refused-link', 'ok-link', 'ok-img'].map((id) => {
          const el = document.getElementById(id);
          return [id, ['href', 'src', 'srcset', 'srcdoc'].filter((a) => el.hasAttribute(a)).join(' ')];
        }),
      ),
    );
    assert.deepEqual(attrs, {
      'js-link': '',
      'js-link-tab': '',
      'vb-link': '',
      'js-frame': '',
      srcdoc: '',
      'data-img': '',
      srcset: '',
      'refused-link': '',
      'ok-link': 'href',
      'ok-img': 'src srcset',
    });
    await p.click('#js-link', { force: true });
    await p.click('#js-link-tab', { force: true });
    assert.equal(await p.evaluate(() => window.pwned ?? null), null);
    for (const bad of [
      'data-href="javascript:window.pwned=\'link\'"',
      'data-href="vbscript:msgbox(1)"',
      'data-src="javascript:parent.pwned=\'iframe\'"',
      'data-src="data:image/svg+xml',
      'data-srcset="/t/one.gif 1x, javascript:alert(1) 2x"',
      'data-src="data:text/javascript,window.pwned=\'script\'"',
      'data-srcdoc is not supported',
    ])
      assert.ok(
        log.errors.some((e) => e.startsWith('[consentry]') && e.includes(bad)),
        bad + ' reported',
      );
    assert.ok(!requests.includes('/t/one.gif'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('loadScript refuses a javascript: or data: URL at once, before any consent, and after it', async () => {
    const { p, context, log } = await open('/urls.html');
    const before = await p.evaluate(() =>
      Promise.all(
        ["javascript:window.pwned='ls'", "data:text/javascript,window.pwned='ls'", " JAVASCRIPT:window.pwned='ls'"].map((src) =>
          Consentry.loadScript(src, { category: 'analytics' }).then(
            () => 'loaded',
            (e) => e.message,
          ),
        ),
      ),
    );
    assert.ok(
      before.every((m) => m.startsWith('[consentry] not loaded')),
      before.join(),
    );
    await p.evaluate(() => Consentry.acceptAll());
    const afterConsent = await p.evaluate(() =>
      Consentry.loadScript('data:text/javascript,window.pwned=1', { category: 'analytics' }).then(
        () => 'loaded',
        (e) => e.message,
      ),
    );
    assert.match(afterConsent, /not loaded/);
    assert.equal(await p.evaluate(() => window.pwned ?? null), null);
    assert.ok(log.errors.some((e) => e.includes('data-src="data:text/javascript') && e.includes('not an http(s) or relative URL')));
    await context.close();
  });
});

describe('the config selector', () => {
  it('only a <script type="application/json"> configures; other matching elements placed before it are ignored and reported', async () => {
    const { p, context, log } = await open('/config-first.html');
    await p.waitForFunction(() => document.readyState === 'complete' && window.Consentry.audit().complete);
    const state = await p.evaluate(() => ({
      mode: Consentry.get().mode,
      categories: Object.keys(Consentry.get().categories),
      ran: window.ranAnalytics ?? false,
    }));
    assert.deepEqual(state, { mode: 'opt-in', categories: ['necessary', 'analytics', 'advertising'], ran: false });
    assert.ok(log.errors.some((e) => e === '[consentry] config="#site-config" matches a <p>, not a JSON <script>; ignored'));
    assert.ok(log.errors.some((e) => e.includes('matches a <div>')));
    await context.close();
  });

  it('a selector that matches only other elements configures nothing from them', async () => {
    const { p, context, log } = await open('/config-only-markup.html');
    await p.waitForFunction(() => window.Consentry.audit().complete);
    assert.deepEqual(await p.evaluate(() => ({ mode: Consentry.get().mode, ran: window.ranAnalytics ?? false })), { mode: 'opt-in', ran: false });
    assert.ok(log.errors.some((e) => e.includes('matches a <textarea>')));
    assert.ok(log.errors.some((e) => e.includes('config="#site-config" is not a JSON configuration')));
    await context.close();
  });
});

describe('inherited names are not ids', () => {
  const NAMES = [
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    'analytics/constructor',
    'analytics/toString',
    'analytics/__proto__',
    'necessary/constructor',
    'necessary/hasOwnProperty',
  ];

  it('allowed() is false for every inherited name, before and after accepting everything', async () => {
    const { p, context, log } = await open('/ids.html');
    const check = () => p.evaluate((names) => names.filter((n) => Consentry.allowed(n)), NAMES);
    assert.deepEqual(await check(), []);
    await p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await check(), []);
    assert.equal(await p.evaluate(() => Consentry.allowed('analytics/matomo')), true);
    // Configured as ids, inherited names are reported and dropped.
    assert.ok(log.errors.includes('[consentry] categories="constructor" is not a category id; using "nothing"'));
    assert.ok(log.errors.some((e) => e.includes('categories.analytics.services[1]')));
    assert.ok(log.errors.some((e) => e.includes('categories.analytics.services[2]')));
    const snap = await p.evaluate(() => Consentry.get());
    assert.deepEqual(Object.keys(snap.categories), ['necessary', 'analytics']);
    assert.deepEqual(Object.keys(snap.services), ['matomo']);
    assert.equal(await p.evaluate(() => document.documentElement.hasAttribute('data-consent-constructor')), false);
    await context.close();
  });

  it('whenAllowed() of an inherited name never resolves; loadScript() for one never loads', async () => {
    const { p, context, requests } = await open('/ids.html');
    await p.evaluate(() => {
      window.resolved = [];
      for (const n of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'analytics/constructor'])
        Consentry.whenAllowed(n).then(() => window.resolved.push(n));
      Consentry.whenAllowed('analytics').then(() => window.resolved.push('analytics'));
      Consentry.loadScript('/t/proto.js', { category: 'constructor' }).then(() => window.resolved.push('script'));
      Consentry.loadScript('/t/proto.js?2', { category: 'analytics/toString' }).then(() => window.resolved.push('script2'));
    });
    await p.evaluate(() => Consentry.acceptAll());
    // `analytics` resolves; the others, had they resolved, would have done so in the same turn.
    assert.deepEqual(await eventually(() => p.evaluate(() => window.resolved), ['analytics']), ['analytics']);
    await p.evaluate(() => Consentry.set({ analytics: true }));
    await p.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
    assert.deepEqual(await p.evaluate(() => window.resolved), ['analytics']);
    assert.deepEqual(
      requests.filter((r) => r.startsWith('/t/proto')),
      [],
    );
    assert.equal(await p.evaluate(() => window.protoScript ?? false), false);
    await context.close();
  });

  it('set() with inherited names, or with choices inherited from a prototype, grants nothing', async () => {
    const { p, context, log } = await open('/ids.html');
    const snap = await p.evaluate(() => {
      Consentry.set(JSON.parse('{"__proto__": true, "constructor": true, "toString": true, "hasOwnProperty": true}'));
      Consentry.set(Object.create({ analytics: true, matomo: true }));
      return Consentry.get();
    });
    assert.deepEqual(snap.categories, { necessary: true, analytics: false });
    assert.deepEqual(snap.services, { matomo: false });
    for (const n of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      assert.ok(log.errors.includes(`[consentry] set(): unknown category or service "${n}"; ignored`), n);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
});
