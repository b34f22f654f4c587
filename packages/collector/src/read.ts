/** Reading the records: a consent id's history, daily statistics and the streamed export. */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Db } from './db.js';

/** A consent id's receipts, oldest first, each with the time the collector stored it. */
export async function history(db: Db, id: string): Promise<unknown[]> {
  const { rows } = await db.query<{ received_at: Date; body: object }>(
    "SELECT received_at, body FROM records WHERE consent_id = $1 AND kind = 'receipt' ORDER BY seq LIMIT 1000",
    [id],
  );
  return rows.map((r) => ({ ...r.body, storedAt: r.received_at.toISOString() }));
}

const DAY = "to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')";

/** Per day (UTC): receipts by source, and acceptance rate per category and region. */
export async function stats(db: Db, from: Date, to: Date) {
  const range = [from.toISOString(), to.toISOString()];
  const sources = await db.query<{ day: string; source: string; n: string }>(
    `SELECT ${DAY} AS day, body->>'source' AS source, count(*) AS n FROM records
     WHERE kind = 'receipt' AND received_at >= $1 AND received_at < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
    range,
  );
  const acceptance = await db.query<{ day: string; region: string; category: string; n: string; yes: string }>(
    `SELECT ${DAY} AS day, coalesce(body->>'region', 'unknown') AS region, c.key AS category,
            count(*) AS n, count(*) FILTER (WHERE c.value = 'true'::jsonb) AS yes
     FROM records, jsonb_each(body->'categories') AS c
     WHERE kind = 'receipt' AND received_at >= $1 AND received_at < $2 AND c.key <> 'necessary'
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    range,
  );
  type Day = {
    day: string;
    receipts: number;
    bySource: Record<string, number>;
    acceptance: Array<{ category: string; region: string; decisions: number; accepted: number; rate: number }>;
  };
  const days = new Map<string, Day>();
  const dayOf = (day: string) => days.get(day) ?? days.set(day, { day, receipts: 0, bySource: {}, acceptance: [] }).get(day)!;
  for (const r of sources.rows) {
    const d = dayOf(r.day);
    d.bySource[r.source] = Number(r.n);
    d.receipts += Number(r.n);
  }
  for (const r of acceptance.rows)
    dayOf(r.day).acceptance.push({
      category: r.category,
      region: r.region,
      decisions: Number(r.n),
      accepted: Number(r.yes),
      rate: Math.round((Number(r.yes) / Number(r.n)) * 1e4) / 1e4,
    });
  return [...days.values()];
}

const CSV_COLUMNS = [
  'seq',
  'stored_at',
  'kind',
  'receipt',
  'id',
  'revision',
  'timestamp',
  'source',
  'categories',
  'services',
  'gpc',
  'region',
  'origin',
  'path',
  'language',
  'version',
  'details',
  'prev_hash',
  'hash',
];

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * Streams every row of the chain received in [from, to) in seq order, a page at a time, as
 * NDJSON or CSV, waiting for the client when it reads slower than the database.
 */
export async function exportRecords(db: Db, res: ServerResponse, format: 'ndjson' | 'csv', from: Date, to: Date): Promise<void> {
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
    'content-disposition': `attachment; filename="consent-records.${format === 'csv' ? 'csv' : 'ndjson'}"`,
    'cache-control': 'no-store',
  });
  if (format === 'csv') res.write(CSV_COLUMNS.join(',') + '\n');
  for (let after = 0; ;) {
    const { rows } = await db.query<{ seq: string; kind: string; received_at: Date; body: any; prev_hash: string; hash: string }>(
      'SELECT seq, kind, received_at, body, prev_hash, hash FROM records WHERE seq > $1 AND received_at >= $2 AND received_at < $3 ORDER BY seq LIMIT 1000',
      [after, from.toISOString(), to.toISOString()],
    );
    if (!rows.length) break;
    let chunk = '';
    for (const r of rows) {
      const storedAt = r.received_at.toISOString();
      if (format === 'ndjson')
        chunk += JSON.stringify({ seq: Number(r.seq), storedAt, kind: r.kind, record: r.body, prevHash: r.prev_hash, hash: r.hash }) + '\n';
      else {
        const b = r.kind === 'receipt' ? r.body : {};
        chunk +=
          [
            r.seq,
            storedAt,
            r.kind,
            b.receipt,
            b.id,
            b.revision,
            b.timestamp,
            b.source,
            b.categories,
            b.services,
            b.gpc,
            b.region,
            b.origin,
            b.path,
            b.language,
            b.version,
            r.kind === 'receipt' ? '' : r.body,
            r.prev_hash,
            r.hash,
          ]
            .map(cell)
            .join(',') + '\n';
      }
    }
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (res.destroyed) return;
    after = Number(rows[rows.length - 1].seq);
  }
  res.end();
}
