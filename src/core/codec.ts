/**
 * The consent record's format: how a decision is written to and read back from the cookie.
 * Pure code (no DOM, no cookies API), shared by the browser (storage.ts) and by
 * `consentry/server` (src/server.ts), so that both accept and refuse exactly the same records.
 */

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
