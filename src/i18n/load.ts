import { isObject } from '../core/resolve.js';
import { diagnose } from '../core/diagnose.js';
import { NOT_LANGUAGE_FILE } from '../core/messages.js';
import { BASE, loadChunk } from '../loader/lazy.js';
import { SHIPPED, tables } from './texts.js';

/** Files asked for, so that each is fetched once. */
const asked: Record<string, 1> = {};

/**
 * The one loader of text tables, the UI's (`lang.<tag>`) and the privacy notice's
 * (`notice.<lang>`): fetches the file `name` once through `load` (the loader's `loadChunk`), then
 * calls `settle` with the table it registered, or with `null` when it did not load or run
 * (`loadChunk` has reported that) or is no table (`isTable` is false; `notTable` reports it), and
 * then `done`.
 */
export function fetchTable<T>(
  name: string,
  load: (name: string) => Promise<unknown>,
  isTable: (table: unknown) => table is T,
  notTable: () => void,
  settle: (table: T | null) => void,
  done: () => void,
): void {
  if (asked[name]) return;
  asked[name] = 1;
  void load(name)
    .then((table) => {
      if (!isTable(table)) throw notTable();
      settle(table);
    })
    .catch(() => settle(null))
    .then(done);
}

/**
 * Makes the shipped table `file` available in `tables`. Returns true when there is nothing to
 * wait for (no file, or it has arrived or failed); otherwise fetches it once and calls `done`
 * when it has arrived or failed. A failed file is `null` in `tables` and is taken off `SHIPPED`,
 * so English shows, with one `[consentry]` error.
 */
export function loadLanguage(file: string | undefined, done: () => void): boolean {
  if (!file || file in tables) return true;
  fetchTable(
    'lang.' + file,
    loadChunk,
    isObject,
    () => diagnose(NOT_LANGUAGE_FILE, `${BASE}consentry.lang.${file}.js`),
    (table) => {
      tables[file] = table;
      const at = SHIPPED.indexOf(file);
      if (!table && at >= 0) SHIPPED.splice(at, 1);
    },
    done,
  );
  return false;
}
