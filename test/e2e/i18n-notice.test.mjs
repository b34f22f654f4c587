// The privacy notice's built-in languages: the whole catalogue in German, French, Spanish,
// Italian and Dutch, following the UI language, with dates formatted by Intl in that language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, launch, page, site, watchConsole } from './helpers.mjs';

const ALL = ['controller', 'information-provided', 'information-logged', 'use', 'legal-basis', 'cookies', 'web-beacons', 'analytics', 'session-recording', 'advertising', 'disclosure', 'no-sale', 'public-areas', 'links', 'security', 'transfers', 'retention', 'rights', 'eea-rights', 'marketing', 'children', 'california', 'do-not-track', 'certifications', 'changes', 'sources', 'automated-decisions'];
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

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await site(
    Object.fromEntries(Object.keys(EXPECTED).map((l) => ['/' + l, page({ lang: l, attrs: 'data-config="#cfg"', head: json, body: '<privacy-notice></privacy-notice>' })])),
  );
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [lang, want] of Object.entries(EXPECTED)) {
  test(`${lang}: the whole notice in ${lang} from the page's language, dated in ${lang}`, async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const log = watchConsole(p);
    await p.goto(server.origin + '/' + lang);
    await p.waitForSelector('privacy-notice section#automated-decisions');
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
