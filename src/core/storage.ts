import type { Config } from './config.js';
import { readCookies } from './cookie-copy.js';
import { deleteCookie } from './variants.js';
import { decode, encode, MAX, type Decision } from './codec.js';
import { doc } from './guard.js';

// The record's format is pure code shared with `consentry/server` (src/entries/server.ts).
export { decode, encode, type Decision };

/** A cookie's name and value together may not pass 4,096 bytes; some room is left for the browser. */
const COOKIE_MAX = 4000;

/** Where the decision lives: the cookie, else `localStorage`, else this page's memory. */
export interface Store {
  /**
   * The stored decision, from the first place that holds a valid one within `cookie-days`;
   * `null` when more than one record is visible (the variants are then deleted). `foreign` marks
   * a cookie record whose id is not the one this browser last wrote: it must not choose the id.
   */
  read(): (Decision & { foreign?: boolean }) | null;
  /** Writes to the first place that keeps it, and returns which one that was. */
  write(d: Decision): 'cookie' | 'localStorage' | 'memory';
  /** Removes the record from every place. */
  clear(): null;
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
  /** The consent id this browser last wrote to the cookie: only a record with it may choose the id. */
  const idKey = key + ':id';
  /**
   * Writes the cookie (`days` 0 deletes it). Every part is checked by the configuration (name
   * `[\w-]`, path without `;` or space, domain this host or a parent) and the value is the
   * record's own alphabet, so nothing needs escaping. By hand rather than with js-cookie, which
   * would add 509 B gzip to the drop-in (docs/decisions/0011-consent-cookie-written-by-hand.md).
   */
  const cookie = (value: string, days: number) =>
    (doc.cookie = `${config.cookieName}=${value};path=${config.cookiePath}${config.cookieDomain ? ';domain=' + config.cookieDomain : ''};max-age=${Math.round(days * 86400)};samesite=lax${location.protocol === 'https:' ? ';secure' : ''}`);
  let memory: Decision | null = null;
  const ls = () => attempt(() => localStorage);
  /** A decision older than `cookie-days` is void, wherever it is kept. */
  const fresh = (d: Decision | null) => (d && d.time + config.cookieDays * 864e5 > Date.now() ? d : null);
  const clear = () => {
    memory = null;
    attempt(() => deleteCookie(config.cookieName, config.cookiePath));
    for (const k of [key, idKey]) attempt(() => ls()?.removeItem(k));
    return null;
  };
  return {
    // The cookie cannot hold every decision (too long, or a `cookie-path` or `cookie-domain`
    // that does not cover this page, or cookies blocked): then localStorage has it.
    read() {
      // Records only: a cookie of another tool or format under this name, or an expired
      // record, is none.
      const cookies = (attempt(() => readCookies(config.cookieName)) ?? []).filter((c) => fresh(decode(c)));
      const local = attempt(() => ls()?.getItem(key));
      const stored = decode(local);
      // More than one record (a cookie planted for a parent domain or a longer path, a copy left
      // by another cookie-path or cookie-domain, a cookie and a localStorage record that
      // disagree): none is the visitor's own for sure, so none stands, and every variant this
      // page can reach goes, so that the next decision is the only one (decision 0020).
      if (cookies.length > 1 || (cookies.length && fresh(stored) && local !== cookies[0])) return clear();
      const fromCookie = decode(cookies[0]);
      if (fromCookie && fromCookie.id !== attempt(() => ls()?.getItem(idKey))) {
        // Not the id this browser last wrote: a record older than that id's keeping, storage
        // cleared, or one planted for a parent domain or another path. With `cookie-domain` the
        // subdomains share the record by design, and it may decide but not choose the id. Without
        // it, the visitor's own cookie is host-only on `cookie-path`: deleting that one variant
        // shows which it is. Still visible: planted, so none stands and the variants go; gone:
        // the visitor's own, written back as it was and adopted (decision 0020).
        if (config.cookieDomain) return { ...fromCookie, foreign: true };
        attempt(() => cookie('', 0));
        if (attempt(() => readCookies(config.cookieName))?.includes(cookies[0])) return clear();
        attempt(() => cookie(cookies[0], (fromCookie.time - Date.now()) / 864e5 + config.cookieDays));
        attempt(() => ls()?.setItem(idKey, fromCookie.id));
      }
      if (fromCookie) return fromCookie;
      // An expired record is removed (a record of another tool or format is left alone).
      if (stored && !fresh(stored)) attempt(() => ls()?.removeItem(key));
      return fresh(stored) ?? fresh(memory);
    },
    write(d) {
      const value = encode(d);
      memory = d;
      // An older decision in the cookie, or one planted for another path or a parent domain,
      // would be read with this one: then every variant goes, and the cookie is tried once more.
      const fits = config.cookieName.length + value.length <= COOKIE_MAX;
      for (let i = 0; ; i++) {
        if (fits) {
          attempt(() => cookie(value, config.cookieDays));
          const back = attempt(() => readCookies(config.cookieName).filter(decode));
          if (back?.length === 1 && back[0] === value) {
            attempt(() => ls()?.removeItem(key));
            attempt(() => ls()?.setItem(idKey, d.id));
            return 'cookie';
          }
        }
        attempt(() => deleteCookie(config.cookieName, config.cookiePath));
        if (i || !fits) break;
      }
      // Nothing is kept that could not be read back.
      if (value.length <= MAX) attempt(() => ls()?.setItem(key, value));
      if (attempt(() => ls()?.getItem(key)) === value) return 'localStorage';
      attempt(() => ls()?.removeItem(key));
      return 'memory';
    },
    clear,
  };
}
