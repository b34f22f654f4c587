// The privacy notice's built-in languages: the whole catalogue in German, French, Spanish,
// Italian and Dutch, following the UI language, with dates written as Intl writes them in that language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, page, testSite, watchConsole } from './helpers.mjs';
import { PRACTICE_IDS as ALL } from '../shared/practices.mjs';

const config = {
  notice: {
    controller: { name: 'Example GmbH', email: 'privacy@example.com', address: 'Hauptstraße 1\n10115 Berlin' },
    effectiveDate: '2009-12-03',
    practices: ALL,
  },
};
const json = `<script type="application/json" id="cfg">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;
/** The section headings and date each language must show (from src/notice/texts/<lang>.ts). */
const EXPECTED = {
  de: { cookies: 'Cookies und ähnliche Technologien', children: 'Kinder', date: '3. Dezember 2009' },
  fr: { cookies: 'Cookies et technologies similaires', children: 'Enfants', date: '3 décembre 2009' },
  es: { cookies: 'Cookies y tecnologías similares', children: 'Menores', date: '3 de diciembre de 2009' },
  it: { cookies: 'Cookie e tecnologie simili', children: 'Minori', date: '3 dicembre 2009' },
  nl: { cookies: 'Cookies en vergelijkbare technieken', children: 'Kinderen', date: '3 december 2009' },
};
/** English headings that must not appear in a translated notice. */
const ENGLISH = ['Who we are and how to contact us', 'How we use information', 'Your rights', 'Changes to this notice'];

const web = testSite({
  ...Object.fromEntries(
    Object.keys(EXPECTED).map((l) => ['/' + l, page({ lang: l, attrs: 'data-config="#cfg"', head: json, body: '<privacy-notice></privacy-notice>' })]),
  ),
  '/en': page({ attrs: 'data-config="#cfg"', head: json, body: '<privacy-notice></privacy-notice>' }),
  '/fallback': page({
    lang: 'de',
    attrs: 'data-config="#cfg"',
    head: json,
    body: '<privacy-notice><p id="fallback">Loading the privacy notice…</p></privacy-notice>',
  }),
  '/switch': page({
    attrs: 'data-config="#cfg"',
    head: json,
    body: '<privacy-notice id="auto"></privacy-notice><privacy-notice id="fixed" lang="it"></privacy-notice>',
  }),
});

/** The notice language chunks (`consentry.notice.<lang>.js`) a page requests. */
function noticeChunks(p) {
  const asked = [];
  p.on('request', (r) => {
    const m = /consentry\.notice\.(\w+)\.js$/.exec(new URL(r.url()).pathname);
    if (m) asked.push(m[1]);
  });
  return asked;
}

/** Records each distinct state of the notice as it renders: its language and its table of contents' name. */
const RENDERS = () => {
  window.renders = [];
  new MutationObserver(() => {
    const n = document.querySelector('privacy-notice .consentry-notice');
    const state = n && `${n.lang}:${n.querySelector('nav')?.getAttribute('aria-label')}:${n.querySelector('section h2')?.textContent}`;
    if (state && state !== window.renders.at(-1)) window.renders.push(state);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

for (const [lang, want] of Object.entries(EXPECTED)) {
  test(`${lang}: the whole notice in ${lang} from the page's language, dated in ${lang}, its chunk alone fetched`, async () => {
    const context = await web.browser.newContext();
    await context.addInitScript(RENDERS);
    const p = await context.newPage();
    const log = watchConsole(p);
    const asked = noticeChunks(p);
    await p.goto(web.server.origin + '/' + lang);
    await p.waitForSelector('privacy-notice section#automated-decisions');
    assert.deepEqual(asked, [lang], "only this language's notice chunk is fetched");
    const renders = await p.evaluate(() => window.renders);
    assert.ok(renders.length && renders.every((r) => r.startsWith(lang + ':') && !r.includes('Contents')), `never rendered in English first: ${renders}`);
    assert.equal(await p.getAttribute('privacy-notice > .consentry-notice', 'lang'), lang);
    assert.equal(await p.textContent('#cookies h2'), want.cookies);
    assert.equal(await p.textContent('#children h2'), want.children);
    assert.equal(await p.textContent('privacy-notice time'), want.date);
    assert.equal(await p.getAttribute('privacy-notice time', 'datetime'), '2009-12-03');
    const text = await p.textContent('privacy-notice');
    for (const heading of ENGLISH) assert.ok(!text.includes(heading), `English "${heading}" in the ${lang} notice`);
    assert.ok(!/\{\w+\}/.test(text), 'no unfilled placeholder');
    assert.deepEqual(await axe(p, 'privacy-notice'), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('no translated notice says that using the site means consent', async () => {
  // The German, French, Spanish, Italian and Dutch forms of "by using this site you agree".
  const banned = [
    /durch die nutzung[^.]*(einverstanden|zustimm)/i,
    /en (utilisant|naviguant)[^.]*(acceptez|consentez)/i,
    /al (usar|navegar)[^.]*(acepta|consiente)/i,
    /(utilizzando|navigando)[^.]*(accetti|acconsenti)/i,
    /door (gebruik|verder te)[^.]*(akkoord|stemt)/i,
  ];
  for (const lang of Object.keys(EXPECTED)) {
    const source = await readFile(new URL(`../../src/notice/texts/${lang}.ts`, import.meta.url), 'utf8');
    for (const re of banned) assert.ok(!re.test(source), `${lang}: ${re}`);
  }
});

test('an English notice fetches no language chunk', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const log = watchConsole(p);
  const asked = noticeChunks(p);
  await p.goto(web.server.origin + '/en');
  await p.waitForSelector('privacy-notice section#automated-decisions');
  await p.waitForLoadState('networkidle');
  assert.equal(await p.textContent('#cookies h2'), 'Cookies and similar technologies');
  assert.deepEqual(asked, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('while its language loads the notice keeps its fallback and renders once, in that language', async () => {
  const context = await web.browser.newContext();
  await context.addInitScript(RENDERS);
  let release;
  const held = new Promise((ok) => (release = ok));
  let requested;
  const asked = new Promise((ok) => (requested = ok));
  await context.route('**/consentry.notice.de.js', async (route) => {
    requested();
    await held;
    await route.continue();
  });
  const p = await context.newPage();
  const log = watchConsole(p);
  // The page's `load` waits for the held chunk.
  await p.goto(web.server.origin + '/fallback', { waitUntil: 'domcontentloaded' });
  // The notice chunk (English built in) has run and asked for German: nothing rendered meanwhile.
  await asked;
  await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  assert.equal(await p.locator('privacy-notice .consentry-notice').count(), 0);
  assert.equal(await p.textContent('#fallback'), 'Loading the privacy notice…');
  release();
  await p.waitForSelector('privacy-notice section#automated-decisions');
  assert.equal(await p.locator('#fallback').count(), 0, 'the fallback makes way');
  assert.deepEqual(await p.evaluate(() => window.renders), ['de:Inhalt:Wer wir sind und wie Sie uns erreichen']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const [what, fulfil, error] of [
  ['is missing (404)', { status: 404, body: 'not found' }, /^\[consentry\] could not load http:\/\/127\.0\.0\.1:\d+\/dist\/consentry\.notice\.de\.js$/],
  ['registers nothing', { contentType: 'text/javascript', body: 'window.x = 1;' }, /^\[consentry\] could not load .*consentry\.notice\.de\.js$/],
  [
    'is no table',
    { contentType: 'text/javascript', body: "window[Symbol.for('consentry.chunk')]('notice.de', 42);" },
    /^\[consentry\] consentry\.notice\.de\.js is not a notice language file; using English$/,
  ],
]) {
  test(`a language chunk that ${what}: the notice in English, one [consentry] error, nothing thrown`, async () => {
    const context = await web.browser.newContext();
    await context.addInitScript(RENDERS);
    await context.route('**/consentry.notice.de.js', (route) => route.fulfill(fulfil));
    const p = await context.newPage();
    const log = watchConsole(p);
    await p.goto(web.server.origin + '/de');
    await p.waitForSelector('privacy-notice section#automated-decisions');
    assert.equal(await p.getAttribute('privacy-notice > .consentry-notice', 'lang'), 'en');
    assert.equal(await p.textContent('#cookies h2'), 'Cookies and similar technologies');
    assert.equal(await p.textContent('privacy-notice time'), 'December 3, 2009');
    assert.deepEqual(await p.evaluate(() => window.renders), ['en:Contents:Who we are and how to contact us'], 'rendered once');
    // Besides the browser's own "Failed to load resource" line of a 404.
    const ours = log.errors.filter((e) => !e.startsWith('Failed to load resource'));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0], error);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('a notice without its own lang follows <html lang> at run time; one with lang stays', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const log = watchConsole(p);
  const asked = noticeChunks(p);
  await p.goto(web.server.origin + '/switch');
  await p.waitForSelector('#auto section#cookies');
  await p.waitForSelector('#fixed section#cookies');
  const heading = (id) => p.textContent(`#${id} #cookies h2`);
  assert.equal(await heading('auto'), 'Cookies and similar technologies');
  assert.equal(await heading('fixed'), EXPECTED.it.cookies);
  const relang = async (tag, lang, cookies) => {
    await p.evaluate((t) => (document.documentElement.lang = t), tag);
    await p.waitForFunction((l) => document.querySelector('#auto > .consentry-notice').lang === l, lang);
    assert.equal(await heading('auto'), cookies, tag);
    assert.equal(await heading('fixed'), EXPECTED.it.cookies, `the notice with lang="it" stays Italian (${tag})`);
  };
  await relang('fr', 'fr', EXPECTED.fr.cookies);
  assert.equal(await p.textContent('#auto time'), EXPECTED.fr.date);
  await relang('de-AT', 'de', EXPECTED.de.cookies);
  assert.deepEqual(log.errors, []);
  // Polish: the banner has it, the notice has no texts in it: English, with one clear message.
  await relang('pl', 'en', 'Cookies and similar technologies');
  assert.equal(await p.textContent('#auto time'), 'December 3, 2009');
  await relang('en', 'en', 'Cookies and similar technologies');
  assert.deepEqual(log.errors, [
    '[consentry] <privacy-notice>: no notice texts in "pl"; shown in English (built in: en, de, es, fr, it, nl; add yours under notice.texts)',
  ]);
  assert.deepEqual(asked.sort(), ['de', 'fr', 'it']);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
