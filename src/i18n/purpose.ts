import { report } from '../core/report.js';
import { BASE, loadChunk } from '../loader/lazy.js';
import { fetchTable } from './load.js';
import { PURPOSES, type Purposes } from './purposes/en.js';

/** The catalogue's purposes by shipped language file, once loaded; `null` when the file failed. */
const tables: Record<string, Purposes | null> = {};

/**
 * Each English purpose as a pattern: the whole text, with `{platform}` capturing the name. The
 * texts without a `{platform}` come first, so that a whole text ("… on Facebook and Instagram")
 * wins over a pattern that would also take it.
 */
const english = Object.entries(PURPOSES)
  .sort(([, a], [, b]) => +a.includes('{') - +b.includes('{'))
  .map(([key, text]) => [key as keyof Purposes, new RegExp('^' + text.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace('{platform}', '(.+)') + '$')] as const);

/**
 * Makes the catalogue's purposes in the shipped language `file` available. Returns true when
 * there is nothing to wait for (English or a language not shipped, or the file has arrived or
 * failed); otherwise fetches `consentry.purposes.<file>.js` once and calls `done` when it has
 * arrived or failed (a failed file is reported by `loadChunk`, and the purposes stay English).
 */
export function loadPurposes(file: string | undefined, done: () => void): boolean {
  if (!file || file in tables) return true;
  fetchTable(
    'purposes.' + file,
    loadChunk,
    (table): table is Purposes => typeof (table as Purposes | null)?.visits == 'string',
    () => report(`${BASE}consentry.purposes.${file}.js is not a purposes file; using English`),
    (table) => (tables[file] = table),
    done,
  );
  return false;
}

/** Every language's purposes at once, for a server (src/ssr/notice.ts), which loads no file. */
export const addPurposes = (all: Record<string, Purposes>): void => void Object.assign(tables, all);

/** The key and platform name of a catalogue purpose given as its English text, if it is one. */
export function purposeKey(text: string): [keyof Purposes, string] | undefined {
  for (const [key, pattern] of english) {
    const found = pattern.exec(text);
    if (found) return [key, found[1] ?? ''];
  }
}

/**
 * A service's purpose as a visitor reads it in the shipped language `file` (see `loadPurposes`):
 * a purpose of the catalogue (its English text, as the configuration took it from there) in that
 * language; a site's own text as the site wrote it.
 */
export function purposeText(text: string, file: string | undefined): string {
  const table = file && tables[file];
  const known = table && purposeKey(text);
  return known ? table[known[0]].replace('{platform}', known[1]) : text;
}
