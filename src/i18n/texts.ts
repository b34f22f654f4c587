import type { Config } from '../core/config.js';
import { en, type TextKey } from './en.js';

/** Matches `[label](url)`; the URL's scheme is checked before it becomes a link. */
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

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
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => p !== '');
}

/**
 * Chooses the UI language: the `lang` option, else `<html lang>`, else the browser's languages,
 * each matched exactly and then without its region, among the languages that have texts.
 */
export function chooseLanguage(config: Config): string {
  const available = ['en', ...Object.keys(config.texts)].map((l) => l.toLowerCase());
  const wanted =
    config.lang !== 'auto' ? [config.lang] : [document.documentElement.lang, ...(navigator.languages || [])];
  for (const tag of wanted.filter(Boolean)) {
    const lower = tag.toLowerCase();
    const base = lower.split('-')[0];
    const match = available.includes(lower) ? lower : available.includes(base) ? base : '';
    if (match) return Object.keys(config.texts).find((l) => l.toLowerCase() === match) ?? 'en';
  }
  return 'en';
}

/** Looks a text up: the site's text in `lang`, then the site's English, then the built-in one. */
export function text(config: Config, lang: string, key: TextKey | string): string {
  return config.texts[lang]?.[key] ?? config.texts.en?.[key] ?? (en as Record<string, string>)[key] ?? key;
}

/** Right-to-left scripts among the languages Consentry may show. */
export const isRtl = (lang: string): boolean => /^(ar|he|fa|ur|ps|yi|ckb|dv)\b/i.test(lang);
