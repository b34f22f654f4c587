// The banner rendered on the server (`renderBanner` of `consentry/server`, decision 0032): the
// same markup the drop-in draws, in the visitor's language, or nothing for a visitor who has
// decided; the drop-in adopts it without drawing it again and corrects stale markup without a
// layout shift; bad input gives the banner for "no decision" and never throws.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hideSnippet, readConsent, renderBanner } from 'consentry/server';
import { inBanner, ROOT, testSite } from './helpers.mjs';
import { sample, tamperedRecords, text } from '../shared/records.mjs';
import { renderPage } from '../../docs/examples/ssr/node-server.mjs';
import { addBanner } from '../../docs/examples/ssr/build-static.mjs';

const pages = {};
const web = testSite(pages);

/** Runs `fn` with console.error captured; returns [result, messages]. */
function errorsOf(fn) {
  const seen = [];
  const original = console.error;
  console.error = (...args) => seen.push(args.join(' '));
  try {
    return [fn(), seen];
  } finally {
    console.error = original;
  }
}

const granted = (over = {}) => text({ ...sample, revision: '1', time: Date.now() - 864e5, ...over });
const TITLE = /<h2 part="title" id="title">([^<]*)<\/h2>/;
const titleOf = (html) => TITLE.exec(html)?.[1];

describe('renderBanner on the server', () => {
  it('renders the first layer with a declarative shadow root, or nothing once the visitor has decided (as readConsent finds it)', () => {
    const html = renderBanner('');
    assert.match(html, /^<consent-banner lang="en" dir="ltr"><template shadowrootmode="open"><style>/);
    assert.equal(titleOf(html), 'Your privacy choices');
    const cookie = 'consentry=' + granted();
    assert.equal(readConsent(cookie)?.decided, true);
    assert.equal(renderBanner(cookie), '');
    // A record that lacks a configured category is no full decision: the drop-in asks again.
    const config = { categories: { analytics: {}, advertising: {}, functional: {} } };
    assert.equal(readConsent(cookie, { categories: { analytics: [], advertising: [], functional: [] } })?.decided, false);
    assert.equal(titleOf(renderBanner(cookie, { config })), 'Your privacy choices');
    // Another revision, or rules that ask more than the record's: the banner.
    assert.notEqual(renderBanner(cookie, { config: { revision: '2' } }), '');
    assert.notEqual(renderBanner('consentry=' + granted({ mode: 'opt-out' }) + '|opt-out|', { config: { mode: 'opt-in' } }), '');
    // With a request, its Cookie header.
    assert.equal(renderBanner({ headers: { cookie } }), '');
    assert.equal(renderBanner(new Request('http://x/', { headers: { cookie } })), '');
    // `mode: none` asks nothing.
    assert.equal(renderBanner('', { config: { mode: 'none' } }), '');
  });

  it("speaks the given language, else the configuration's, else the visitor's Accept-Language, else English", () => {
    assert.equal(titleOf(renderBanner('', { lang: 'de-AT' })), titleOf(renderBanner('', { lang: 'de' })));
    assert.notEqual(titleOf(renderBanner('', { lang: 'de' })), 'Your privacy choices');
    assert.match(renderBanner('', { lang: 'de' }), /^<consent-banner lang="de" dir="ltr">/);
    assert.match(renderBanner('', { config: { lang: 'fr' } }), /^<consent-banner lang="fr"/);
    assert.match(renderBanner({ headers: { 'accept-language': 'xx, ar-EG;q=0.9, de;q=0.5' } }), /^<consent-banner lang="ar" dir="rtl">/);
    assert.match(renderBanner(new Request('http://x/', { headers: { 'accept-language': 'pt-BR' } })), /^<consent-banner lang="pt-BR"/);
    assert.match(renderBanner('', { acceptLanguage: 'nl;q=0.1, it' }), /^<consent-banner lang="it"/);
    // The site's own texts count as languages too.
    const config = { texts: { tlh: { title: 'Qapla' } } };
    assert.equal(titleOf(renderBanner('', { config, lang: 'tlh' })), 'Qapla');
  });

  it('renders configured text as text, never as markup', () => {
    const config = {
      policyUrl: 'javascript:alert(1)',
      texts: { en: { title: '<img src=x onerror=alert(1)>"&\'', text: 'See [our notice](javascript:alert(1)) and [terms](/terms?a=1&b="2")' } },
    };
    const [html] = errorsOf(() => renderBanner('', { config }));
    assert.equal(titleOf(html), '&#60;img src=x onerror=alert(1)&#62;&#34;&#38;&#39;');
    assert.doesNotMatch(html, /javascript:alert\(1\)"/, 'no javascript: link');
    assert.match(html, /See \[our notice\]\(javascript:alert\(1\)\) and <a part="link" href="\/terms\?a=1&#38;b=&#34;2&#34;">terms<\/a>/);
  });

  it('gives the banner for "no decision", in English, for bad input, reports the site owner\'s mistakes once, and never throws', () => {
    const huge = 'consentry=' + granted() + '; ' + 'x'.repeat(1 << 20);
    const cases = {
      'a 1 MB cookie header': [huge + '; consentry=' + granted(), {}],
      'a 1 MB consent cookie': ['consentry=' + 'a'.repeat(1 << 20), {}],
      'a malformed header': ['consentry; ;=;consentry==%E0%A4%A', {}],
      ...Object.fromEntries(Object.entries(tamperedRecords()).map(([why, v]) => [why, ['consentry=' + encodeURIComponent(String(v)), {}]])),
      'a request without headers': [{ headers: {} }, {}],
      'an unknown language': ['', { lang: 'xx-YY' }],
      'a language too long': ['', { lang: 'de-' + 'a'.repeat(100) }],
      'a language that is no string': ['', { lang: 42 }],
      'a configuration that is no JSON': ['', { config: '{bad' }],
      'a configuration that is a list': ['', { config: [1, 2] }],
      'bad options': ['', { config: { layout: 'sideways', mode: 'sometimes', categories: { 'no way': {} } } }],
      'options that are no object': ['', 'opt-in'],
      'garbage Accept-Language': [{ headers: { 'accept-language': ';;,q=x,' + 'a-'.repeat(5000) } }, {}],
    };
    for (const [why, [input, options]] of Object.entries(cases)) {
      const [html, errors] = errorsOf(() => renderBanner(input, options));
      assert.equal(titleOf(html), 'Your privacy choices', why);
      assert.match(html, /lang="en"/, why);
      assert.match(html, /<button part="button accept">Accept all<\/button><button part="button reject">Reject all<\/button>/, why);
      for (const e of errors) assert.match(e, /^\[consentry\] /, why);
    }
    // The site owner's mistakes are named, with what was used instead, once however many requests.
    const [, first] = errorsOf(() => renderBanner('', { lang: 'qq' }));
    assert.deepEqual(first, ['[consentry] lang="qq" has no texts; using "en"']);
    const [, again] = errorsOf(() => renderBanner('', { lang: 'qq' }));
    assert.deepEqual(again, []);
    const config = { layout: 'diagonal' };
    const [, bad] = errorsOf(() => renderBanner('', { config }));
    assert.deepEqual(bad, ['[consentry] layout="diagonal" is invalid; using "bar"']);
    assert.deepEqual(errorsOf(() => renderBanner('', { config }))[1], []);
    // A visitor's header is no site owner's mistake: nothing reported.
    assert.deepEqual(errorsOf(() => renderBanner({ headers: { 'accept-language': 'zz-ZZ-' + Math.random().toString(36).slice(2) } }))[1], []);
  });

  it('adds a CSP nonce to its style element', () => {
    assert.match(renderBanner('', { nonce: 'r4nd"om' }), /<style nonce="r4nd&#34;om">/);
  });
});

/** What the page's banner shows: its host's lang and dir, and its first layer's markup. */
const drawn = () => {
  const el = document.querySelector('consent-banner');
  return { lang: el.lang, dir: el.dir, html: el.shadowRoot.querySelector('.contents').innerHTML };
};

const configScript = (json) => `<script type="application/json" id="cc">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;

/** A page: the drop-in (deferred), its JSON configuration, and `banner` (the server's markup) in its body. */
function ssrPage({ json = {}, banner = '', lang = 'en', dropIn = true, head = '' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>SSR</title>${configScript(json)}
${dropIn ? '<script defer src="/dist/consentry.js" data-config="#cc"></script>' : ''}${head}</head>
<body><main><h1>Shop</h1><p>Some text of the page.</p></main>${banner || '<!-- consent-banner -->'}
<script>
  // Before the drop-in: what the server rendered, and every change made to it from now on.
  window.events = [];
  for (const type of ['consent-ready', 'consent-change']) document.addEventListener(type, (e) => events.push([type, e.detail.categories]));
  window.mutations = 0;
  const root = document.querySelector('consent-banner')?.shadowRoot;
  window.ssrPanel = root?.querySelector('[part=banner]') ?? null;
  window.openAtParse = !!window.ssrPanel?.matches(':popover-open');
  if (root) new MutationObserver((r) => (mutations += r.length)).observe(root, { subtree: true, childList: true, characterData: true });
</script></body></html>`;
}

/** Records every layout shift from the start in `window.shifts`. */
function recordShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));

const CASES = {
  'opt-in, English': [{}, 'en'],
  'German, a policy link and a link in the text': [{ policyUrl: '/privacy', texts: { de: { text: 'Mehr [hier](/mehr) & <so>.' } } }, 'de'],
  'opt-out, a box at the bottom right': [{ mode: 'opt-out', layout: 'box', position: 'bottom-right' }, 'en'],
  'notice, at the top, dark': [{ mode: 'notice', position: 'top', theme: 'dark' }, 'fr'],
  'Arabic (right to left), modal': [{ layout: 'modal' }, 'ar'],
};

describe('the server draws what the drop-in draws', () => {
  for (const [name, [json, lang]] of Object.entries(CASES))
    it(name, async () => {
      pages['/drawn.html'] = ssrPage({ json, lang });
      pages['/server.html'] = ssrPage({ json, lang, dropIn: false, banner: renderBanner('', { config: json, lang }) });
      const a = await web.open('/drawn.html');
      await a.p.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=banner]'));
      const browser = await a.p.evaluate(drawn);
      const b = await web.open('/server.html', { ready: false, context: a.context });
      const server = await b.p.evaluate(drawn);
      // The server's script has shown it too: a modal dialog has `open` in both.
      assert.deepEqual(server, browser);
      assert.ok(server.html.includes('part="banner"'));
    });
});

describe('the drop-in adopts the server-rendered banner', () => {
  for (const [name, device] of [
    ['desktop', { viewport: { width: 1350, height: 940 } }],
    ['phone', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ])
    it(`${name}: the same nodes, shown in the top layer, no layout shift, no redraw; its buttons and events work`, async () => {
      const json = { policyUrl: '/privacy', layout: name === 'phone' ? 'bar' : 'box' };
      pages['/adopt.html'] = ssrPage({ json, banner: renderBanner('', { config: json, lang: 'en' }) });
      const { p, errors, pageErrors } = await web.open('/adopt.html', { contextOptions: device, init: recordShifts });
      await settle(p);
      const state = await p.evaluate(() => {
        const root = document.querySelector('consent-banner').shadowRoot;
        const panel = root.querySelector('[part=banner]');
        return {
          same: panel === window.ssrPanel,
          open: panel.matches(':popover-open'),
          mutations: window.mutations,
          shifts: window.shifts,
          banners: document.querySelectorAll('consent-banner').length,
        };
      });
      assert.deepEqual(state, { same: true, open: true, mutations: 0, shifts: [], banners: 1 });
      // The keyboard reaches the buttons, and they decide.
      await inBanner(p, '[part~=reject]').focus();
      await p.keyboard.press('Enter');
      await p.waitForFunction(() => events.some(([t]) => t === 'consent-change'));
      const events = await p.evaluate(() => window.events);
      assert.deepEqual(events, [
        ['consent-ready', { necessary: true, analytics: false, advertising: false }],
        ['consent-change', { necessary: true, analytics: false, advertising: false }],
      ]);
      assert.equal(await inBanner(p, '[part=banner]').count(), 0, 'the banner is gone');
      assert.deepEqual(errors, []);
      assert.deepEqual(pageErrors, []);
    });

  it('the Preferences button of the adopted banner opens the dialog, and focus comes back to it', async () => {
    pages['/adopt-prefs.html'] = ssrPage({ banner: renderBanner('') });
    const { p } = await web.open('/adopt-prefs.html');
    await inBanner(p, '[part~=preferences]').first().click();
    await inBanner(p, '[part=dialog]').waitFor();
    await p.keyboard.press('Escape');
    // The first layer gives way to the dialog, and is back, with focus on its Preferences button.
    await p.waitForFunction(() => document.querySelector('consent-banner').shadowRoot.activeElement?.matches('[part~=preferences]'));
    assert.equal(await inBanner(p, '[part=banner]').count(), 1);
  });

  it('stale markup: a decision made since (another tab) removes it, without a layout shift', async () => {
    // A page rendered (or cached) before the decision.
    pages['/stale.html'] = ssrPage({ banner: renderBanner('') });
    const context = await web.browser.newContext();
    await context.addCookies([{ name: 'consentry', value: granted(), domain: new URL(web.server.origin).hostname, path: '/' }]);
    const { p } = await web.open('/stale.html', { context, init: recordShifts });
    await settle(p);
    assert.equal(await p.evaluate(() => !!window.ssrPanel), true);
    assert.equal(await inBanner(p, '[part=banner]').count(), 0);
    assert.deepEqual(await p.evaluate(() => [window.shifts, window.events.map(([t]) => t)]), [[], ['consent-ready']]);
  });

  it('stale markup: another revision of the texts is drawn again in place, without a layout shift', async () => {
    const json = { texts: { en: { title: 'Cookies on the new site' } } };
    pages['/old-texts.html'] = ssrPage({ json, banner: renderBanner('', { config: { texts: { en: { title: 'Cookies on the old site' } } } }) });
    const { p } = await web.open('/old-texts.html', { init: recordShifts });
    await settle(p);
    assert.equal(await inBanner(p, '[part=title]').textContent(), 'Cookies on the new site');
    assert.deepEqual(await p.evaluate(() => [window.shifts, document.querySelector('consent-banner').shadowRoot.querySelectorAll('[part=banner]').length]), [
      [],
      1,
    ]);
  });

  it('the Node example serves the banner in its HTML, and none once the visitor has decided', async () => {
    const config = JSON.parse(readFileSync(ROOT + 'docs/examples/ssr/consent.json', 'utf8'));
    pages['/node-example.html'] = (req) => ({ body: renderPage(req, '/dist/consentry.js') });
    const { p, context } = await web.open('/node-example.html', { init: recordShifts });
    const html = await (await fetch(web.server.origin + '/node-example.html')).text();
    assert.match(html, /<h2 part="title" id="title">Cookies on example.com<\/h2>/);
    await settle(p);
    assert.equal(await p.evaluate(() => document.querySelectorAll('consent-banner').length), 1);
    assert.deepEqual(await p.evaluate(() => window.shifts), []);
    await inBanner(p, '[part~=accept]').click();
    await p.waitForFunction(() => document.cookie.includes('consentry='));
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry');
    const again = await (await fetch(web.server.origin + '/node-example.html', { headers: { cookie: `consentry=${cookie.value}` } })).text();
    assert.doesNotMatch(again, /<consent-banner/, 'a returning visitor gets no banner markup');
    assert.equal(config.layout, 'box');
  });
});

describe('static sites', () => {
  const snippet = hideSnippet();
  const inline = /^<script>([^<]*)<\/script>$/.exec(snippet)[1];

  it('the hide snippet is under 300 bytes, and its CSP hash is the one in the docs', () => {
    assert.ok(Buffer.byteLength(snippet) < 300, `${Buffer.byteLength(snippet)} bytes`);
    const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
    assert.ok(readFileSync(ROOT + 'docs/frameworks.md', 'utf8').includes(hash), hash);
  });

  for (const decided of [false, true])
    it(`a page built with the banner: ${decided ? 'removed before the first paint for a visitor who decided' : 'adopted for a visitor who did not'}, under a strict CSP`, async () => {
      const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
      // The script that shows the banner in the top layer (ssr-first-paint.test.mjs), by its hash too.
      const promote = `'sha256-${createHash('sha256')
        .update(/<script>([^<]*)<\/script>$/.exec(renderBanner(''))[1])
        .digest('base64')}'`;
      const style = /<style>([^<]*)<\/style>/.exec(renderBanner(''))[1];
      const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
      // The page's own inline script (the test's probe) is allowed by its hash too.
      const built = addBanner(ssrPage({ json: JSON.parse(readFileSync(ROOT + 'docs/examples/ssr/consent.json', 'utf8')) }), 'en');
      const probe = /<script>\n {2}\/\/ Before the drop-in[\s\S]*?<\/script>/.exec(built)[0].slice(8, -9);
      const csp = [
        `default-src 'self'`,
        `script-src 'self' ${hash} ${promote} 'sha256-${createHash('sha256').update(probe).digest('base64')}'`,
        `style-src 'self' ${styleHash}`,
      ].join('; ');
      pages['/static.html'] = { body: built, headers: { 'content-security-policy': csp } };
      const context = await web.browser.newContext();
      if (decided) await context.addCookies([{ name: 'consentry', value: granted(), domain: new URL(web.server.origin).hostname, path: '/' }]);
      const violations = [];
      const page = await web.open('/static.html', {
        context,
        init: recordShifts,
        watch: (p) => p.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text())),
      });
      await settle(page.p);
      const state = await page.p.evaluate(() => ({
        ssr: !!window.ssrPanel,
        openAtParse: window.openAtParse,
        banner: !!document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part=banner]'),
        shifts: window.shifts,
      }));
      // The probe runs after the snippet: for a visitor who decided, the banner was gone before it.
      assert.deepEqual(state, { ssr: !decided, openAtParse: !decided, banner: !decided, shifts: [] });
      assert.deepEqual(violations, []);
    });

  it('`consentry render-banner` prints the banner and the snippet', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync('node', [ROOT + 'bin/consentry.mjs', 'render-banner', '--config', ROOT + 'docs/examples/ssr/consent.json', '--lang', 'de'], {
      encoding: 'utf8',
    });
    assert.equal(titleOf(out), 'Cookies auf example.com');
    assert.match(out, /^<consent-banner lang="de" dir="ltr">/);
    // The banner, the script that shows it in the top layer, then the hide snippet.
    assert.match(out, /<\/consent-banner><script>[^<]+<\/script><script>/);
    assert.ok(out.trimEnd().endsWith(snippet));
    const bad = (() => {
      try {
        execFileSync('node', [ROOT + 'bin/consentry.mjs', 'render-banner', '--config', ROOT + 'nope.json'], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        return [e.status, e.stderr];
      }
    })();
    assert.equal(bad[0], 1);
    assert.match(bad[1], /^\[consentry\] --config .*nope\.json/);
  });
});
