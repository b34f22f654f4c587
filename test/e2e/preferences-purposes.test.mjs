// The catalogue's purposes in the visitor's language: in the preferences dialog's details and in
// the privacy notice's cookie table, for every shipped language, read as a visitor reads them.
// A site's own purpose, and a catalogue entry whose purpose the site overrides, show as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtLanguageTables, page, ROOT, testSite } from './helpers.mjs';

/** The built purpose files (`dist/consentry.purposes.<tag>.js`), read back as the browser gets them. */
const PURPOSES = Object.fromEntries(
  readdirSync(ROOT + 'dist')
    .filter((f) => /^consentry\.purposes\..+\.js$/.test(f))
    .map((f) => {
      const m = /^\ufeffwindow\[Symbol\.for\("consentry\.chunk"\)\]\?\.\("purposes\.([^"]+)",(.*)\);\n$/s.exec(readFileSync(ROOT + 'dist/' + f, 'utf8'));
      if (!m) throw new Error(`${f} does not have the expected shape`);
      return [m[1], JSON.parse(m[2])];
    }),
);
/** The English purposes, from their source: key → text. */
const ENGLISH = Object.fromEntries(
  [...readFileSync(ROOT + 'src/i18n/purposes/en.ts', 'utf8').matchAll(/^ {2}(\w+): (['"])(.*)\2,$/gm)].map((m) => [m[1], m[3].replace(/\\(.)/g, '$1')]),
);
const ENGLISH_TEXTS = Object.values(ENGLISH);
const LANGS = Object.keys(builtLanguageTables());

/** The catalogue services shown, with the key and platform name of their purpose. */
const CATALOGUE = {
  'Google Analytics': ['visits'],
  Hotjar: ['polls'],
  'Google Fonts': ['fonts', 'Google'],
  YouTube: ['videoTracking'],
  'Meta Pixel': ['audiencesMeta'],
  'TikTok Pixel': ['audiencesOn', 'TikTok'],
  'LinkedIn Insight Tag': ['campaigns', 'LinkedIn'],
};
const OWN = { 'Own Ads': 'Ours, as the site wrote it', 'X (Twitter) Pixel': 'Our own words about X' };

const CONFIG = {
  notice: { controller: { name: 'Example Ltd', email: 'privacy@example.com' }, effectiveDate: '2024-02-29', practices: ['cookies'] },
  categories: {
    functional: { services: ['google-fonts'] },
    analytics: { services: ['google-analytics', 'hotjar'] },
    advertising: {
      services: [
        'youtube',
        'meta-pixel',
        'tiktok-pixel',
        'linkedin-insight',
        // A catalogue entry the site overrides field by field keeps the site's purpose.
        { id: 'x-pixel', purpose: OWN['X (Twitter) Pixel'] },
        { id: 'own', name: 'Own Ads', purpose: OWN['Own Ads'], cookies: ['own_id'] },
      ],
    },
  },
};
const json = `<script type="application/json" id="cfg">${JSON.stringify(CONFIG)}</script>`;

const web = testSite({
  ...Object.fromEntries(['en', ...LANGS].map((lang) => [`/${lang}`, page({ attrs: `data-config="#cfg" data-lang="${lang}"`, head: json })])),
  ...Object.fromEntries(
    ['en', 'de', 'es', 'fr', 'it', 'nl'].map((lang) => [
      `/notice-${lang}`,
      page({ lang, attrs: 'data-config="#cfg"', head: json, body: '<privacy-notice></privacy-notice>' }),
    ]),
  ),
});

/** The purpose a visitor should read for each service in `lang`. */
function expected(lang) {
  const want = { ...OWN };
  for (const [name, [key, platform = '']] of Object.entries(CATALOGUE))
    want[name] = (lang === 'en' ? ENGLISH : PURPOSES[lang])[key].replace('{platform}', platform);
  return want;
}

test('the catalogue purposes are in every shipped language', () => {
  assert.equal(LANGS.length, 50);
  assert.deepEqual(Object.keys(PURPOSES).sort(), LANGS.sort(), 'one purposes file per shipped UI language');
});

test('the dialog details show each catalogue purpose in the UI language, and the site’s own purposes as written', async () => {
  const context = await web.browser.newContext();
  try {
    for (const lang of ['en', ...LANGS]) {
      const { p, errors, pageErrors } = await web.open(`/${lang}`, { context });
      await p.evaluate(() => window.Consentry.showPreferences());
      const sections = p.locator('consent-banner >> dialog[open] section.svc');
      // Each service shows its provider and its purpose once the language's purposes are here.
      await p.waitForFunction(
        () =>
          [...document.querySelector('consent-banner').shadowRoot.querySelectorAll('dialog[open] section.svc')].filter(
            (s) => s.querySelectorAll('dd').length === 2,
          ).length === 9,
      );
      await p.locator('consent-banner >> dialog[open] summary').evaluateAll((all) => all.forEach((s) => s.click()));
      const seen = Object.fromEntries(
        await sections.evaluateAll((all) =>
          all.filter((s) => s.checkVisibility()).map((s) => [s.getAttribute('aria-label'), s.querySelectorAll('dd')[1].innerText.trim()]),
        ),
      );
      assert.deepEqual(seen, expected(lang), lang);
      if (lang !== 'en')
        for (const [name, text] of Object.entries(seen))
          assert.ok(!ENGLISH_TEXTS.includes(text) && !/^Measures |^Counts |^Records /.test(text), `${lang} ${name}: "${text}" is English`);
      assert.deepEqual([errors, pageErrors], [[], []], lang);
      await p.close();
    }
  } finally {
    await context.close();
  }
});

test('the privacy notice’s cookie table shows the catalogue purposes in the notice’s language', async () => {
  const context = await web.browser.newContext();
  try {
    for (const lang of ['en', 'de', 'es', 'fr', 'it', 'nl']) {
      const { p, errors, pageErrors } = await web.open(`/notice-${lang}`, { context });
      const rows = p.locator('privacy-notice .consentry-table tbody tr');
      await rows.first().waitFor();
      const purposes = await rows.evaluateAll((all) => all.map((r) => [r.cells[1].innerText.trim(), r.cells[2].innerText.trim()]));
      const want = expected(lang);
      // Google Fonts, Meta Pixel and TikTok Pixel set cookies (the table lists cookies): each row of a
      // service shows its purpose; the site's own service too.
      const byProvider = {
        Google: [want['Google Analytics'], want.YouTube, want['Google Fonts']],
        'Meta Platforms': [want['Meta Pixel']],
        TikTok: [want['TikTok Pixel']],
        'Own Ads': [want['Own Ads']],
      };
      for (const [provider, allowed] of Object.entries(byProvider)) {
        const mine = purposes.filter(([who]) => who === provider);
        assert.ok(mine.length > 0, `${lang}: rows of ${provider}`);
        for (const [, text] of mine) assert.ok(allowed.includes(text), `${lang} ${provider}: "${text}" is not one of ${JSON.stringify(allowed)}`);
      }
      if (lang !== 'en') for (const [who, text] of purposes) assert.ok(!ENGLISH_TEXTS.includes(text), `${lang} ${who}: "${text}" is English`);
      assert.deepEqual([errors, pageErrors], [[], []], lang);
      await p.close();
    }
  } finally {
    await context.close();
  }
});
