import type { Config } from './config.js';
import { readCookie } from './cookie-copy.js';
import { decode, encode, MAX, type Decision } from './codec.js';
import { doc } from './guard.js';

// The record's format is pure code shared with `consentry/server` (src/entries/server.ts).
export { decode, encode, type Decision };

/** A cookie's name and value together may not pass 4,096 bytes; some room is left for the browser. */
const COOKIE_MAX = 4000;

/** Where the decision lives: the cookie, else `localStorage`, else this page's memory. */
export interface Store {
  /** The stored decision, from the first place that holds a valid one within `cookie-days`. */
  read(): Decision | null;
  /** Writes to the first place that keeps it, and returns which one that was. */
  write(d: Decision): 'cookie' | 'localStorage' | 'memory';
  /** Removes the record from every place. */
  clear(): void;
}

const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

/**
 * Opens the decision store. Nothing is written until `write`: probing for blocked cookies
 * happens by writing the real decision and reading it back.
 */
export function openStore(config: Config): Store {
  const key = 'consentry:' + config.cookieName;
  /**
   * Writes the cookie (`days` 0 deletes it). Every part is checked by the configuration (name
   * `[\w-]`, path without `;` or space, domain this host or a parent) and the value is the
   * record's own alphabet, so nothing needs escaping. By hand rather than with js-cookie, which
   * would add 509 B gzip to the drop-in (docs/decisions/0011-consent-cookie-written-by-hand.md).
   */
  const cookie = (value: string, days: number) =>
    (doc.cookie = `${config.cookieName}=${value};path=${config.cookiePath}${config.cookieDomain ? ';domain=' + config.cookieDomain : ''};max-age=${days * 86400};samesite=lax${location.protocol === 'https:' ? ';secure' : ''}`);
  let memory: Decision | null = null;
  const ls = () => attempt(() => localStorage);
  /** A decision older than `cookie-days` is void, wherever it is kept. */
  const fresh = (d: Decision | null) => (d && d.time + config.cookieDays * 864e5 > Date.now() ? d : null);
  return {
    // The cookie cannot hold every decision (too long, or a `cookie-path` or `cookie-domain`
    // that does not cover this page, or cookies blocked): then localStorage has it.
    read() {
      const fromCookie = fresh(decode(attempt(() => readCookie(config.cookieName))));
      if (fromCookie) return fromCookie;
      const stored = decode(attempt(() => ls()?.getItem(key)));
      // An expired record is removed (a record of another tool or format is left alone).
      if (stored && !fresh(stored)) attempt(() => ls()?.removeItem(key));
      return fresh(stored) ?? fresh(memory);
    },
    write(d) {
      const value = encode(d);
      memory = d;
      if (config.cookieName.length + value.length <= COOKIE_MAX) {
        attempt(() => cookie(value, config.cookieDays));
        if (attempt(() => readCookie(config.cookieName)) === value) {
          attempt(() => ls()?.removeItem(key));
          return 'cookie';
        }
      }
      // An older decision in the cookie, or in localStorage, would be read before this one: it goes.
      attempt(() => cookie('', 0));
      // Nothing is kept that could not be read back.
      if (value.length <= MAX) attempt(() => ls()?.setItem(key, value));
      if (attempt(() => ls()?.getItem(key)) === value) return 'localStorage';
      attempt(() => ls()?.removeItem(key));
      return 'memory';
    },
    clear() {
      memory = null;
      attempt(() => cookie('', 0));
      attempt(() => ls()?.removeItem(key));
    },
  };
}
