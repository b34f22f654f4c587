// UI languages as a visitor meets them: chosen from <html lang>, the browser's languages or the
// `lang` option; loaded from a file next to the drop-in without an English flash; right-to-left;
// under a strict CSP with Trusted Types; and English, with one error, when anything is wrong.
import { describe, it as test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { axe, builtLanguageTables, inBanner, page, ROOT, testSite } from './helpers.mjs';

const TABLES = builtLanguageTables();
/** Every test has a timeout, so that a failure is a quick red, not a hang. */
const it = (name, fn) => void test(name, { timeout: 60_000 }, fn);
const EN_TITLE = 'Your privacy choices';
const SAMPLE = ['de', 'fr', 'pl', 'ja', 'ar', 'pt-BR'];
/** The browser locale that asks for each sample language (with a region, to test the fallback). */
const LOCALES = { de: 'de-DE', fr: 'fr-BE', pl: 'pl-PL', ja: 'ja-JP', ar: 'ar-EG', 'pt-BR': 'pt-BR' };
const NONCE = 'i18n-n0nce';
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types consentry`;
/** The same, also allowing the policy that lit-html creates for its templates. */
const CSP_LIT = CSP + ' lit-html';

/** A page without `<html lang>`, so that the browser's languages decide. */
const noLang = (body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Test page</title><script src="/dist/consentry.js"></script></head><body><main><h1>Test page</h1>${body}</main></body></html>`;
const json = (id, value) => `<script type="application/json" id="${id}">${JSON.stringify(value)}</script>`;
const BROKEN = 'window[Symbol.for("consentry.chunk")]?.("lang.de",{"title":';

const web = testSite({
  '/': page(),
  '/none': noLang(),
  ...Object.fromEntries(SAMPLE.map((l) => ['/html-' + l, page({ lang: l })])),
  '/de-AT': page({ lang: 'de-AT' }),
  '/rtl': page({ lang: 'ar' }).replace('<html lang="ar">', '<html lang="ar" dir="rtl">'),
  '/zh-HK': page({ lang: 'zh-HK' }),
  '/gate': page({
    lang: 'de',
    body: '<consent-gate category="advertising" provider="Video Co"><template><img src="/t/embed.gif" alt=""></template></consent-gate><footer><consent-opt-out></consent-opt-out></footer>',
  }),
  ...Object.fromEntries(
    [
      ['/csp', CSP],
      ['/csp-lit', CSP_LIT],
    ].map(([path, csp]) => [
      path,
      {
        body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CSP</title><script src="/dist/consentry.js" nonce="${NONCE}"></script></head><body><main><h1>Seite</h1></main></body></html>`,
        headers: { 'content-security-policy': csp },
      },
    ]),
  ),
  '/invalid': page({ body: '<consent-banner lang="xx-invalid"></consent-banner>' }),
  // Another copy of the drop-in and its chunks, whose language files misbehave: served from /bad/.
  ...Object.fromEntries(
    readdirSync(ROOT + 'dist')
      .filter((f) => /^consentry\.(\w+\.)?js$/.test(f))
      .map((f) => ['/bad/' + f, { body: readFileSync(ROOT + 'dist/' + f), type: 'text/javascript' }]),
  ),
  '/bad/consentry.lang.de.js': { status: 404, body: 'not found', type: 'text/plain' },
  '/bad/consentry.lang.fr.js': { body: BROKEN, type: 'text/javascript' },
  '/bad/consentry.lang.pl.js': { body: 'window[Symbol.for("consentry.chunk")]?.("lang.pl","oops");', type: 'text/javascript' },
  '/bad/consentry.lang.ja.js': { body: 'window[Symbol.for("consentry.chunk")]?.("lang.ja",["Ihre"]);', type: 'text/javascript' },
  ...Object.fromEntries(['de', 'fr', 'pl', 'ja'].map((l) => ['/bad-' + l, page({ lang: l, src: '/bad/consentry.js' })])),
  '/wrong-type': page({
    attrs: 'data-config="#cfg"',
    head: json('cfg', { texts: { en: { title: 42, acceptAll: { label: 'Yes' } } } }),
  }),
  '/site-texts': page({
    lang: 'de',
    attrs: 'data-config="#cfg"',
    head: json('cfg', {
      categories: { analytics: { label: 'Statistics' }, partners: { label: 'Partner offers' } },
      texts: { de: { title: 'Cookies bei uns', partners: 'Partnerangebote' }, en: { title: 'Cookies with us' } },
    }),
  }),
});

/**
 * Opens `path` in a fresh context; records every title the banner ever renders (a
 * MutationObserver on its shadow root, installed before any script runs) and CSP violations.
 */
async function open(path, options = {}) {
  const requested = [];
  const opened = await web.open(path, {
    contextOptions: { viewport: { width: 1024, height: 768 }, ...options },
    init: recordTitles,
    watch: (p) => void p.on('request', (r) => /consentry\.lang\./.test(r.url()) && requested.push(new URL(r.url()).pathname)),
    ready: false,
  });
  return { ...opened, requested };
}

/** Records the banner's titles as they change, and CSP violations, from the page's first script on. */
function recordTitles() {
  window.__titles = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'consent-banner') {
      const seen = () => {
        const t = root.querySelector('h2')?.textContent;
        if (t && window.__titles.at(-1) !== t) window.__titles.push(t);
      };
      new MutationObserver(seen).observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };
}

/** Waits (5 s at most) for the banner's title and returns it. */
async function title(p) {
  await inBanner(p, 'h2').waitFor({ timeout: 5000 });
  return inBanner(p, 'h2').textContent();
}

/** Only `[consentry]` errors, without the browser's own "Failed to load resource" line. */
const ours = (errors) => errors.filter((e) => e.startsWith('[consentry]'));

describe('choice of language', () => {
  for (const lang of SAMPLE) {
    const t = TABLES[lang];

    it(`${lang} from <html lang>: first render in ${lang}, lang on the UI root, no axe violation`, async () => {
      const { p, context, log, requested } = await open('/html-' + lang);
      assert.equal(await title(p), t.title);
      assert.equal(await inBanner(p, '[part~=accept]').textContent(), t.acceptAll);
      assert.equal(await inBanner(p, '[part~=reject]').textContent(), t.rejectAll);
      assert.deepEqual(await p.evaluate(() => window.__titles), [t.title], 'no English flash');
      assert.equal(await p.evaluate(() => window.Consentry.language), lang);
      assert.equal(await p.locator('consent-banner').getAttribute('lang'), lang);
      assert.equal(await p.locator('consent-banner').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(requested, [`/dist/consentry.lang.${lang}.js`]);
      assert.deepEqual(await axe(p), []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });

    it(`${lang} from navigator.languages when the page has no lang`, async () => {
      const { p, context, log } = await open('/none', { locale: LOCALES[lang] });
      assert.equal(await title(p), t.title);
      assert.deepEqual(await p.evaluate(() => window.__titles), [t.title], 'no English flash');
      assert.equal(await p.locator('consent-banner').getAttribute('lang'), lang);
      // The page itself lacks `<html lang>` on purpose: only the banner is checked.
      assert.deepEqual(await axe(p, 'consent-banner'), []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  it('falls back from a region to its language (de-AT → de) and from zh-HK to traditional Chinese', async () => {
    for (const [path, lang] of [
      ['/de-AT', 'de'],
      ['/zh-HK', 'zh-TW'],
    ]) {
      const { p, context } = await open(path);
      assert.equal(await title(p), TABLES[lang].title);
      assert.equal(await p.evaluate(() => window.Consentry.language), lang);
      await context.close();
    }
  });

  it('<html lang> wins over the browser languages; English needs no file', async () => {
    const { p, context, requested } = await open('/', { locale: 'fr-FR' });
    assert.equal(await title(p), EN_TITLE);
    assert.equal(await p.evaluate(() => window.Consentry.language), 'en');
    assert.deepEqual(requested, []);
    await context.close();
  });

  it('re-renders when <html lang> or the lang attribute changes at run time', async () => {
    const { p, context, log } = await open('/html-de');
    assert.equal(await title(p), TABLES.de.title);
    await p.evaluate(() => (document.documentElement.lang = 'fr-CA'));
    await p.waitForFunction((t) => document.querySelector('consent-banner')?.shadowRoot?.querySelector('h2')?.textContent === t, TABLES.fr.title);
    assert.equal(await p.evaluate(() => window.Consentry.language), 'fr');
    assert.equal(await p.locator('consent-banner').getAttribute('lang'), 'fr');
    // The site's own `lang` attribute wins over <html lang> from then on.
    await p.evaluate(() => document.querySelector('consent-banner').setAttribute('lang', 'ja'));
    await p.waitForFunction((t) => document.querySelector('consent-banner')?.shadowRoot?.querySelector('h2')?.textContent === t, TABLES.ja.title);
    await p.evaluate(() => (document.documentElement.lang = 'pl'));
    await p.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
    assert.equal(await title(p), TABLES.ja.title);
    assert.equal(await p.evaluate(() => window.Consentry.language), 'ja');
    // Back to the page's language when the attribute goes.
    await p.evaluate(() => document.querySelector('consent-banner').removeAttribute('lang'));
    await p.waitForFunction((t) => document.querySelector('consent-banner')?.shadowRoot?.querySelector('h2')?.textContent === t, TABLES.pl.title);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('site texts for the language override the shipped ones key by key', async () => {
    const { p, context } = await open('/site-texts');
    assert.equal(await title(p), 'Cookies bei uns');
    assert.equal(await inBanner(p, '[part~=reject]').textContent(), TABLES.de.rejectAll);
    // A category's name in the language wins over the JSON label, which is one text for all languages.
    await p.evaluate(() => Consentry.showPreferences());
    await inBanner(p, 'dialog[open]').waitFor();
    const names = await inBanner(p, 'dialog [part~=category] label span').allTextContents();
    assert.deepEqual(names.slice(1), ['Statistics', 'Partnerangebote']);
    await context.close();
  });

  it('the preferences dialog, <consent-gate> and <consent-opt-out> speak the language too', async () => {
    const { p, context, log } = await open('/gate');
    const de = TABLES.de;
    await title(p);
    await p.waitForFunction((t) => document.querySelector('consent-gate')?.shadowRoot?.querySelector('[part~=button]')?.textContent === t, de.gateLoad);
    assert.equal(await p.locator('consent-gate >> [part~=text]').textContent(), de.gateText.replaceAll('{provider}', 'Video Co'));
    assert.equal((await p.locator('consent-opt-out >> [part~=button]').textContent()).trim(), de.optOut);
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog h2').waitFor();
    assert.equal(await inBanner(p, 'dialog h2').textContent(), de.preferencesTitle);
    assert.equal(await inBanner(p, 'dialog [part~=save]').textContent(), de.save);
    assert.equal(await inBanner(p, 'dialog [part~=close]').getAttribute('aria-label'), de.close);
    const labels = await inBanner(p, 'dialog [part~=category] label span').allTextContents();
    assert.deepEqual(labels, [de.necessary, de.analytics, de.advertising]);
    assert.deepEqual(await axe(p), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});

describe('right to left', () => {
  it('Arabic renders right-to-left and mirrored', async () => {
    const { p, context } = await open('/rtl');
    await title(p);
    const direction = await p.evaluate(() => getComputedStyle(document.querySelector('consent-banner').shadowRoot.querySelector('[part~=banner]')).direction);
    assert.equal(direction, 'rtl');
    const accept = await inBanner(p, '[part~=accept]').boundingBox();
    const reject = await inBanner(p, '[part~=reject]').boundingBox();
    const prefs = await inBanner(p, '[part~=preferences]').boundingBox();
    // The first action sits rightmost in a right-to-left row.
    assert.ok(accept.x > reject.x && reject.x > prefs.x, `accept ${accept.x} > reject ${reject.x} > preferences ${prefs.x}`);
    // The heading's text (not its block box) hugs the right edge.
    const [left, right] = await p.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      const range = document.createRange();
      range.selectNodeContents(root.querySelector('h2'));
      const text = range.getBoundingClientRect();
      const panel = root.querySelector('[part~=banner]').getBoundingClientRect();
      return [text.left - panel.left, panel.right - text.right];
    });
    assert.ok(right < 40 && left > 200, `heading text: ${left}px from the left, ${right}px from the right`);
    await p.screenshot({ path: '/tmp/i18n-ar-banner.png' });

    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog h2').waitFor();
    const close = await inBanner(p, 'dialog [part~=close]').boundingBox();
    const dialogTitle = await inBanner(p, 'dialog h2').boundingBox();
    assert.ok(close.x < dialogTitle.x, 'the close control is on the left');
    const sw = await inBanner(p, 'dialog [part~=category] label').first().boundingBox();
    const input = await inBanner(p, 'dialog [part~=switch]').first().boundingBox();
    assert.ok(input.x + input.width > sw.x + sw.width - 2, 'the switch leads on the right');
    await p.screenshot({ path: '/tmp/i18n-ar-dialog.png' });

    await inBanner(p, 'dialog [part~=reject]').click();
    const revisit = await inBanner(p, '.revisit').boundingBox();
    // Fixed positions follow the page's direction (the viewport is their containing block).
    assert.ok(revisit.x > 1024 / 2, `the privacy-settings control sits bottom-right: ${JSON.stringify(revisit)}`);
    await p.screenshot({ path: '/tmp/i18n-ar-revisit.png' });
    await context.close();
  });
});

describe('strict CSP and Trusted Types', () => {
  for (const [path, policies] of [
    ['/csp', 'trusted-types consentry'],
    ['/csp-lit', 'trusted-types consentry lit-html'],
  ]) {
    it(`a German page gets its German banner without any violation (${policies})`, async () => {
      const { p, context, log, requested } = await open(path);
      assert.equal(await title(p), TABLES.de.title);
      assert.deepEqual(await p.evaluate(() => window.__violations), []);
      assert.deepEqual(requested, ['/dist/consentry.lang.de.js']);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });
  }
});

describe('bad input', () => {
  it('lang="xx-invalid": English, one error, no language file requested', async () => {
    const { p, context, log, requested } = await open('/invalid');
    assert.equal(await title(p), EN_TITLE);
    assert.deepEqual(ours(log.errors), ['[consentry] lang="xx-invalid" has no texts; using "en"']);
    assert.deepEqual(requested, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  const cases = [
    ['de', 'a language file that is not there (404)', /^\[consentry\] could not load http:\/\/[^ ]+\/bad\/consentry\.lang\.de\.js$/],
    ['fr', 'a language file with a syntax error', /^\[consentry\] could not load http:\/\/[^ ]+\/bad\/consentry\.lang\.fr\.js$/],
    ['pl', 'a language file that registers no table', /^\[consentry\] http:\/\/[^ ]+\/bad\/consentry\.lang\.pl\.js is not a language file; using English$/],
    [
      'ja',
      'a language file that registers a list, not a table',
      /^\[consentry\] http:\/\/[^ ]+\/bad\/consentry\.lang\.ja\.js is not a language file; using English$/,
    ],
  ];
  for (const [lang, what, error] of cases) {
    it(`${what}: English, once, with one error`, async () => {
      const { p, context, log } = await open('/bad-' + lang);
      assert.equal(await title(p), EN_TITLE);
      assert.deepEqual(await p.evaluate(() => window.__titles), [EN_TITLE]);
      assert.equal(await p.evaluate(() => window.Consentry.language), 'en');
      assert.equal(await p.locator('consent-banner').getAttribute('lang'), 'en');
      const errors = ours(log.errors);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], error);
      // Only the broken file's own syntax error, nothing thrown by Consentry.
      assert.deepEqual(
        log.pageErrors.filter((e) => !(lang === 'fr' && /SyntaxError/.test(e))),
        [],
      );
      // Still works: the visitor can decide.
      await inBanner(p, '[part~=reject]').click();
      assert.equal(await p.evaluate(() => window.Consentry.get().decided), true);
      await context.close();
    });
  }

  it('a configuration text of the wrong type: English built-in text, one error per text', async () => {
    const { p, context, log } = await open('/wrong-type');
    assert.equal(await title(p), EN_TITLE);
    assert.equal(await inBanner(p, '[part~=accept]').textContent(), 'Accept all');
    assert.deepEqual(ours(log.errors), [
      '[consentry] texts.en.title=42 is invalid; using "the built-in text"',
      '[consentry] texts.en.acceptAll={"label":"Yes"} is invalid; using "the built-in text"',
    ]);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
});
