import Cookies from 'js-cookie';
import type { Config } from './config.js';
import { readCookie } from './cookie-copy.js';

/** A decision as it is stored: the only thing Consentry ever writes about the visitor. */
export interface Decision {
  revision: string;
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** Format version: a record of any other version is foreign and ignored. */
const VERSION = '1';
const KEY = /^[a-z][a-z0-9_-]{0,39}$/;
const MAX = 3000;

const pairs = (map: Record<string, boolean>) =>
  Object.keys(map)
    .map((k) => k + '=' + +map[k])
    .join('&');

/** Encodes a decision compactly: `1|revision|id|time|cat=1&cat=0|service=1`. */
export function encode(d: Decision): string {
  return [VERSION, d.revision, d.id, d.time.toString(36), pairs(d.categories), pairs(d.services)].join('|');
}

function parsePairs(text: string): Record<string, boolean> | null {
  const map: Record<string, boolean> = {};
  for (const pair of text ? text.split('&') : []) {
    const m = /^([^=]+)=([01])$/.exec(pair);
    // The key pattern cannot match `__proto__` or `constructor`, so nothing reaches prototypes.
    if (!m || !KEY.test(m[1]) || m[1] in map) return null;
    map[m[1]] = m[2] === '1';
  }
  return map;
}

/** Decodes a stored decision, checking every field; anything malformed is `null` (no decision). */
export function decode(value: unknown): Decision | null {
  if (typeof value !== 'string' || value.length > MAX) return null;
  const f = value.split('|');
  if (f.length !== 6 || f[0] !== VERSION || !/^[\w.-]{1,40}$/.test(f[1]) || !/^[\w-]{16,40}$/.test(f[2])) return null;
  if (!/^[0-9a-z]{1,10}$/.test(f[3])) return null;
  const time = parseInt(f[3], 36);
  const categories = parsePairs(f[4]);
  const services = parsePairs(f[5]);
  // A decision from the future (beyond clock skew) was not written by us.
  if (!categories || !services || time > Date.now() + 864e5) return null;
  return { revision: f[1], id: f[2], time, categories, services };
}

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
