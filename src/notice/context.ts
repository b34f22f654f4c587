import type { html as Html } from 'lit/html.js';
import type { Config } from '../core/config.js';
import type { ConsentSnapshot } from '../core/types.js';
import type { ConsentryApi } from '../api.js';
import { pieces } from '../i18n/texts.js';
import type { PracticeId } from '../schema/notice.js';
import { en, type NoticeKey } from './texts/en.js';
import { LANGUAGES, TABLES } from './texts/index.js';

/** The organisation responsible, from `notice.controller`. */
interface Controller {
  name: string;
  address?: string;
  email?: string;
  phone?: string;
  fax?: string;
  dpo?: string;
  url?: string;
  contactUrl?: string;
}

/** A practice's parameters after validation (their types are those of the schema). */
export type Params = Record<string, any> & { title?: string; text?: string; more?: string[] };

/** The `notice` object after validation. */
export interface Notice {
  controller?: Controller;
  effectiveDate?: string;
  texts: Record<string, Record<string, string>>;
  /** Declared practices, in the configured order. */
  practices: Array<[PracticeId, Params]>;
}

/** Values filled into `{name}` placeholders: text, or a template for live parts. */
export type Vars = Record<string, unknown>;

/** Everything a practice needs to render: the facts, the texts, the live state. */
export interface Ctx {
  html: typeof Html;
  lang: string;
  notice: Notice;
  config: Config;
  snap: ConsentSnapshot;
  api: ConsentryApi;
  /** The site's host name (the controller when the notice names none). */
  hostname: string;
  /** The privacy signals the visitor's browser sends. */
  signals: { gpc: boolean; dnt: boolean };
  /** Level of the section headings (1..6). */
  level: number;
  /** A UI text of the banner (category names, the GPC statement). */
  ui(key: string): string;
  /** A notice text with its placeholders filled, as plain text. */
  t(key: NoticeKey, vars?: Vars): string;
  /** A notice text (or a configured string) with its placeholders filled and its safe links rendered. */
  rich(key: NoticeKey | { raw: string }, vars?: Vars): unknown[];
  /** The lines of a `.items` text. */
  items(key: NoticeKey): string[];
  /** The display name of a consent category, or with `description` its description (see `categoryText`). */
  label(category: string, description?: boolean): string;
  /** Re-renders after a change the notice made itself. */
  update(): void;
}

/**
 * The notice language: `wanted` if it has texts (the site's or built in), else its base
 * language (`de-AT` → `de`), else English.
 */
export function noticeLanguage(wanted: string, site: Record<string, unknown>): string {
  const known = [...Object.keys(site), ...LANGUAGES];
  const lower = wanted.toLowerCase();
  return known.find((l) => l.toLowerCase() === lower) ?? known.find((l) => l.toLowerCase() === lower.split('-')[0]) ?? 'en';
}

/**
 * Looks a text up: the site's in `lang`, the built-in one in `lang` (if loaded: see `loadTable`),
 * then the site's English, then the built-in English.
 */
export function lookup(notice: Notice, lang: string, key: NoticeKey): string {
  const base = lang.split('-')[0].toLowerCase();
  return notice.texts[lang]?.[key] ?? TABLES[lang]?.[key] ?? TABLES[base]?.[key] ?? notice.texts.en?.[key] ?? en[key];
}

/**
 * A text in `lang` itself (the site's or built in), without the English fallback of `lookup`
 * (unless `lang` is English): for wording that must not mix languages, such as a date.
 */
function ownText(notice: Notice, lang: string, key: NoticeKey): string | undefined {
  const base = lang.split('-')[0].toLowerCase();
  return notice.texts[lang]?.[key] ?? TABLES[lang]?.[key] ?? TABLES[base]?.[key] ?? (base == 'en' ? lookup(notice, 'en', key) : undefined);
}

// Dates and lists are written with the texts of the notice's language. `Intl` is used only for a
// language without them: the first `Intl.DateTimeFormat` or `Intl.ListFormat` of a page loads
// the browser's locale data, tens of milliseconds in one task on a phone (docs/performance.md).

/** `date` (YYYY-MM-DD) written out in `lang`, with the texts `date` and `date.months`. */
export function longDate(notice: Notice, lang: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const months = ownText(notice, lang, 'date.months')?.split(/\s+/);
  const pattern = ownText(notice, lang, 'date');
  return pattern && months?.length == 12
    ? fill(pattern, { year, month: months[month - 1], day })
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date + 'T00:00:00Z'));
}

/** `items` as one phrase in `lang` ("a, b and c"), with the texts `list.two` and `list.end`. */
export function listOf(notice: Notice, lang: string, items: string[]): string {
  const two = ownText(notice, lang, 'list.two');
  const end = ownText(notice, lang, 'list.end');
  if (!two || !end) return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  return items.length == 2 ? fill(two, { a: items[0], b: last }) : fill(end, { a: items.slice(0, -1).join(', '), b: last });
}

/** Fills `{name}` placeholders with text; leaves the others (templates) in place. */
export const fill = (text: string, vars: Vars = {}): string =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (typeof vars[name] === 'string' || typeof vars[name] === 'number' ? String(vars[name]) : m));

/** Renders a filled text: safe links become `<a>`, template placeholders are inserted. */
export function richText(html: typeof Html, text: string, vars: Vars = {}): unknown[] {
  return pieces(fill(text, vars)).flatMap((p) =>
    typeof p === 'string'
      ? p.split(/(\{\w+\})/).map((part) => {
          const v = /^\{(\w+)\}$/.test(part) ? vars[part.slice(1, -1)] : undefined;
          return v && typeof v === 'object' ? v : part;
        })
      : [html`<a href=${p.href}>${p.label}</a>`],
  );
}
