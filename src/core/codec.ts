/**
 * The consent record's format: how a decision is written to and read back from its store.
 * Pure code (no DOM, no cookies API), shared by the browser (storage.ts) and by
 * `consentry/server` (src/entries/server.ts), so that both accept and refuse exactly the same records.
 */
import { ID } from './ids.js';
import type { Mode } from './types.js';

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
  /** The mode in force when the decision was made (docs/regions.md); absent in older records. */
  mode?: Mode;
  /** The region in force when the decision was made (ISO 3166), `null` when unknown. */
  region?: string | null;
}

/** Format version: a record of any other version is foreign and ignored (`1` is still read). */
const VERSION = '2';
/**
 * The longest record read or written: 500 services and 50 categories of 40-character ids fit
 * (about 23 KB). A record longer than a cookie can hold goes to `localStorage`.
 */
export const MAX = 32768;

/** Granted ids, `!`, refused ids, each `.`-separated: `analytics.functional!advertising`. */
const group = (map: Record<string, boolean>) =>
  [true, false]
    .map((v) =>
      Object.keys(map)
        .filter((k) => map[k] === v)
        .join('.'),
    )
    .join('!');

/**
 * Encodes a decision compactly: `2|revision|id|time|granted!refused categories|services|signal`,
 * then `|mode|region` when the mode it was made under is known.
 */
export function encode(d: Decision): string {
  const f = [VERSION, d.revision, d.id, d.time.toString(36), group(d.categories), group(d.services), d.signal ? 1 : ''];
  return (d.mode ? [...f, d.mode, d.region ?? ''] : f).join('|');
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
      if (!m || !ID.test(m[1]!) || m[1]! in map) return null;
      map[m[1]!] = m[2] === '1';
    }
  return map;
}

/** Decodes a stored decision, checking every field; anything malformed is `null` (no decision). */
export function decode(value: unknown): Decision | null {
  if (typeof value !== 'string' || value.length > MAX) return null;
  const f = value.split('|');
  const legacy = f[0] === '1';
  if (
    !(legacy ? f.length === 6 : f.length === 7 || f.length === 9) ||
    !(legacy || f[0] === VERSION) ||
    !/^[\w.-]{1,40}$/.test(f[1]) ||
    !/^[\w-]{16,40}$/.test(f[2])
  )
    return null;
  if (!/^[0-9a-z]{1,10}$/.test(f[3]) || !/^1?$/.test(f[6] ?? '')) return null;
  const time = parseInt(f[3], 36);
  const categories = ungroup(f[4], legacy);
  const services = ungroup(f[5], legacy);
  // A decision from the future (beyond clock skew) was not written by us.
  if (!categories || !services || time > Date.now() + 864e5) return null;
  let signal = f[6] === '1';
  // Format 1 kept the signal as a service named `x-signal`.
  if (legacy && 'x-signal' in services) ((signal = services['x-signal']), delete services['x-signal']);
  const d: Decision = { revision: f[1], id: f[2], time, categories, services, signal };
  if (f.length === 9) {
    if (!/^(none|notice|opt-out|opt-in)$/.test(f[7]) || !/^([A-Z]{2}(-[A-Z\d]{1,3})?)?$/.test(f[8])) return null;
    d.mode = f[7] as Mode;
    d.region = f[8] || null;
  }
  return d;
}
