// The words a visitor sees, in every mode and every shipped language: the banner, the preferences
// dialog (before and after a decision), the "Privacy settings" control, <consent-gate> and
// <consent-opt-out>, read through their shadow roots as text nodes and accessible names. No table
// key, no `undefined` or `null`, no empty name, no `{placeholder}`, and no English left in another
// language. Read generically, so that whatever an element comes to show is read too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtLanguageTables, page, ROOT, testSite } from './helpers.mjs';

const TABLES = builtLanguageTables();

/** The English table, read from its source files: objects of `key: 'text'` (or "text") entries. */
const ENGLISH = Object.fromEntries(
  ['en', 'en-more', 'en-exempt'].flatMap((name) => {
    const object = /export const \w+ = \{(.*?)\n\};/s.exec(readFileSync(`${ROOT}src/i18n/${name}.ts`, 'utf8'))[1];
    return [...object.matchAll(/(\w+):\s*(['"])((?:\\.|(?!\2)[^\\])*)\2,/g)].map((m) => [m[1], m[3].replace(/\\(.)/g, '$1')]);
  }),
);
const KEYS = new Set([...Object.keys(ENGLISH), ...Object.values(TABLES).flatMap(Object.keys)]);
const ENGLISH_TEXTS = new Set(Object.values(ENGLISH));

/** Texts that really are the same word as the English one in that language: German says "OK", French "Services". */
const SAME_AS_ENGLISH = { de: ['OK'], fr: ['Services'] };

const LANGS = ['en', ...Object.keys(TABLES)];
const MODES = ['opt-in', 'opt-out', 'notice', 'none'];
const PROVIDER = 'Maps Provider';
const GATE = `<consent-gate category="advertising" provider="${PROVIDER}"><template><img src="/t/map.gif" alt=""></template></consent-gate>`;

// A UK visitor whose region's rules make analytics exempt (docs/regions.md#exempt-categories):
// the banner's and the dialog's texts say what is on without asking and how to object.
const EXEMPT = { categories: { analytics: {}, advertising: {} }, regions: { UK: { exempt: ['analytics'] } } };

const web = testSite({
  ...Object.fromEntries(
    MODES.map((mode) => [
      `/${mode}`,
      page({
        attrs: `data-mode="${mode}" data-policy-url="/privacy"`,
        body: `${GATE}<footer><consent-opt-out></consent-opt-out></footer>`,
      }),
    ]),
  ),
  '/exempt': page({
    attrs: 'data-region="UK" data-config="#c" data-policy-url="/privacy"',
    head: `<script type="application/json" id="c">${JSON.stringify(EXEMPT)}</script>`,
    body: `${GATE}<footer><consent-opt-out></consent-opt-out></footer>`,
  }),
});

/**
 * Every string shown in the elements' shadow roots: visible text nodes, and the attributes that
 * name or describe (aria-label, title, alt); an interactive or text element with no name is an
 * empty string, and so is an aria-labelledby or aria-describedby that points at nothing.
 */
const read = (p) =>
  p.evaluate(() => {
    const out = [];
    const roots = [];
    const walk = (root) => {
      roots.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    for (const el of document.querySelectorAll('consent-banner,consent-gate,consent-opt-out')) if (el.shadowRoot) walk(el.shadowRoot);
    for (const root of roots) {
      const where = root.host.localName;
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (texts.nextNode()) {
        const t = texts.currentNode;
        if (t.data.trim() && t.parentElement?.checkVisibility()) out.push([where, t.data.trim()]);
      }
      for (const el of root.querySelectorAll('*')) {
        if (!el.checkVisibility()) continue;
        for (const a of ['aria-label', 'title', 'alt', 'placeholder']) if (el.hasAttribute(a)) out.push([where + ` [${a}]`, el.getAttribute(a).trim()]);
        for (const a of ['aria-labelledby', 'aria-describedby']) {
          if (!el.hasAttribute(a)) continue;
          const named = el
            .getAttribute(a)
            .split(/\s+/)
            .map((id) => root.getElementById(id)?.textContent ?? '')
            .join(' ');
          out.push([`${where} [${a}=${el.getAttribute(a)}]`, named.trim()]);
        }
        const name = el.getAttribute('aria-label') ?? el.textContent;
        if (el.matches('button,a,h1,h2,h3,p,label,li,code') && !name.trim()) out.push([`${where} <${el.localName}>`, '']);
      }
    }
    return out;
  });

/** What is wrong with `text` in `lang`, or nothing. */
function fault(text, lang) {
  if (!text) return 'is empty';
  if (/[{}]/.test(text)) return 'has a placeholder left';
  const plain = text.replaceAll(PROVIDER, '{provider}').replace(/\s+/g, ' ');
  if (KEYS.has(plain)) return 'is a table key';
  // A key the code built that no table has (`opt-outText`): one camel-cased word.
  if (/^[a-z][a-z-]*[A-Z]\w*$/.test(plain)) return 'looks like a table key';
  if (/\b(undefined|null|NaN)\b|\[object /.test(plain)) return 'shows a missing value';
  if (lang !== 'en' && ENGLISH_TEXTS.has(plain) && !SAME_AS_ENGLISH[lang]?.includes(plain)) return 'is English';
}

/**
 * Opens one mode and shows each of its views (first layer, dialog, after a decision), reading each
 * in every language in turn: the page's `<html lang>` changes, and the UI follows it once the
 * language's file is in (the banner then carries the language in its own `lang`).
 * Returns what is wrong, and what was read by language.
 */
async function visit(mode, signal = false, path = mode) {
  const context = await web.browser.newContext({ viewport: { width: 1024, height: 768 } });
  // In `notice` and `none` modes, which grant everything, a Global Privacy Control signal keeps
  // advertising refused, so that the gate has a placeholder to show and the opt-out control its
  // "honoured" status. (In opt-in and opt-out modes the visitor decides instead, below, unless
  // `signal` asks for the opt-out rules under the signal: see `visitSignalled`.)
  const gpc = signal || mode === 'notice' || mode === 'none';
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  try {
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${web.server.origin}/${path}`);
    const wrong = [];
    const seen = Object.fromEntries(LANGS.map((lang) => [lang, []]));
    const everyLanguage = async (view) => {
      for (const lang of LANGS) {
        await p.evaluate((lang) => (document.documentElement.lang = lang), lang);
        await p.waitForFunction((lang) => document.querySelector('consent-banner').lang === lang, lang);
        // The visitor's consent id is no text (and may look like a key).
        const id = await p.evaluate(() => window.Consentry.get().timestamp && window.Consentry.get().id);
        for (const [where, text] of (await read(p)).filter(([, text]) => text !== id)) {
          seen[lang].push(text);
          const why = fault(text, lang);
          if (why) wrong.push(`${path}/${lang} ${view} ${where}: ${JSON.stringify(text)} ${why}`);
        }
      }
    };
    if (mode !== 'opt-out' || signal) await p.locator('consent-gate >> [part=placeholder]').waitFor();
    // (Under regions, the opt-out control shows only where the rules are opt-out: not on `/exempt`.)
    if (path !== 'exempt') await p.locator(`consent-opt-out >> ${gpc ? '[part=status]' : '[part=button]'}`).waitFor();
    if (signal) {
      // Under opt-out rules the signal is the visitor's answer: no banner, and the page says the
      // request was honoured, in the opt-out control and in the dialog the revisit control opens.
      await p.locator('consent-banner >> [part~=revisit]').waitFor();
      assert.equal(await p.locator('consent-banner >> [part~=banner]').count(), 0, 'no banner under the signal');
      await everyLanguage('page');
      await p.locator('consent-banner >> [part~=revisit]').click();
      await p.locator('consent-banner >> dialog[open][part=dialog]').waitFor();
      await everyLanguage('dialog');
    } else if (mode === 'none') await everyLanguage('page');
    else {
      await p.locator('consent-banner >> [part~=banner]').waitFor();
      await everyLanguage('banner');
      await p.locator('consent-banner >> [part~=banner] [part~=preferences]').click();
      await p.locator('consent-banner >> dialog[open][part=dialog]').waitFor();
      await everyLanguage('dialog');
      await p.keyboard.press('Escape');
      await p.locator('consent-banner >> [part=dialog]').waitFor({ state: 'detached' });
    }
    if (!gpc && !signal && path !== 'exempt') {
      // A decision (the opt-out control's, or the opt-out banner's): the opt-out control says it
      // is honoured, the gate holds its content back, the revisit control appears, and the dialog
      // shows the consent id.
      // With the keyboard: on a short window the bottom bar covers the opt-out control, as it would a visitor's pointer.
      await p.locator(mode === 'opt-in' ? 'consent-opt-out >> [part=button]' : 'consent-banner >> [part~=banner] [part~=reject]').focus();
      await p.keyboard.press('Enter');
      await p.locator('consent-opt-out >> [part=status]').waitFor();
      // In opt-out mode the page's gate showed its content before the visitor opted out: a gate
      // the page adds now holds its content back.
      if (mode === 'opt-out') await p.evaluate((gate) => document.querySelector('main').insertAdjacentHTML('beforeend', gate), GATE);
      await p.locator('consent-gate >> [part=placeholder]').waitFor();
      await p.locator('consent-banner >> [part~=revisit]').waitFor();
      await everyLanguage('decided');
      await p.locator('consent-banner >> [part~=revisit]').click();
      await p.locator('consent-banner >> [part=consent-id]').waitFor();
      await everyLanguage('decided dialog');
    }
    return { wrong: [...wrong, ...errors], seen };
  } finally {
    await context.close();
  }
}

describe('visible text in every mode and language', () => {
  it('ships 51 languages, each with every key of the English table', () => {
    assert.equal(LANGS.length, 51);
    for (const [lang, table] of Object.entries(TABLES)) assert.deepEqual(Object.keys(table).sort(), Object.keys(ENGLISH).sort(), lang);
  });

  for (const mode of MODES) {
    it(`${mode}: real words in the banner, dialog, gate and opt-out control, in all 51 languages`, async () => {
      const { wrong, seen } = await visit(mode);
      assert.deepEqual(wrong, []);
      // The reading reads: the gate's text with its provider, the banner's and the dialog's
      // titles, and as much in every language as in English.
      assert.ok(
        seen.en.some((t) => t.includes(PROVIDER)),
        'the gate is read',
      );
      if (mode !== 'none') assert.ok(seen.en.includes(ENGLISH.title) && seen.en.includes(ENGLISH.preferencesTitle), 'the banner and the dialog are read');
      if (mode === 'opt-out') assert.ok(seen.en.includes(ENGLISH.optOutText), 'the opt-out text is shown');
      if (!['notice', 'none'].includes(mode)) assert.ok(seen.en.includes(ENGLISH.consentIdText), 'the dialog after a decision is read');
      for (const lang of LANGS) assert.equal(seen[lang].length, seen.en.length, `as many strings in ${lang} as in English`);
    });
  }

  it('opt-out under Global Privacy Control: the honoured signal is said, in real words, in all 51 languages', async () => {
    const { wrong, seen } = await visit('opt-out', true);
    assert.deepEqual(wrong, []);
    // The opt-out control's status (read with the page, and again while the dialog is open) and
    // the dialog's own line say the signal was honoured.
    assert.equal(seen.en.filter((t) => t === ENGLISH.gpc).length, 3, `"${ENGLISH.gpc}" in the opt-out control and in the dialog`);
    for (const lang of LANGS) assert.equal(seen[lang].length, seen.en.length, `as many strings in ${lang} as in English`);
  });

  it('a UK visitor with analytics exempt: the banner, the dialog and its "you can object" line in real words, in all 51 languages', async () => {
    const { wrong, seen } = await visit('opt-in', false, 'exempt');
    assert.deepEqual(wrong, []);
    for (const key of ['exemptText', 'exemptPreferencesText', 'exempt']) assert.ok(seen.en.includes(ENGLISH[key]), `"${ENGLISH[key]}" is shown`);
    assert.ok(!seen.en.includes(ENGLISH.text), 'the banner does not ask about the exempt category');
    for (const lang of LANGS) {
      assert.equal(seen[lang].length, seen.en.length, `as many strings in ${lang} as in English`);
      if (lang !== 'en')
        for (const key of ['exemptText', 'exemptPreferencesText', 'exempt']) assert.ok(seen[lang].includes(TABLES[lang][key]), `${lang} ${key}`);
    }
  });
});
