import Cookies from 'js-cookie';
import type { Config } from './config.js';
import { readCookie } from './cookie-copy.js';

// The record's format is pure code shared with `consentry/server` (src/server.ts).
export { decode, encode, type Decision } from './codec.js';

/** Where the decision lives: the cookie, else `localStorage`, else this page's memory. */
export interface Store {
  /** The stored record, from the first place that has one. */
  read(): string | undefined;
  /** Writes to the first place that keeps it, and returns which one that was. */
  write(value: string): 'cookie' | 'localStorage' | 'memory';
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
  const attributes = (): Cookies.CookieAttributes => ({
    expires: config.cookieDays,
    path: config.cookiePath,
    domain: config.cookieDomain || undefined,
    sameSite: 'Lax',
    secure: location.protocol === 'https:',
  });
  let memory: string | undefined;
  const ls = () => attempt(() => localStorage);
  return {
    // localStorage is only where a decision went when the browser refuses cookies; its first
    // access is slow (it waits on the browser process), so an ordinary first visit skips it.
    read: () =>
      attempt(() => readCookie(config.cookieName)) ??
      (navigator.cookieEnabled ? undefined : attempt(() => ls()?.getItem(key))) ??
      memory,
    write(value) {
      memory = value;
      attempt(() => Cookies.set(config.cookieName, value, attributes()));
      if (attempt(() => Cookies.get(config.cookieName)) === value) {
        attempt(() => ls()?.removeItem(key));
        return 'cookie';
      }
      attempt(() => ls()?.setItem(key, value));
      return attempt(() => ls()?.getItem(key)) === value ? 'localStorage' : 'memory';
    },
    clear() {
      memory = undefined;
      attempt(() => Cookies.remove(config.cookieName, attributes()));
      attempt(() => ls()?.removeItem(key));
    },
  };
}
