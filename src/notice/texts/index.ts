import { en, type NoticeTexts } from './en.js';
import { LANGUAGES } from 'consentry:notice-languages';
import { fetchTable } from '../../i18n/load.js';

/**
 * The built-in notice languages. English is built into the notice chunk; each other language is
 * one data file `./<lang>.ts` (a table of type `NoticeTexts`, the same keys as `./en.ts`,
 * exported under its tag) that the build turns into `consentry.notice.<lang>.js`, fetched only
 * when a notice is shown in that language. The list is made from those files at build time
 * (scripts/derived.mjs): to add a language, add its file.
 */
export { LANGUAGES };

/** The built-in tables loaded so far, by tag: English always. */
export const TABLES: Record<string, NoticeTexts> = { en };

/** Loads a chunk (`loadChunk` of src/loader/lazy.ts). */
export type LoadChunk = (name: string) => Promise<unknown>;

/** Built-in languages whose chunk could not be loaded (reported once): English shows instead. */
export const FAILED = new Set<string>();

/** The built-in language that serves `lang` (`de-AT` → `de`), if any. */
export const builtIn = (lang: string): string | undefined => LANGUAGES.find((l) => l === lang.split('-')[0].toLowerCase());

/**
 * Makes the built-in table of `lang` available in `TABLES`. Returns true when there is nothing to
 * wait for (English, not a built-in language, or it has arrived or failed); otherwise fetches its
 * chunk once and calls `done` when it has arrived or failed. A chunk that fails is reported by
 * `loadChunk` (a malformed one here) and marked in `FAILED`, so the notice shows in English.
 */
export function loadTable(lang: string | undefined, load: LoadChunk, report: (message: string) => void, done: () => void): boolean {
  if (!lang || TABLES[lang] || FAILED.has(lang)) return true;
  fetchTable(
    'notice.' + lang,
    load,
    (table): table is NoticeTexts => typeof (table as NoticeTexts | undefined)?.contents == 'string',
    () => report(`consentry.notice.${lang}.js is not a notice language file; using English`),
    (table) => (table ? (TABLES[lang] = table) : FAILED.add(lang)),
    done,
  );
  return false;
}
