import { isObject } from '../core/config.js';
import { report } from '../core/report.js';
import { BASE, loadChunk } from '../loader/lazy.js';
import { SHIPPED, tables } from './texts.js';

/** Files asked for, so that each is fetched once. */
const asked: Record<string, 1> = {};

/**
 * Makes the shipped table `file` available in `tables`. Returns true when there is nothing to
 * wait for (no file, or it has arrived or failed); otherwise fetches it once and calls `done`
 * when it has arrived or failed. A failed file is `null` in `tables`, so English shows, with one
 * `[consentry]` error: `loadChunk` reports a file that does not load, this a malformed one.
 */
export function loadLanguage(file: string | undefined, done: () => void): boolean {
  if (!file || file in tables) return true;
  if (!asked[file]) {
    asked[file] = 1;
    loadChunk('lang.' + file)
      .then((table) => {
        if (!isObject(table)) throw 1;
        tables[file] = table;
      })
      .catch((why) => {
        // `loadChunk` has reported a file that did not load or run; this reports one that did.
        if (why === 1) report(`${BASE}consentry.lang.${file}.js is not a language file; using English`);
        tables[file] = null;
        // The drop-in and the notice chunk each bundle this loader (with one shared `SHIPPED`):
        // the second to fail on a file finds it gone already.
        const at = SHIPPED.indexOf(file);
        if (at >= 0) SHIPPED.splice(at, 1);
      })
      .then(done);
  }
  return false;
}
