// Withdrawal: the cookies and storage keys declared for a refused category or service are
// deleted on every domain and path variant, at once and again at every page load while refused.
// Runs on a multi-label host name mapped to 127.0.0.1, with a real analytics library (posthog-js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieNamesSettled, testSite, watchConsole } from './helpers.mjs';

const CONFIG = {
  categories: {
    analytics: {
      services: [
        {
          id: 'tracker',
          name: 'Tracker',
          cookies: [{ name: '_trk', path: '/other' }, { name: '/^_re_/' }],
          storage: ['trk_key', '/^re_/'],
        },
        { id: 'posthog', name: 'PostHog', cookies: [{ name: '/^ph_/' }, { name: '/^__ph/' }], storage: ['/^ph_/', '/^__ph/'] },
      ],
    },
    advertising: { services: [{ id: 'ads', name: 'Ads', cookies: [{ name: '_ad' }], storage: ['ad_key'] }] },
    // Declared, but under `necessary`: never deleted.
    necessary: { services: [{ id: 'session', name: 'Session', cookies: [{ name: 'sid' }], storage: ['cart'] }] },
  },
};

const html = (body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script src="/dist/consentry.js" data-config="#cfg"></script>
<script type="application/json" id="cfg">${JSON.stringify(CONFIG)}</script></head><body><main>${body}</main></body></html>`;

const POSTHOG = `
<script type="text/plain" data-consent="analytics/posthog" data-src="/node_modules/posthog-js/dist/array.js"></script>
<script type="text/plain" data-consent="analytics/posthog">
  posthog.init('phc_test', { api_host: location.origin, persistence: 'localStorage+cookie', cross_subdomain_cookie: true,
    autocapture: false, disable_session_recording: true, disable_surveys: true, capture_pageview: true });
  posthog.capture('hello');
</script>`;

const HOST = 'www.shop.consentry.test';
const web = testSite(
  { '/a/b/page.html': html(), '/posthog.html': html(POSTHOG), '/w;max-age=9999/page.html': html() },
  { args: ['--host-resolver-rules=MAP *.consentry.test 127.0.0.1'] },
);
/** The test site under a host name of its own (mapped to 127.0.0.1), so cookies can name a domain. */
const base = () => web.server.origin.replace('127.0.0.1', HOST);

const names = (cookies) => cookies.map((c) => `${c.name} ${c.domain} ${c.path}`).sort();

test('withdrawal tells a running library first, then deletes what it wrote while opting out (posthog-js)', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const { pageErrors } = watchConsole(p);
  await p.goto(base() + '/posthog.html');
  await p.waitForFunction(() => window.Consentry);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.posthog?.__loaded && Object.keys(sessionStorage).some((k) => k.startsWith('ph_')));
  // posthog-js also writes when its server's answers arrive, on its own schedule (the next page
  // load deletes those writes): this test is about what the opt-out call itself writes.
  await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/(flags|decide)\//.test(e.name)), null, { timeout: 10000 });
  await p.waitForLoadState('networkidle');
  await p.evaluate(() => window.Consentry.rejectAll());
  // posthog-js has been told (its opt-out call writes its session properties again) ...
  await p.waitForFunction(() => window.posthog.has_opted_out_capturing());
  await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  // ... and what it wrote is gone, without a reload; only its opt-out record stays, so that it
  // stays stopped while it runs in this page.
  const left = await p.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => /^(ph_|__ph)/.test(k)));
  assert.deepEqual(left, ['__ph_opt_in_out_phc_test']);
  assert.equal(await p.evaluate(() => window.posthog.has_opted_out_capturing()), true);
  // The next page load, where posthog-js no longer runs, deletes that record too.
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  await p.waitForLoadState('load');
  assert.deepEqual(await p.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => /^(ph_|__ph)/.test(k))), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('withdrawal deletes declared cookies on every domain and path variant, and declared storage; nothing else', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const { pageErrors } = watchConsole(p);
  await p.goto(base() + '/a/b/page.html');
  await p.waitForFunction(() => window.Consentry);
  await p.evaluate(() => window.Consentry.acceptAll());
  const variants = ['', ';domain=www.shop.consentry.test', ';domain=.shop.consentry.test', ';domain=consentry.test'];
  const paths = ['/', '/a', '/a/', '/a/b', '/a/b/'];
  await p.evaluate(
    ({ variants, paths }) => {
      for (const name of ['_trk', '_re_1', 'keep_me', '_ad', 'sid'])
        variants.forEach((d, i) => (document.cookie = `${name}=${i};path=${paths[i % paths.length]}${d}`));
      document.cookie = '_re_2=x;path=/a/b/page.html';
      for (const s of [localStorage, sessionStorage]) for (const k of ['trk_key', 're_1', 'keep', 'ad_key', 'cart']) s.setItem(k, '1');
    },
    { variants, paths },
  );
  // A cookie on a path this page cannot see, declared with that path.
  await context.addCookies([{ name: '_trk', value: 'x', domain: '.consentry.test', path: '/other' }]);
  const set = names(await context.cookies());
  assert.equal(set.filter((c) => /^_trk|^_re_/.test(c)).length, 10, set.join('\n'));

  const after = await p.evaluate(() => {
    window.Consentry.set({ analytics: false });
    return document.cookie;
  });
  assert.doesNotMatch(after, /_trk|_re_/);
  const tracking = (n) => /^_trk|^_re_/.test(n);
  assert.deepEqual(await cookieNamesSettled(context, [], { filter: tracking }), [], 'every variant is gone');
  const left = names(await context.cookies());
  assert.deepEqual(
    left.filter((c) => /^_trk|^_re_/.test(c)),
    [],
    'every variant is gone',
  );
  assert.equal(left.filter((c) => c.startsWith('keep_me ')).length, 4, 'undeclared cookies are untouched');
  assert.equal(left.filter((c) => c.startsWith('_ad ')).length, 4, 'cookies of a granted category are untouched');
  assert.equal(left.filter((c) => c.startsWith('sid ')).length, 4, 'cookies declared under necessary are untouched');
  assert.ok(
    left.some((c) => c.startsWith('consentry ')),
    'the consent cookie stays',
  );
  assert.deepEqual(
    await p.evaluate(() =>
      [localStorage, sessionStorage].map((s) =>
        Object.keys(s)
          .filter((k) => !k.startsWith('consentry'))
          .sort(),
      ),
    ),
    [
      ['ad_key', 'cart', 'keep'],
      ['ad_key', 'cart', 'keep'],
    ],
  );

  // A library that was running writes its cookie again as the page unloads: the next page load deletes it.
  await context.addCookies([{ name: '_re_3', value: 'x', domain: '.consentry.test', path: '/' }]);
  await p.evaluate(() => localStorage.setItem('re_9', '1'));
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  assert.deepEqual(await cookieNamesSettled(context, [], { filter: tracking }), []);
  assert.equal(await p.evaluate(() => localStorage.getItem('re_9')), null);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a withdrawal in another tab deletes what is declared there too', async () => {
  const context = await web.browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    await p.goto(base() + '/a/b/page.html');
    await p.waitForFunction(() => window.Consentry);
  }
  await a.evaluate(() => window.Consentry.acceptAll());
  await b.waitForFunction(() => window.Consentry.allowed('analytics'));
  await b.evaluate(() => {
    sessionStorage.setItem('re_tab', '1');
    window.sources = [];
    window.Consentry.on('change', (d) => window.sources.push(d.source));
  });
  await a.evaluate(() => window.Consentry.rejectAll());
  await b.waitForFunction(() => window.sources.includes('sync'));
  assert.equal(await b.evaluate(() => sessionStorage.getItem('re_tab')), null);
  await context.close();
});

test('posthog-js gated by Consentry: nothing before consent; after withdrawal its cookies and storage are gone, also after reload', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const { pageErrors } = watchConsole(p);
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(base() + '/posthog.html');
  await p.waitForFunction(() => window.Consentry);
  await p.waitForLoadState('load');
  await p.waitForTimeout(500);
  assert.deepEqual(
    requests.filter((r) => !/^\/(posthog\.html|dist\/consentry(\.[\w-]+)*\.js|favicon\.ico)$/.test(r)),
    [],
    'no request before consent',
  );
  assert.deepEqual(await context.cookies(), [], 'no cookie before consent');
  assert.deepEqual(await p.evaluate(() => [localStorage.length, sessionStorage.length, typeof window.posthog]), [0, 0, 'undefined']);

  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => window.posthog?.__loaded && document.cookie.includes('ph_phc_test_posthog'));
  // PostHog sends its events to our stand-in host (answered with 404s, which is fine here).
  await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/(e|i\/v0\/e|flags|decide)\//.test(e.name)), null, { timeout: 10000 });
  const phCookies = (await context.cookies()).filter((c) => c.name.startsWith('ph_'));
  assert.ok(
    phCookies.some((c) => c.domain === '.consentry.test'),
    'posthog sets its cookie on the parent domain: ' + names(phCookies),
  );
  assert.ok(await p.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('ph_'))));

  // Deleted at once (a library still running in this page may write again; the next load deletes that).
  const leftAtOnce = await p.evaluate(() => {
    window.Consentry.rejectAll();
    return [...Object.keys(localStorage), ...Object.keys(sessionStorage), document.cookie].filter((k) => /(^|; )(ph_|__ph)/.test(k));
  });
  assert.deepEqual(leftAtOnce, []);
  const posthogs = (n) => /^(ph_|__ph)/.test(n);
  assert.deepEqual(await cookieNamesSettled(context, [], { filter: posthogs }), []);

  requests.length = 0;
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  await p.waitForLoadState('load');
  await p.waitForTimeout(300);
  assert.deepEqual(await cookieNamesSettled(context, [], { filter: posthogs }), [], 'still gone after the next page load');
  assert.deepEqual(await p.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => /^(ph_|__ph)/.test(k))), []);
  assert.deepEqual(
    requests.filter((r) => !/^\/(posthog\.html|dist\/consentry(\.[\w-]+)*\.js|favicon\.ico)$/.test(r)),
    [],
    'nothing is sent after withdrawal',
  );
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a page path holding `;` cannot add cookie attributes to a deletion (it would re-create the cookie instead)', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const { pageErrors } = watchConsole(p);
  await p.goto(base() + '/w;max-age=9999/page.html');
  await p.waitForFunction(() => window.Consentry);
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.evaluate(() => (document.cookie = '_re_1=1; path=/'));
  await p.evaluate(() => window.Consentry.rejectAll());
  assert.deepEqual(await cookieNamesSettled(context, ['consentry']), ['consentry']);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
