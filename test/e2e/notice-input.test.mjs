// <privacy-notice> with hand-made configurations: the whole catalogue, bad input, overrides,
// its own configuration, languages, heading levels, lazy loading, print and a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, BANNED_PHRASES as BANNED, page, testSite, watchConsole } from './helpers.mjs';
import { PRACTICE_IDS as ALL } from '../shared/practices.mjs';

const json = (config, id = 'cfg') => `<script type="application/json" id="${id}">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;
const controller = { name: 'Example Ltd', email: 'privacy@example.com', address: '1 High Street\nLondon' };

const pages = {};
const web = testSite(pages);

/** Serves `html` at a fresh path and opens it; resolves once the notice has rendered (or `wait` is false). */
async function open(html, { wait = 'privacy-notice:not([aria-busy]) section', init, media } = {}) {
  const path = `/p${Object.keys(pages).length}.html`;
  pages[path] = html;
  const opened = await web.open(path, { init, watch: (p) => media && p.emulateMedia({ media }), ready: false });
  if (wait) await opened.p.waitForSelector(wait);
  return opened;
}

test('the whole catalogue renders, in the configured order', async () => {
  const config = { notice: { controller, effectiveDate: '2024-02-29', practices: [...ALL].reverse() } };
  const { p, log, context } = await open(
    page({ attrs: 'data-config="#cfg" data-categories="analytics advertising"', head: json(config), body: '<privacy-notice></privacy-notice>' }),
  );
  const sections = await p.$$eval('privacy-notice section', (ss) =>
    ss.map((s) => ({ id: s.id, h: s.querySelector('h2')?.textContent, n: s.textContent.trim().length })),
  );
  assert.deepEqual(
    sections.map((s) => s.id),
    [...ALL].reverse(),
  );
  for (const s of sections) assert.ok(s.h && s.n > s.h.length + 40, `${s.id} has a heading and text`);
  const text = await p.textContent('privacy-notice');
  for (const re of BANNED) assert.doesNotMatch(text, re);
  // California: every part the law asks for.
  const ca = await p.textContent('#california');
  for (const part of [
    'categories of personal information',
    'collect it from',
    'use it for',
    'disclose it to',
    'to know',
    'to delete',
    'to correct',
    'to opt out',
    'authorised agent',
    'not treat you differently',
    '1798.83',
    '22581',
  ])
    assert.ok(ca.includes(part), part);
  assert.match(await p.textContent('#changes'), /ask for your privacy choices again[\s\S]*revision 1/);
  assert.match(await p.textContent('#certifications'), /do not take part/);
  assert.match(await p.textContent('#automated-decisions'), /do not make decisions/);
  assert.match(await p.textContent('#sources'), /do not obtain it from other sources/);
  assert.equal(await p.textContent('time'), 'February 29, 2024');
  assert.deepEqual(await axe(p), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('bad input is reported once with its path and value, skipped, and never fatal; markup stays text', async () => {
  const config = {
    notice: {
      controller: { name: '<b>ACME</b> <img src=x onerror="window.pwned=1">', email: 'not-an-email', url: 'javascript:window.pwned=1' },
      effectiveDate: '2019-02-30',
      colour: 'red',
      texts: { en: { cookies: '<script>window.pwned=1</script>Cookie jar', bogusKey: 'x' }, fr: 'bonjour' },
      practices: [
        'cookies',
        'not-a-practice',
        42,
        { id: 'children', minimumAge: 'thirteen' },
        { id: 'analytics', provider: 5, colour: 'red' },
        { id: 'links', more: ['[safe](https://example.com/a) and [bad](javascript:window.pwned=1)'] },
        { nope: true },
        'controller',
        'cookies',
      ],
    },
  };
  const { p, log, context } = await open(
    page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice heading-level="9"></privacy-notice>' }),
  );
  assert.deepEqual(await p.$$eval('privacy-notice section', (ss) => ss.map((s) => s.id)), ['cookies', 'children', 'analytics', 'links', 'controller']);
  const expected = [
    'notice.controller.email="not-an-email" is not a valid email; skipped',
    'notice.controller.url="javascript:window.pwned=1" is not valid; skipped',
    'notice.effectiveDate="2019-02-30" is not a valid date; skipped',
    'notice.colour="red" is not known; skipped',
    'notice.texts.en.bogusKey="x" is not known; skipped',
    'notice.texts.fr="bonjour" should be object; skipped',
    'notice.practices[1]="not-a-practice" is not known; skipped',
    'notice.practices[2]=42 is not valid; skipped',
    'notice.practices[3].minimumAge="thirteen" should be integer; skipped',
    'notice.practices[4].provider=5 should be string; skipped',
    'notice.practices[4].colour="red" is not known; skipped',
    'notice.practices[6]={"nope":true} is not valid; skipped',
    'notice.practices[8]="cookies" is declared twice; skipped',
    '<privacy-notice> heading-level="9" is invalid; using 2',
  ];
  for (const m of expected) assert.equal(log.errors.filter((e) => e === '[consentry] ' + m).length, 1, m);
  assert.equal(log.errors.length, expected.length, log.errors.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  // Defaults replace what was skipped; markup is shown as text and never runs.
  assert.match(await p.textContent('#children'), /under 13/);
  assert.match(await p.textContent('#analytics'), /Google Analytics/);
  assert.equal(await p.textContent('#cookies h2'), '<script>window.pwned=1</script>Cookie jar');
  assert.ok((await p.textContent('#controller')).includes('<b>ACME</b> <img src=x onerror="window.pwned=1">'));
  assert.equal(await p.locator('privacy-notice img, privacy-notice b, privacy-notice script').count(), 0);
  assert.equal(await p.locator('privacy-notice time').count(), 0, 'no date from an invalid one');
  const links = await p.$$eval('#links a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['https://example.com/a']);
  assert.match(await p.textContent('#links'), /\[bad\]\(javascript:window\.pwned=1\)/);
  assert.equal(await p.evaluate(() => window.pwned), undefined);
  assert.equal(await p.locator('privacy-notice h2').count(), 5);
  await context.close();
});

test('a configuration without a notice, or a bad `config` selector, is reported and not fatal', async () => {
  const own = { notice: { controller: { name: 'Own Config GmbH' }, practices: ['controller'] } };
  const banner = { notice: { controller: { name: 'Banner Config Inc' }, practices: ['children'] } };
  const { p, log, context } = await open(
    page({
      attrs: 'data-config="#banner"',
      head: json(banner, 'banner') + json(own, 'own'),
      body: '<privacy-notice config="#own" id="a"></privacy-notice><privacy-notice config="#missing" id="b"></privacy-notice>',
    }),
    { wait: '#b:not([aria-busy]) section' },
  );
  assert.match(await p.textContent('#a'), /Own Config GmbH/);
  assert.equal(await p.locator('#b section#children').count(), 1, 'falls back to the banner configuration');
  assert.deepEqual(log.errors, ['[consentry] <privacy-notice> config="#missing" is not a JSON configuration; using the banner\'s']);
  await context.close();

  const none = await open(page({ body: '<privacy-notice></privacy-notice>' }), { wait: false });
  await none.p.waitForFunction(() => document.querySelector('privacy-notice .consentry-notice'));
  assert.equal(await none.p.locator('privacy-notice section').count(), 0);
  assert.deepEqual(none.log.errors, ['[consentry] <privacy-notice>: the configuration has no "notice" object; nothing to show']);
  assert.deepEqual(none.log.pageErrors, []);
  await none.context.close();
});

test('texts are overridable per language and per practice; live parts stay; the date follows the language', async () => {
  const config = {
    notice: {
      controller,
      effectiveDate: '2009-12-03',
      texts: {
        de: { cookies: 'Cookies und ähnliche Techniken', 'cookies.settings': 'Datenschutzeinstellungen ändern' },
        pl: { cookies: 'Pliki cookie' },
        en: { children: 'Kids', cookies: 'Cookie jar' },
      },
      practices: ['cookies', 'children', { id: 'security', title: 'Keeping data safe', text: 'Our own words, see [the report](/security.html).' }],
    },
  };
  const { p, log, context } = await open(
    page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice lang="de" heading-level="3"></privacy-notice>' }),
  );
  // A lookup's order: the site's German, the built-in German, the site's English, the built-in English.
  assert.equal(await p.getAttribute('privacy-notice > .consentry-notice', 'lang'), 'de');
  assert.equal(await p.textContent('#cookies h3'), 'Cookies und ähnliche Techniken', "the site's German first");
  assert.equal(await p.textContent('#cookies button'), 'Datenschutzeinstellungen ändern');
  assert.equal(await p.textContent('#children h3'), 'Kinder', "the built-in German before the site's English");
  assert.equal(await p.getAttribute('privacy-notice nav', 'aria-label'), 'Inhalt');
  assert.equal(await p.textContent('time'), '3. Dezember 2009');
  assert.equal(await p.textContent('#security h3'), 'Keeping data safe');
  assert.equal(await p.textContent('#security p'), 'Our own words, see the report.');
  assert.equal(await p.getAttribute('#security a', 'href'), '/security.html');
  assert.equal(await p.locator('#cookies table tbody tr').count(), 1, 'the live table stays');
  // Polish has no built-in notice texts, but the site gives some: the site's Polish, then the
  // site's English, then the built-in English; the date in Polish; no error (the site chose it).
  await p.evaluate(() => document.querySelector('privacy-notice').setAttribute('lang', 'pl'));
  await p.waitForFunction(() => document.querySelector('privacy-notice > .consentry-notice').lang === 'pl');
  assert.equal(await p.textContent('#cookies h3'), 'Pliki cookie');
  assert.equal(await p.textContent('#children h3'), 'Kids', "a key missing in Polish falls back to the site's English");
  assert.equal(await p.getAttribute('privacy-notice nav', 'aria-label'), 'Contents', 'then to the built-in English');
  assert.equal(await p.textContent('time'), '3 grudnia 2009');
  assert.deepEqual(log.errors, []);
  // A language without any notice texts falls back to English, dates included, with a clear message; attributes re-render.
  await p.evaluate(() => document.querySelector('privacy-notice').setAttribute('lang', 'pt-BR'));
  await p.waitForFunction(() => document.querySelector('time').textContent === 'December 3, 2009');
  assert.equal(await p.getAttribute('privacy-notice > .consentry-notice', 'lang'), 'en');
  assert.equal(await p.textContent('#cookies h3'), 'Cookie jar', "the site's English");
  assert.equal(await p.textContent('#children h3'), 'Kids');
  await p.evaluate(() => document.querySelector('privacy-notice').setAttribute('heading-level', '4'));
  await p.waitForSelector('#cookies h4');
  assert.deepEqual(log.errors, [
    '[consentry] <privacy-notice>: no notice texts in "pt-BR"; shown in English (built in: en, de, es, fr, it, nl; add yours under notice.texts)',
  ]);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the revision is the banner's; california sub-headings sit one level below", async () => {
  const config = { revision: '7', notice: { controller, practices: ['changes', 'california'] } };
  const { p, context } = await open(page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice heading-level="1"></privacy-notice>' }));
  assert.match(await p.textContent('#changes'), /revision 7/);
  assert.equal(await p.locator('#california h1').count(), 1);
  assert.ok((await p.locator('#california h2').count()) >= 3);
  await context.close();
});

test('its own configuration, split by the network and still arriving when the notice loads, renders once it is whole; the fallback stays until then', async () => {
  const config = json({ notice: { controller, practices: ['controller', 'cookies'] } }, 'own');
  const at = config.indexOf('Example Ltd') + 'Example'.length;
  pages['/split.html'] = {
    chunks: [
      page({ body: `<privacy-notice config="#own"><p id="fallback">Loading the privacy notice…</p>${config.slice(0, at)}` }).replace(/<\/main>[\s\S]*$/, ''),
      `${config.slice(at)}</privacy-notice></main></body></html>`,
    ],
    gap: 800,
  };
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const log = watchConsole(p);
  await p.goto(web.server.origin + '/split.html', { waitUntil: 'commit' });
  // The notice's chunk has loaded and the rest of the page has not arrived: the fallback is still there.
  await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/consentry.notice.js') && e.responseEnd > 0));
  await p.waitForTimeout(200);
  if (await p.evaluate(() => document.readyState === 'loading'))
    assert.equal(await p.evaluate(() => document.getElementById('fallback')?.textContent ?? null), 'Loading the privacy notice…');
  await p.waitForSelector('privacy-notice section#controller');
  assert.match(await p.textContent('#controller'), /Example Ltd/);
  assert.deepEqual(await p.$$eval('privacy-notice section', (ss) => ss.map((s) => s.id)), ['controller', 'cookies']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a long notice renders in parts, a few sections per task, busy until whole; a link to a late section finds it in the first part', async () => {
  const config = { notice: { controller, practices: ALL } };
  // Each record is what one task left on the page: the number of sections and aria-busy.
  const record = () => {
    window.parts = [];
    new MutationObserver(() => {
      const n = document.querySelector('privacy-notice');
      const count = n?.querySelectorAll('section').length ?? 0;
      if (count) window.parts.push([count, n.getAttribute('aria-busy')]);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  };
  const html = page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice></privacy-notice><p style="height:300vh">after</p>' });
  const { p, context } = await open(html, { init: record });
  const parts = await p.evaluate(() => window.parts);
  assert.deepEqual(parts[0], [3, 'true'], 'the first part is three sections, marked busy');
  assert.deepEqual(parts.at(-1), [ALL.length, null], 'whole, and no longer busy');
  for (let i = 1; i < parts.length; i++) assert.ok(parts[i][0] - parts[i - 1][0] <= 3, `part ${i} adds at most three sections`);
  assert.ok(parts.length >= ALL.length / 3, 'in as many parts as it takes');
  await context.close();

  // A link to the retention section (the 17th): it is in the first part, and the page is scrolled to it.
  pages['/deep.html'] = html;
  const { p: d, context: deep } = await web.open('/deep.html#retention', { init: record, ready: false });
  await d.waitForSelector('privacy-notice:not([aria-busy]) section');
  const first = await d.evaluate(() => window.parts[0][0]);
  assert.ok(first >= ALL.indexOf('retention') + 1, `the first part reaches the linked section (${first} sections)`);
  const top = await d.$eval('#retention', (s) => Math.round(s.getBoundingClientRect().top));
  assert.ok(top >= 0 && top < 10, `the linked section is at the top of the window (top ${top})`);
  await deep.close();
});

test('the notice chunk loads only when a <privacy-notice> is on the page, once', async () => {
  const config = { notice: { controller, practices: ['controller'] } };
  const chunkHits = () => web.server.hits.filter((h) => h.includes('consentry.notice.js')).length;
  const start = chunkHits();
  const without = await open(page({ attrs: 'data-config="#cfg"', head: json(config) }), { wait: false });
  await without.p.waitForFunction(() => window.Consentry && document.readyState === 'complete');
  assert.equal(chunkHits(), start);
  await without.context.close();
  const two = await open(
    page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice id="x"></privacy-notice><privacy-notice id="y"></privacy-notice>' }),
    { wait: '#y section' },
  );
  await two.p.waitForSelector('#x section');
  assert.equal(chunkHits(), start + 1);
  await two.context.close();
});

test('print hides navigation and buttons and writes out link targets', async () => {
  const config = { notice: { controller: { ...controller, url: 'https://example.com/' }, practices: ['controller', 'cookies'] } };
  const { p, context } = await open(page({ attrs: 'data-config="#cfg"', head: json(config), body: '<privacy-notice></privacy-notice>' }), { media: 'print' });
  assert.equal(await p.$eval('privacy-notice nav', (n) => getComputedStyle(n).display), 'none');
  assert.equal(await p.$eval('#cookies button', (n) => getComputedStyle(n).display), 'none');
  assert.match(await p.$eval('#controller a[href^="http"]', (a) => getComputedStyle(a, '::after').content), /https:\/\/example\.com\//);
  await context.close();
});

/** Opens a notice page served with `csp`; resolves with the console. */
async function underCsp(path, csp, lang = 'en') {
  const config = { notice: { controller, practices: ['controller', 'cookies', 'analytics', 'do-not-track'] } };
  pages[path] = {
    body: page({ lang, attrs: 'nonce="n0nce" data-config="#cfg"', head: json(config), body: '<privacy-notice></privacy-notice>' }),
    headers: { 'content-security-policy': csp },
  };
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const log = watchConsole(p);
  await p.goto(web.server.origin + path);
  await p.waitForSelector('#do-not-track', { timeout: 5000 }).catch(() => {});
  const tables = await p.locator('#cookies table').count();
  const heading = await p.textContent('#cookies h2').catch(() => null);
  await context.close();
  return { tables, heading, log };
}

const STRICT = "default-src 'self'; script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'";

test('works under a strict CSP: nonce and strict-dynamic, no unsafe-inline', async () => {
  const { tables, log } = await underCsp('/csp.html', STRICT);
  assert.equal(tables, 1);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
});

test('works with Trusted Types enforced and only the "consentry" policy allowed, its German chunk included', async () => {
  const { tables, heading, log } = await underCsp('/csp-tt.html', STRICT + "; require-trusted-types-for 'script'; trusted-types consentry", 'de');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  assert.equal(tables, 1);
  assert.equal(heading, 'Cookies und ähnliche Technologien');
});
