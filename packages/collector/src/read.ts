/** Reading the records: a consent id's history, daily statistics and the streamed export. */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Db } from './db.js';

/** The largest page of `GET /consents/:id` (also its default). */
export const MAX_PAGE = 100;

/**
 * One page of a consent id's receipts, newest first (so a flood of old-looking receipts cannot
 * push a later withdrawal out of sight), each with the time the collector stored it, and `next`:
 * the `before` value of the following page, or null on the last.
 */
export async function history(db: Db, id: string, limit: number, before: number): Promise<{ receipts: unknown[]; next: string | null }> {
  const { rows } = await db.query<{ seq: string; received_at: Date; body: object }>(
    "SELECT seq, received_at, body FROM records WHERE consent_id = $1 AND kind = 'receipt' AND seq < $2 ORDER BY seq DESC LIMIT $3",
    [id, before, limit + 1],
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return {
    receipts: page.map((r) => ({ ...r.body, storedAt: r.received_at.toISOString() })),
    next: more ? String(page[page.length - 1].seq) : null,
  };
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

/**
 * Characters that end a line for some readers (NEL, LINE and PARAGRAPH SEPARATOR) or change the
 * direction text is shown in (the bidirectional embeddings, overrides and isolates): a stored
 * string must not split an export's record or make a path read backwards.
 */
const CONTROLS = /[\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeControl = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

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
  'origin_matched',
  'prev_hash',
  'hash',
  // Receipt fields added with consent insight (absent on older receipts).
  'arm',
  'device',
  'mode',
  'layout',
  'shown',
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, CR or LF; never read as a formula
 * by a spreadsheet; line and direction controls written as `\uXXXX` (CSV has no escape for them).
 */
export function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  s = s.replace(CONTROLS, escapeControl);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * Streams every row of the chain received in [from, to) in seq order, a page at a time, as
 * NDJSON or CSV, waiting for the client when it reads slower than the database. With `withShown`,
 * each receipt also carries the words it names in `shown` (`shownText` / `shown_text`; null when
 * that text was never sent).
 */
export async function exportRecords(db: Db, res: ServerResponse, format: 'ndjson' | 'csv', from: Date, to: Date, withShown = false): Promise<void> {
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
    'content-disposition': `attachment; filename="consent-records.${format === 'csv' ? 'csv' : 'ndjson'}"`,
    'cache-control': 'no-store',
  });
  if (format === 'csv') res.write([...CSV_COLUMNS, ...(withShown ? ['shown_text'] : [])].join(',') + '\r\n');
  for (let after = 0; ;) {
    const { rows } = await db.query<{
      seq: string;
      kind: string;
      received_at: Date;
      body: any;
      origin_matched: boolean | null;
      prev_hash: string;
      hash: string;
      shown_text?: string | null;
    }>(
      withShown
        ? `SELECT seq, kind, received_at, body, origin_matched, prev_hash, r.hash, s.text AS shown_text FROM records r
           LEFT JOIN shown_texts s ON r.kind = 'receipt' AND s.hash = r.body->>'shown'
           WHERE seq > $1 AND received_at >= $2 AND received_at < $3 ORDER BY seq LIMIT 1000`
        : 'SELECT seq, kind, received_at, body, origin_matched, prev_hash, hash FROM records WHERE seq > $1 AND received_at >= $2 AND received_at < $3 ORDER BY seq LIMIT 1000',
      [after, from.toISOString(), to.toISOString()],
    );
    if (!rows.length) break;
    let chunk = '';
    for (const r of rows) {
      const storedAt = r.received_at.toISOString();
      if (format === 'ndjson')
        // JSON's own \u escapes: the line reads back as the same value.
        chunk +=
          JSON.stringify({
            seq: Number(r.seq),
            storedAt,
            kind: r.kind,
            record: r.body,
            ...(r.origin_matched === null ? {} : { originMatched: r.origin_matched }),
            prevHash: r.prev_hash,
            hash: r.hash,
            ...(withShown && r.kind === 'receipt' ? { shownText: r.shown_text ?? null } : {}),
          }).replace(CONTROLS, escapeControl) + '\n';
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
            r.origin_matched,
            r.prev_hash,
            r.hash,
            b.arm,
            b.device,
            b.mode,
            b.layout,
            b.shown,
            ...(withShown ? [r.shown_text] : []),
          ]
            .map(cell)
            .join(',') + '\r\n';
      }
    }
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (res.destroyed) return;
    after = Number(rows[rows.length - 1].seq);
  }
  res.end();
}
