import type { Config } from '../core/config.js';
import { diagnose } from '../core/diagnose.js';
import { LANG_LONG, LANG_NO_TEXTS, TEXT_MISSING } from '../core/messages.js';
import { en, type TextKey } from './en.js';
import { own, doc } from '../core/guard.js';
import { SHIPPED } from 'consentry:languages';

/**
 * Matches `[label](url)`; the URL's scheme is checked before it becomes a link. Neither part may
 * hold a bracket, so no text is scanned twice: matching stays linear in the text's length,
 * whatever the text (`[a](` repeated 20,000 times was quadratic).
 */
const LINK = /\[([^[\]]+)\]\(([^()[\]\s]+)\)/g;

/** A piece of rich text: plain text, or a link whose URL has passed the scheme check. */
export type Piece = string | { label: string; href: string };

/** Splits a configured text into text and safe links; a link with another scheme stays text. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const href = m[2];
    if (!/^(https?:|mailto:|\/|#)/i.test(href) || /^\/\//.test(href)) continue;
    out.push(text.slice(last, m.index), { label: m[1], href });
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => p !== '');
}

/**
 * The languages shipped besides English, each a file `consentry.lang.<tag>.js` next to the
 * drop-in, built from `src/i18n/lang/<tag>.ts`: the list is made from those files at build time
 * (scripts/derived.mjs). The loader takes a tag off it when its file fails.
 */
export { SHIPPED };

/**
 * The shipped tables loaded so far, by tag; `null` marks a file that could not be loaded (the
 * loader also takes it off `SHIPPED`, so English shows instead).
 */
export const tables: Record<string, Record<string, string> | null> = {};

/**
 * The entry of `list` that serves `tag`: the tag itself, else shorter and shorter prefixes of
 * it (`de-AT` → `de`, `sr-Latn-RS` → `sr-Latn`), compared case-insensitively, else the same for
 * its alias: Chinese goes by script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` are traditional, any
 * other `zh` simplified) and Norwegian `no` and `nn` are served by Bokmål.
 */
export function match(tag: string, list: string[]): string | undefined {
  // Longer than BCP 47 allows (see MAX_TAG): matching it would cost time for nothing.
  if (tag.length > MAX_TAG) return void diagnose(LANG_LONG, tag);
  const t = tag.toLowerCase();
  const alias = t
    .replace(/^zh-(hant|tw|hk|mo)\b.*/, 'zh-tw')
    .replace(/^zh\b(?!-tw).*/, 'zh-cn')
    .replace(/^n[on]\b/, 'nb');
  for (let p of [t, alias])
    for (; p; p = p.replace(/-?[^-]*$/, '')) {
      const found = list.find((l) => l.toLowerCase() == p);
      if (found) return found;
    }
}

/** The longest language tag considered (RFC 5646, 4.4.1); `<html lang>` can be anything. */
export const MAX_TAG = 35;

/** The shipped file that serves `lang`, if any (none for English). */
export const shipped = (lang: string): string | undefined =>
  // Asked for every text of every render: remembered per language (and per list, which shrinks
  // when a file fails to load).
  (memo[lang + SHIPPED.length] ??= [match(lang, SHIPPED)])[0];
const memo: Record<string, [string | undefined]> = {};

/**
 * Chooses the UI language: the `lang` option, else `<html lang>`, else the browser's languages,
 * each matched exactly and then without its region (see `match`) among the languages the site
 * gives texts for and the shipped ones, else English.
 */
export function chooseLanguage(config: Config): string {
  const auto = config.lang == 'auto';
  for (const tag of auto ? [doc.documentElement.lang, ...navigator.languages] : [config.lang]) {
    const found = tag && match(tag, [...Object.keys(config.texts), 'en', ...SHIPPED]);
    if (found) return found;
  }
  // A shipped language whose file failed has been reported by the loader already.
  if (!auto && !match(config.lang, Object.keys(tables))) diagnose(LANG_NO_TEXTS, config.lang);
  return 'en';
}

/** Built-in English: the first layer's texts, joined by the rest when a chunk that shows them loads. */
const english: Record<string, string> = { ...en };

/** Adds built-in English texts (a chunk's, see `en-more.ts`). */
export const addEnglish = (more: Record<string, string>): void => void Object.assign(english, more);

/**
 * Looks a text up: the site's text in `lang`, then the shipped one, then the site's English, then
 * the built-in English. Falling back to English is reported (once per key) with `debug`.
 */
export function text(config: Config, lang: string, key: TextKey | string): string {
  const file = shipped(lang);
  // Own keys only: a key such as `constructor` (a category's name) finds no inherited function.
  const mine = config.texts[lang]?.[key] ?? own(tables[file!], key);
  // While the shipped file loads nothing is missing yet.
  if (mine == null && config.debug && !/^en\b/i.test(lang) && (!file || tables[file])) diagnose(TEXT_MISSING, lang, key);
  return mine ?? config.texts.en?.[key] ?? own(english, key) ?? key;
}

/** Right-to-left scripts among the languages Consentry may show. */
export const isRtl = (lang: string): boolean => /^(ar|he|fa|ur|ps|yi|ckb|dv)\b/i.test(lang);
