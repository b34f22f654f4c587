/**
 * The hash chain and everything that writes to it. Each row's hash is the SHA-256 of the
 * previous row's hash followed by the row's canonical JSON (keys sorted; the formula is in
 * docs/consent-records.md, and test/chain.test.mjs recomputes it from an export), so a changed,
 * inserted or removed row breaks every hash after it. Appends are serialised in the database (a row lock
 * on `chain_lock`, held until commit), so any number of collectors on one PostgreSQL extend one
 * chain; within a collector, receipts arriving together are appended in one transaction (group
 * commit), and each is acknowledged only after that transaction has committed.
 */
import { createHash } from 'node:crypto';
import type { ConsentReceipt } from '../../../src/schema/receipt.js';
import { ensurePartition, type Db, type Sql } from './db.js';
import { Tally } from './insight.js';

/** The "previous hash" of the first row. */
const GENESIS = '0'.repeat(64);
/** Receipts appended in one transaction at most. */
const MAX_BATCH = 256;

type Kind = 'receipt' | 'erasure' | 'retention';

/** A row as the chain hashes it. */
interface ChainRow {
  seq: number;
  kind: Kind;
  receivedAt: string;
  body: unknown;
  /**
   * Receipts stored since migration 2: whether the request carried an `Origin` header equal to the
   * receipt's `origin`. Absent on other rows and older receipts (left out of the canonical JSON).
   */
  originMatched?: boolean;
}

/** JSON with object keys sorted at every level: one text for one value. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const o = value as Record<string, unknown>;
  return (
    '{' +
    Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => JSON.stringify(k) + ':' + canonical(o[k]))
      .join(',') +
    '}'
  );
}

const hashRow = (prev: string, row: ChainRow): string => createHash('sha256').update(prev).update(canonical(row)).digest('hex');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const monthOf = (d: Date) => d.toISOString().slice(0, 7);
/** A PostgreSQL string literal that means `text` whatever `standard_conforming_strings` is. */
const literal = (text: string) => "E'" + text.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";

type Outcome = 'stored' | 'duplicate';
/** A receipt to append, with how it arrived. */
export interface Incoming {
  receipt: ConsentReceipt;
  originMatched: boolean;
}
/** The database refused this one receipt (it failed alone, while the database was up). */
export class RowRefused extends Error {}
interface Pending extends Incoming {
  resolve: (o: Outcome) => void;
  reject: (e: unknown) => void;
}

/** A row read back from the table. */
interface StoredRow {
  seq: string | number;
  kind: Kind;
  received_at: Date;
  body: any;
  origin_matched: boolean | null;
  prev_hash: string;
  hash: string;
}

const toChainRow = (r: StoredRow): ChainRow => ({
  seq: Number(r.seq),
  kind: r.kind,
  receivedAt: r.received_at.toISOString(),
  body: r.body,
  originMatched: r.origin_matched ?? undefined,
});

/**
 * SQLSTATE classes that blame the data, not the database: data exceptions (22), constraint
 * violations (23) and errors raised by triggers or functions (P0). Anything else (a lost
 * connection, a shutdown) means the database is unavailable.
 */
const blamesRow = (e: unknown) => /^(22|23|P0)/.test(String((e as { code?: unknown })?.code ?? ''));

/**
 * The counters' additions for the receipts a transaction stores (consent insight): committed with
 * them, so a decision is counted exactly when its receipt is stored (a duplicate is not counted).
 */
function tally(items: Item[]): Tally {
  const t = new Tally();
  for (const item of items) if (item.kind === 'receipt') t.receipt(item.body as ConsentReceipt);
  return t;
}

/** A row to append. */
interface Item {
  kind: Kind;
  body: unknown;
  receiptId?: string;
  consentId?: string;
  originMatched?: boolean;
}

export class Chain {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  /** Months whose partition this collector has made sure of. */
  private months = new Set<string>();

  constructor(private db: Db) {}

  /** Appends a receipt; resolves once committed (`duplicate` when its `receipt` id was stored before). */
  append(incoming: Incoming): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...incoming, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves when every receipt appended so far has been committed or refused. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    // Receipts that arrive while a transaction runs wait for the next one: under load every
    // transaction carries many receipts, and the commit (the fsync) is shared by all of them.
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.commit(batch);
        batch.forEach((p, i) => p.resolve(outcomes[i]));
      } catch (e) {
        // One row the database refuses must not fail the others: each is tried again alone.
        if (batch.length === 1 || !blamesRow(e)) for (const p of batch) p.reject(blamesRow(e) ? new RowRefused((e as Error).message) : e);
        else
          for (const p of batch)
            await this.commit([p]).then(
              ([outcome]) => p.resolve(outcome),
              (e2: unknown) => p.reject(blamesRow(e2) ? new RowRefused((e2 as Error).message) : e2),
            );
      }
    }
    this.flushing = null;
  }

  /** Locks the chain and reads its head (the last row's seq and hash). */
  private async lock(tx: Sql, now: Date): Promise<{ seq: number; hash: string }> {
    await tx.query('SELECT id FROM chain_lock WHERE id = 1 FOR UPDATE');
    if (!this.months.has(monthOf(now))) {
      await ensurePartition(tx, now);
      this.months.add(monthOf(now));
    }
    const { rows } = await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1');
    return rows.length ? { seq: Number(rows[0].seq), hash: rows[0].hash } : { seq: 0, hash: GENESIS };
  }

  private async insert(tx: Sql, head: { seq: number; hash: string }, now: Date, items: Item[]) {
    const cols: unknown[][] = [[], [], [], [], [], [], [], [], []];
    let { seq, hash } = head;
    const receivedAt = now.toISOString();
    for (const item of items) {
      const row: ChainRow = { seq: ++seq, kind: item.kind, receivedAt, body: item.body, originMatched: item.originMatched };
      const next = hashRow(hash, row);
      [seq, item.kind, receivedAt, item.receiptId ?? null, item.consentId ?? null, JSON.stringify(item.body), item.originMatched ?? null, hash, next].forEach(
        (v, i) => cols[i].push(v),
      );
      hash = next;
    }
    await tx.query(
      `INSERT INTO records (seq, kind, received_at, receipt_id, consent_id, body, origin_matched, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::uuid[], $5::text[], $6::jsonb[], $7::boolean[], $8::text[], $9::text[])`,
      cols,
    );
  }

  /**
   * Sorts a batch into new receipts and duplicates (of stored receipts, or of each other) and
   * makes the new ones' chain rows.
   */
  private sort(batch: Incoming[], stored: Set<string>) {
    const outcomes: Outcome[] = [];
    const items: Item[] = [];
    for (const { receipt, originMatched } of batch) {
      const id = receipt.receipt.toLowerCase();
      if (stored.has(id)) {
        outcomes.push('duplicate');
        continue;
      }
      stored.add(id);
      outcomes.push('stored');
      items.push({ kind: 'receipt', body: receipt, receiptId: id, consentId: receipt.id, originMatched });
    }
    return { outcomes, items };
  }

  private async commit(batch: Incoming[]): Promise<Outcome[]> {
    const now = new Date();
    if (this.db.session && this.months.has(monthOf(now))) return this.commitInTwoTrips(batch, now);
    return this.db.transaction(async (tx) => {
      const head = await this.lock(tx, now);
      const ids = batch.map((r) => r.receipt.receipt.toLowerCase());
      const { rows } = await tx.query<{ id: string }>('SELECT receipt_id::text AS id FROM records WHERE receipt_id = ANY($1::uuid[])', [ids]);
      const { outcomes, items } = this.sort(batch, new Set(rows.map((r) => r.id)));
      if (items.length) await this.insert(tx, head, now, items);
      await tally(items).write(tx);
      return outcomes;
    });
  }

  /**
   * The same append on a PostgreSQL server in two round trips instead of six: `BEGIN`, the lock,
   * the head and the look-up of the batch's receipt ids in one message; the `INSERT` and the
   * `COMMIT` in the next. Values go in as escaped literals (every one has been validated, and
   * `E''` strings escape the same whatever `standard_conforming_strings` says).
   */
  private commitInTwoTrips(batch: Incoming[], now: Date): Promise<Outcome[]> {
    return this.db.session!(async (s) => {
      const ids = batch.map((r) => literal(r.receipt.receipt.toLowerCase())).join(',');
      const results = await s.script(
        `BEGIN; SELECT id FROM chain_lock WHERE id = 1 FOR UPDATE; SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1; SELECT receipt_id::text AS id FROM records WHERE receipt_id IN (${ids})`,
      );
      const [head] = results[2].rows;
      const { outcomes, items } = this.sort(batch, new Set(results[3].rows.map((r: { id: string }) => r.id)));
      let { seq, hash } = head ? { seq: Number(head.seq), hash: head.hash as string } : { seq: 0, hash: GENESIS };
      const receivedAt = now.toISOString();
      const values = items.map((item) => {
        const row: ChainRow = { seq: ++seq, kind: item.kind, receivedAt, body: item.body, originMatched: item.originMatched };
        const next = hashRow(hash, row);
        const sql = `(${seq}, 'receipt', ${literal(receivedAt)}, ${literal(item.receiptId!)}, ${literal(item.consentId!)}, ${literal(JSON.stringify(item.body))}, ${item.originMatched ? 'true' : 'false'}, ${literal(hash)}, ${literal(next)})`;
        hash = next;
        return sql;
      });
      await s.script(
        (values.length
          ? `INSERT INTO records (seq, kind, received_at, receipt_id, consent_id, body, origin_matched, prev_hash, hash) VALUES ${values.join(',')}; `
          : '') +
          tally(items)
            .statements()
            .map((sql) => sql + '; ')
            .join('') +
          'COMMIT',
      );
      return outcomes;
    });
  }

  /**
   * Erasure: deletes every receipt of consent id `id` and appends an `erasure` row that keeps
   * the SHA-256 of the id (not the id) and the seq and hash of each removed row, so the chain
   * still verifies across the gap. Returns the number of receipts removed.
   */
  async erase(id: string): Promise<number> {
    const now = new Date();
    return this.db.transaction(async (tx) => {
      const head = await this.lock(tx, now);
      const { rows } = await tx.query<{ seq: string; hash: string }>("SELECT seq, hash FROM records WHERE consent_id = $1 AND kind = 'receipt' ORDER BY seq", [
        id,
      ]);
      if (!rows.length) return 0;
      await tx.query("DELETE FROM records WHERE consent_id = $1 AND kind = 'receipt'", [id]);
      const body = { consent: sha256(id), removed: rows.map((r) => ({ seq: Number(r.seq), hash: r.hash })) };
      await this.insert(tx, head, now, [{ kind: 'erasure', body }]);
      return rows.length;
    });
  }

  /**
   * Retention: deletes every row received before `cutoff` (the chain's oldest part) and appends a
   * `retention` row with the last removed row's seq and hash. Returns the number of rows removed.
   */
  async expire(cutoff: Date): Promise<number> {
    const now = new Date();
    return this.db.transaction(async (tx) => {
      const head = await this.lock(tx, now);
      const { rows } = await tx.query<{ seq: string; hash: string }>(
        'SELECT seq, hash FROM records WHERE seq = (SELECT max(seq) FROM records WHERE received_at < $1)',
        [cutoff.toISOString()],
      );
      if (!rows.length) return 0;
      const upto = Number(rows[0].seq);
      const { rows: counted } = await tx.query<{ n: string }>('WITH gone AS (DELETE FROM records WHERE seq <= $1 RETURNING 1) SELECT count(*) AS n FROM gone', [
        upto,
      ]);
      const removed = Number(counted[0].n);
      await this.insert(tx, head, now, [{ kind: 'retention', body: { before: cutoff.toISOString(), upto, hash: rows[0].hash, removed } }]);
      return removed;
    });
  }

  /**
   * Recomputes the whole chain. A gap is accepted only where an erasure or retention row (itself
   * in the chain) accounts for the removed rows and gives the hash to continue from.
   */
  async verify(): Promise<
    { ok: true; rows: number; head: { seq: number; hash: string } } | { ok: false; rows: number; broken: { seq: number; reason: string } }
  > {
    const removed = new Map<number, string>();
    let upto = 0;
    let uptoHash = GENESIS;
    const events = await this.db.query<StoredRow>("SELECT seq, kind, body FROM records WHERE kind <> 'receipt' ORDER BY seq");
    for (const e of events.rows) {
      if (e.kind === 'erasure') for (const r of e.body.removed ?? []) removed.set(Number(r.seq), String(r.hash));
      else if (Number(e.body.upto) > upto) [upto, uptoHash] = [Number(e.body.upto), String(e.body.hash)];
    }
    let prev = GENESIS;
    let expected = 1;
    let count = 0;
    for (let after = 0; ;) {
      const { rows } = await this.db.query<StoredRow>(
        'SELECT seq, kind, received_at, body, origin_matched, prev_hash, hash FROM records WHERE seq > $1 ORDER BY seq LIMIT 2000',
        [after],
      );
      if (!rows.length) break;
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq !== expected) {
          // Rows expected..seq-1 are missing: each must be accounted for.
          for (let s = Math.max(expected, upto + 1); s < seq; s++)
            if (!removed.has(s)) return { ok: false, rows: count, broken: { seq, reason: `row ${s} is missing and no erasure or retention accounts for it` } };
          prev = seq - 1 === upto ? uptoHash : (removed.get(seq - 1) ?? prev);
        }
        if (r.prev_hash !== prev) return { ok: false, rows: count, broken: { seq, reason: 'previous hash does not match the row before' } };
        if (hashRow(prev, toChainRow(r)) !== r.hash) return { ok: false, rows: count, broken: { seq, reason: 'hash does not match the row content' } };
        prev = r.hash;
        expected = seq + 1;
        count++;
      }
      after = Number(rows[rows.length - 1].seq);
    }
    return { ok: true, rows: count, head: { seq: expected - 1, hash: prev } };
  }
}
