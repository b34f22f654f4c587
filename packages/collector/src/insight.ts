/**
 * Consent insight (docs/consent-records.md#consent-insight): anonymous impressions and decisions
 * added to aggregate counters (one row per UTC day and key, never a row per impression), the
 * statistics and experiments read from them, and the shown texts that prove what a visitor saw.
 */
import { createHash } from 'node:crypto';
import type { ConsentReceipt } from '../../../src/schema/receipt.js';
import type { Db, Sql } from './db.js';
import { cell } from './read.js';
import { InputError } from './validate.js';

/** The counters' key, in the tables' column order. */
const KEY = ['day', 'region', 'mode', 'lang', 'device', 'signal', 'arm', 'layout'] as const;
type Key = Record<(typeof KEY)[number], string>;
/** The counts a row of `insight_counts` adds up. */
const COUNTS = ['shown', 'dialog_shown', 'decisions', 'accepted_all', 'refused_all', 'chose'] as const;
type Count = (typeof COUNTS)[number];

/** What `/stats` may group by. */
export const GROUPS = ['day', 'region', 'mode', 'lang', 'device', 'signal', 'arm'] as const;
export type Group = (typeof GROUPS)[number];

/** A PostgreSQL string literal that means `text` whatever `standard_conforming_strings` is. */
const literal = (text: string) => "E'" + text.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";

/** Counts to add, by key (and category), gathered from a batch before one upsert. */
export class Tally {
  private rows = new Map<string, { key: Key; counts: Record<Count, number> }>();
  private grants = new Map<string, { key: Key; category: string; n: number }>();

  add(key: Key, count: Count): void {
    const id = KEY.map((k) => key[k]).join('\u0000');
    const row =
      this.rows.get(id) ?? this.rows.set(id, { key, counts: { shown: 0, dialog_shown: 0, decisions: 0, accepted_all: 0, refused_all: 0, chose: 0 } }).get(id)!;
    row.counts[count]++;
  }

  grant(key: Key, category: string): void {
    const id = KEY.map((k) => key[k]).join('\u0000') + '\u0000' + category;
    const g = this.grants.get(id) ?? this.grants.set(id, { key, category, n: 0 }).get(id)!;
    g.n++;
  }

  /** Counts a stored receipt as a decision (docs/consent-records.md#counters). */
  receipt(r: ConsentReceipt): void {
    const key = receiptKey(r);
    this.add(key, 'decisions');
    const chosen = Object.entries(r.categories).filter(([id]) => id !== 'necessary');
    const granted = chosen.filter(([, yes]) => yes);
    this.add(key, chosen.length && granted.length === chosen.length ? 'accepted_all' : chosen.length && !granted.length ? 'refused_all' : 'chose');
    for (const [id] of granted) this.grant(key, id);
  }

  get empty(): boolean {
    return !this.rows.size && !this.grants.size;
  }

  /**
   * The upsert statements, values as literals (each validated before), rows in key order so that
   * two transactions touching the same rows take their locks in the same order (no deadlock).
   */
  statements(): string[] {
    const order = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
    const keyValues = (key: Key) =>
      `${literal(key.day)}::date, ${KEY.slice(1)
        .map((k) => literal(key[k]))
        .join(', ')}`;
    const out: string[] = [];
    if (this.rows.size)
      out.push(
        `INSERT INTO insight_counts AS c (${KEY.join(', ')}, ${COUNTS.join(', ')}) VALUES ` +
          order(this.rows)
            .map((r) => `(${keyValues(r.key)}, ${COUNTS.map((c) => r.counts[c]).join(', ')})`)
            .join(', ') +
          ` ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${COUNTS.map((c) => `${c} = c.${c} + excluded.${c}`).join(', ')}`,
      );
    if (this.grants.size)
      out.push(
        `INSERT INTO insight_granted AS g (${KEY.join(', ')}, category, granted) VALUES ` +
          order(this.grants)
            .map((g) => `(${keyValues(g.key)}, ${literal(g.category)}, ${g.n})`)
            .join(', ') +
          ` ON CONFLICT (${KEY.join(', ')}, category) DO UPDATE SET granted = g.granted + excluded.granted`,
      );
    return out;
  }

  async write(tx: Sql): Promise<void> {
    for (const sql of this.statements()) await tx.query(sql);
  }
}

/** The UTC day of an instant, kept within the dates PostgreSQL and a report can hold. */
function dayOf(time: string): string {
  const t = Date.parse(time);
  const clamped = Number.isNaN(t) ? Date.now() : Math.min(Math.max(t, Date.UTC(1970, 0, 1)), Date.UTC(9999, 11, 31));
  return new Date(clamped).toISOString().slice(0, 10);
}

/** The counters' key of a receipt: its own time's UTC day and what it says about the visitor's situation. */
function receiptKey(r: ConsentReceipt): Key {
  return {
    day: dayOf(r.timestamp),
    region: r.region ?? '',
    mode: r.mode ?? '',
    lang: r.language,
    device: r.device ?? '',
    // A receipt's `gpc` covers a Global Privacy Control signal (or an honoured Do Not Track).
    signal: r.gpc ? 'gpc' : 'none',
    arm: r.arm ?? '',
    layout: r.layout ?? '',
  };
}

/** An impression as the drop-in sends it (docs/consent-records.md#impressions). */
export interface Impression {
  v: 1;
  surface: 'banner' | 'dialog';
  region: string;
  mode: 'opt-in' | 'opt-out' | 'notice' | 'none';
  lang: string;
  device: 'phone' | 'tablet' | 'desktop';
  signal: 'none' | 'gpc' | 'dnt';
  layout: string;
  arm: string;
}

/** Each field of an impression: its allowed values, as a pattern. */
const IMPRESSION: Record<Exclude<keyof Impression, 'v'>, RegExp> = {
  surface: /^(banner|dialog)$/,
  region: /^([A-Z]{2}(-[A-Z0-9]{1,3})?)?$/,
  mode: /^(opt-in|opt-out|notice|none)$/,
  lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
  device: /^(phone|tablet|desktop)$/,
  signal: /^(none|gpc|dnt)$/,
  layout: /^[a-z][a-z0-9-]{0,31}$/,
  arm: /^([A-Za-z0-9_-]{1,32})?$/,
};

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError('malformed_json', `malformed JSON: ${(e as Error).message}`);
  }
}

/** Parses and validates an impression body; throws an {@link InputError} naming the first bad field. */
export function parseImpression(text: string): Impression {
  const value = parseJson(text);
  if (typeOf(value) !== 'object') throw new InputError('invalid_impression', `an impression must be an object, not ${typeOf(value)}`);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (key !== 'v' && !Object.hasOwn(IMPRESSION, key))
      throw new InputError('unknown_field', `${key.slice(0, 64)} is not an impression field`, key.slice(0, 64));
  if (!Object.hasOwn(o, 'v')) throw new InputError('invalid_impression', 'v is missing', 'v');
  if (o.v !== 1) throw new InputError('invalid_impression', 'v must be 1', 'v');
  for (const [key, pattern] of Object.entries(IMPRESSION)) {
    if (!Object.hasOwn(o, key)) throw new InputError('invalid_impression', `${key} is missing`, key);
    const v = o[key];
    if (typeof v !== 'string') throw new InputError('invalid_impression', `${key} must be string, not ${typeOf(v)}`, key);
    if (!pattern.test(v)) throw new InputError('invalid_impression', `${key} has an invalid value`, key);
  }
  // The lang pattern allows a long tag; the contract bounds it like a receipt's language.
  if ((o.lang as string).length > 35) throw new InputError('invalid_impression', 'lang is longer than 35 characters', 'lang');
  return o as unknown as Impression;
}

/** The counters' key of an impression, counted on the collector's own UTC day (the client sends no time). */
function impressionKey(i: Impression, now = new Date()): Key {
  return {
    day: now.toISOString().slice(0, 10),
    region: i.region,
    mode: i.mode,
    lang: i.lang,
    device: i.device,
    signal: i.signal,
    arm: i.arm,
    layout: i.layout,
  };
}

/**
 * Impressions committed together (group commit, as receipts are): those arriving while a
 * transaction runs go into the next one, added up by key first, so a burst costs a few upserts.
 * Each is answered only once its transaction has committed.
 */
export class ImpressionCounter {
  private queue: Array<{ key: Key; count: Count; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing: Promise<void> | null = null;

  constructor(private db: Db) {}

  add(i: Impression): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key: impressionKey(i), count: i.surface === 'banner' ? 'shown' : 'dialog_shown', resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, 1024);
      const tally = new Tally();
      for (const p of batch) tally.add(p.key, p.count);
      try {
        await this.db.transaction((tx) => tally.write(tx));
        for (const p of batch) p.resolve();
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
    }
    this.flushing = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Shown texts

/** The largest shown text, in UTF-8 bytes. */
export const MAX_SHOWN = 32 * 1024;
/** The keys of a shown text, in the order the drop-in writes them. */
const SHOWN_KEYS = ['v', 'lang', 'arm', 'layout', 'title', 'text', 'buttons', 'categories', 'services', 'policy'];

export class TooLarge extends Error {}

/** Validates a `POST /shown-texts` body: `{ hash, text }`, the text's SHA-256 equal to `hash`. */
export function parseShownText(body: string): { hash: string; text: string } {
  const value = parseJson(body);
  if (typeOf(value) !== 'object') throw new InputError('invalid_shown_text', `the body must be an object, not ${typeOf(value)}`);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (key !== 'hash' && key !== 'text') throw new InputError('unknown_field', `${key.slice(0, 64)} is not a field of a shown text`, key.slice(0, 64));
  const { hash, text } = o;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
    throw new InputError('invalid_shown_text', 'hash must be a SHA-256 in 64 lowercase hex digits', 'hash');
  if (typeof text !== 'string') throw new InputError('invalid_shown_text', `text must be string, not ${typeOf(text)}`, 'text');
  if (Buffer.byteLength(text) > MAX_SHOWN) throw new TooLarge(`a shown text is at most ${MAX_SHOWN} bytes`);
  // PostgreSQL's text holds neither NUL nor a lone surrogate; neither has a place in words shown.
  if (text.includes('\0') || /\p{Cs}/u.test(text)) throw new InputError('invalid_shown_text', 'text holds a NUL character or a lone surrogate', 'text');
  let words: unknown;
  try {
    words = JSON.parse(text);
  } catch {
    throw new InputError('invalid_shown_text', 'text must be the JSON of the words shown', 'text');
  }
  const keys = typeOf(words) === 'object' ? Object.keys(words as object) : [];
  if (keys.join() !== SHOWN_KEYS.join())
    throw new InputError('invalid_shown_text', `text must be a JSON object with exactly the keys ${SHOWN_KEYS.join(', ')}, in this order`, 'text');
  const w = words as Record<string, unknown>;
  if (w.v !== 1 || typeOf(w.buttons) !== 'object' || !Array.isArray(w.categories) || !Array.isArray(w.services))
    throw new InputError('invalid_shown_text', 'text must have v 1, buttons an object, categories and services arrays', 'text');
  if (createHash('sha256').update(text, 'utf8').digest('hex') !== hash)
    throw new InputError('hash_mismatch', "hash is not the SHA-256 of text's UTF-8 bytes", 'hash');
  return { hash, text };
}

/** Stores a shown text once: `stored` the first time, `duplicate` after. */
export async function storeShownText(db: Db, hash: string, text: string): Promise<'stored' | 'duplicate'> {
  const { rows } = await db.query('INSERT INTO shown_texts (hash, text) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING RETURNING hash', [hash, text]);
  return rows.length ? 'stored' : 'duplicate';
}

/**
 * Checks the shown texts: each stored text hashes to its key (a broken one is named), and every
 * hash a receipt names is stored (missing ones are listed: the drop-in may not have sent it yet,
 * which is not tampering).
 */
export async function verifyShownTexts(db: Db): Promise<{ stored: number; broken: string[]; missing: string[] }> {
  let stored = 0;
  const broken: string[] = [];
  for (let after = ''; ;) {
    const { rows } = await db.query<{ hash: string; text: string }>('SELECT hash, text FROM shown_texts WHERE hash > $1 ORDER BY hash LIMIT 500', [after]);
    if (!rows.length) break;
    for (const r of rows) {
      stored++;
      if (createHash('sha256').update(r.text, 'utf8').digest('hex') !== r.hash) broken.push(r.hash);
    }
    after = rows[rows.length - 1].hash;
  }
  const { rows } = await db.query<{ hash: string }>(
    `SELECT DISTINCT body->>'shown' AS hash FROM records r WHERE kind = 'receipt' AND body ? 'shown'
       AND NOT EXISTS (SELECT 1 FROM shown_texts s WHERE s.hash = r.body->>'shown') ORDER BY 1 LIMIT 1000`,
  );
  return { stored, broken, missing: rows.map((r) => r.hash) };
}

// ---------------------------------------------------------------------------------------------
// Reading the counters

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const fields = { shown: 0, dialogShown: 0, decisions: 0, acceptedAll: 0, refusedAll: 0, chose: 0 };
type Totals = typeof fields;

const COLUMN: Record<Group, string> = {
  day: "to_char(day, 'YYYY-MM-DD')",
  region: 'region',
  mode: 'mode',
  lang: 'lang',
  device: 'device',
  signal: 'signal',
  arm: 'arm',
};

/** Adds what follows from the counts: undecided, and the rate of each category (granted / decisions). */
function finish(t: Totals & { granted: Record<string, number> }, categories: string[]) {
  const granted = Object.fromEntries(categories.map((c) => [c, t.granted[c] ?? 0]));
  return {
    ...t,
    undecided: Math.max(0, t.shown - t.decisions),
    granted,
    rates: Object.fromEntries(categories.map((c) => [c, t.decisions ? round4(granted[c] / t.decisions) : 0])),
  };
}

/**
 * The SQL of the two sums behind {@link insightStats} (counts, and grants per category). A
 * grouping by day and at most one other dimension reads the roll-up (migration 4: per day and one
 * dimension, the counters' exact sums), so a year reads thousands of rows; a grouping by two
 * dimensions or more reads the counters themselves.
 */
function statsQueries(group: Group[]): { counts: string; grants: string } {
  const sums = COUNTS.map((c) => `sum(${c})::float8 AS ${c}`).join(', ');
  const range = 'day BETWEEN $1::date AND $2::date';
  const others = group.filter((g) => g !== 'day');
  if (others.length <= 1) {
    const dim = others[0] ?? '';
    // Grouped by the table's own columns (day, value): the day is formatted once per group.
    const cols = group.map((g) => (g === 'day' ? `${COLUMN.day} AS day` : `value AS ${g}`));
    const by = group.map((g) => (g === 'day' ? 'day' : 'value'));
    const where = `dim = '${dim}' AND ${range}`;
    return {
      counts: `SELECT ${[...cols, sums].join(', ')} FROM insight_rollup WHERE ${where}${by.length ? ` GROUP BY ${by.join(', ')}` : ''}`,
      grants: `SELECT ${[...cols, 'category', 'sum(granted)::float8 AS granted'].join(', ')} FROM insight_rollup_granted WHERE ${where} GROUP BY ${[...by, 'category'].join(', ')}`,
    };
  }
  const cols = group.map((g) => `${COLUMN[g]} AS ${g}`);
  // Grouped by the columns themselves (a plain name in GROUP BY is the table's column, not the
  // output's): the day is formatted once per group, not once per row.
  return {
    counts: `SELECT ${[...cols, sums].join(', ')} FROM insight_counts WHERE ${range} GROUP BY ${group.join(', ')}`,
    grants: `SELECT ${[...cols, 'category', 'sum(granted)::float8 AS granted'].join(', ')} FROM insight_granted WHERE ${range} GROUP BY ${[...group, 'category'].join(', ')}`,
  };
}

/**
 * The counters from `from` to `to` (UTC days, inclusive) added up per group: rows sorted by key
 * (in code-point order), and the totals.
 */
export async function insightStats(db: Db, from: string, to: string, group: Group[]) {
  const sql = statsQueries(group);
  // Both at once: on a server they run on two connections.
  const [counts, grants] = await Promise.all([
    db.query<Record<string, string | number>>(sql.counts, [from, to]),
    db.query<Record<string, string | number>>(sql.grants, [from, to]),
  ]);
  const idOf = (r: Record<string, unknown>) => group.map((g) => String(r[g])).join('\u0000');
  const rows = new Map<string, Totals & { key: Partial<Record<Group, string>>; granted: Record<string, number> }>();
  const rowOf = (r: Record<string, unknown>) => {
    const id = idOf(r);
    return rows.get(id) ?? rows.set(id, { key: Object.fromEntries(group.map((g) => [g, String(r[g])])), ...fields, granted: {} }).get(id)!;
  };
  for (const r of counts.rows) {
    if (r.decisions === null) continue; // no counter row at all: sum() over nothing
    const row = rowOf(r);
    row.shown = Number(r.shown);
    row.dialogShown = Number(r.dialog_shown);
    row.decisions = Number(r.decisions);
    row.acceptedAll = Number(r.accepted_all);
    row.refusedAll = Number(r.refused_all);
    row.chose = Number(r.chose);
  }
  const categories = new Set<string>();
  for (const r of grants.rows) {
    categories.add(String(r.category));
    rowOf(r).granted[String(r.category)] = Number(r.granted);
  }
  const sorted = [...categories].sort();
  const list = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  const totals = { ...fields, granted: {} as Record<string, number> };
  for (const r of list) {
    for (const f of Object.keys(fields) as Array<keyof Totals>) totals[f] += r[f];
    for (const [c, n] of Object.entries(r.granted)) totals.granted[c] = (totals.granted[c] ?? 0) + n;
  }
  return {
    from,
    to,
    group,
    categories: sorted,
    rows: list.map((r) => {
      const { key, ...t } = r;
      return { key, ...finish(t, sorted) };
    }),
    totals: finish(totals, sorted),
  };
}

/** `/stats.csv`: the rows of {@link insightStats} as CSV. */
export function statsCsv(stats: Awaited<ReturnType<typeof insightStats>>): string {
  const header = [...stats.group, 'shown', 'decisions', 'accepted_all', 'refused_all', 'chose', 'undecided', ...stats.categories.map((c) => `rate_${c}`)];
  const lines = [header.map(cell).join(',')];
  for (const r of stats.rows)
    lines.push(
      [...stats.group.map((g) => r.key[g]), r.shown, r.decisions, r.acceptedAll, r.refusedAll, r.chose, r.undecided, ...stats.categories.map((c) => r.rates[c])]
        .map(cell)
        .join(','),
    );
  return lines.join('\r\n') + '\r\n';
}

/**
 * The standard normal distribution's upper tail, 1 − Φ(z), for z ≥ 0: W. J. Cody's rational
 * approximation of erfc as given by Numerical Recipes (`erfcc`, relative error < 1.2e-7).
 */
function upperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return erfc / 2;
}

/** 1.959964…: the two-sided 95 % quantile of the standard normal distribution. */
const Z95 = 1.959963984540054;

/**
 * Compares `x2` successes out of `n2` with `x1` out of `n1`: the difference of proportions
 * (p2 − p1), the two-sided p-value of the two-proportion z-test with pooled variance, and the
 * Wald 95 % confidence interval of the difference. Null when either side has no trials.
 */
function twoProportions(x1: number, n1: number, x2: number, n2: number): { diff: number; ci95: [number, number]; p: number } | null {
  if (!n1 || !n2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const diff = p2 - p1;
  const pooled = (x1 + x2) / (n1 + n2);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // Both sides all successes or all failures: no variance, no evidence of a difference.
  const p = sePooled === 0 ? 1 : 2 * upperTail(Math.abs(diff) / sePooled);
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return { diff, ci95: [diff - Z95 * se, diff + Z95 * se], p: Math.min(1, p) };
}

/**
 * `/experiments`: each arm (sorted by name; `""`, no experiment, left out) with its banner
 * impressions, decisions and acceptance of all per impression; every arm after the first compared
 * with the first ({@link twoProportions}); significant when p < 0.05.
 */
export async function experiments(db: Db, from: string, to: string) {
  const stats = await insightStats(db, from, to, ['arm']);
  const arms = stats.rows.filter((r) => r.key.arm !== '').sort((a, b) => (a.key.arm! < b.key.arm! ? -1 : 1));
  const first = arms[0];
  return {
    from,
    to,
    arms: arms.map((r, i) => {
      const test = i === 0 ? null : twoProportions(first.acceptedAll, first.shown, r.acceptedAll, r.shown);
      return {
        arm: r.key.arm!,
        shown: r.shown,
        decisions: r.decisions,
        acceptedAll: r.acceptedAll,
        refusedAll: r.refusedAll,
        chose: r.chose,
        rate: r.shown ? round4(r.acceptedAll / r.shown) : 0,
        diff: test && round4(test.diff),
        ci95: test && (test.ci95.map(round4) as [number, number]),
        p: test && round4(test.p),
        significant: !!test && test.p < 0.05,
        rates: r.rates,
      };
    }),
  };
}
