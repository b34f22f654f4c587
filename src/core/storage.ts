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
  /** Per-service choices; a service not named here follows its category. */
  services: Record<string, boolean>;
  /** The decision was made while a privacy signal (GPC/DNT) was honoured. */
  signal: boolean;
}

/** Format version: a record of any other version is foreign and ignored (`1` is still read). */
const VERSION = '2';
const KEY = /^[a-z][a-z0-9_-]{0,39}$/;
/**
 * The longest record read or written: 500 services and 50 categories of 40-character ids fit
 * (about 23 KB). A record longer than a cookie can hold goes to `localStorage`.
 */
const MAX = 32768;
/** A cookie's name and value together may not pass 4,096 bytes; some room is left for the browser. */
const COOKIE_MAX = 4000;

/** Granted ids, `!`, refused ids, each `.`-separated: `analytics.functional!advertising`. */
const group = (map: Record<string, boolean>) => [true, false].map((v) => Object.keys(map).filter((k) => map[k] === v).join('.')).join('!');

/** Encodes a decision compactly: `2|revision|id|time|granted!refused categories|services|signal`. */
export function encode(d: Decision): string {
  return [VERSION, d.revision, d.id, d.time.toString(36), group(d.categories), group(d.services), d.signal ? 1 : ''].join('|');
}

/** Reads a map of ids; any malformed, duplicate or inherited-looking id makes it `null`. */
function ungroup(text: string, legacy: boolean): Record<string, boolean> | null {
  const map: Record<string, boolean> = {};
  const parts = legacy ? [text] : text.split('!');
  if (!legacy && parts.length !== 2) return null;
  for (let i = 0; i < parts.length; i++)
    for (const item of parts[i] ? parts[i].split(legacy ? '&' : '.') : []) {
      const m = legacy ? /^(.+)=([01])$/.exec(item) : [, item, i ? '0' : '1'];
      // The key pattern cannot match `__proto__` or `constructor`, so nothing reaches prototypes.
      if (!m || !KEY.test(m[1]!) || m[1]! in map) return null;
      map[m[1]!] = m[2] === '1';
    }
  return map;
}

/** Decodes a stored decision, checking every field; anything malformed is `null` (no decision). */
export function decode(value: unknown): Decision | null {
  if (typeof value !== 'string' || value.length > MAX) return null;
  const f = value.split('|');
  const legacy = f[0] === '1';
  if (f.length !== (legacy ? 6 : 7) || !(legacy || f[0] === VERSION) || !/^[\w.-]{1,40}$/.test(f[1]) || !/^[\w-]{16,40}$/.test(f[2])) return null;
  if (!/^[0-9a-z]{1,10}$/.test(f[3]) || !/^1?$/.test(f[6] ?? '')) return null;
  const time = parseInt(f[3], 36);
  const categories = ungroup(f[4], legacy);
  const services = ungroup(f[5], legacy);
  // A decision from the future (beyond clock skew) was not written by us.
  if (!categories || !services || time > Date.now() + 864e5) return null;
  let signal = f[6] === '1';
  // Format 1 kept the signal as a service named `x-signal`.
  if (legacy && 'x-signal' in services) (signal = services['x-signal']), delete services['x-signal'];
  return { revision: f[1], id: f[2], time, categories, services, signal };
}

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
   * Writes the cookie with js-cookie (`days` 0 deletes it). Every part is checked by the
   * configuration (name `[\w-]`, path without `;` or space, domain this host or a parent), and
   * the record's own alphabet comes through js-cookie's encoding unchanged.
   */
  const scope = { path: config.cookiePath, domain: config.cookieDomain || undefined, sameSite: 'lax' as const, secure: location.protocol === 'https:' };
  const cookie = (value: string, days: number) =>
    days ? Cookies.set(config.cookieName, value, { ...scope, expires: days }) : Cookies.remove(config.cookieName, scope);
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
