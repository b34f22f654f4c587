/**
 * The HTTP side of `consentry-collector` (docs/consent-records.md): ingest, history, the admin
 * endpoints, health, one JSON log line per request, graceful shutdown.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIPv6, type AddressInfo } from 'node:net';
import { Chain, RowRefused } from './chain.js';
import { dashboard } from './dashboard.js';
import type { Db } from './db.js';
import {
  experiments,
  GROUPS,
  ImpressionCounter,
  insightStats,
  MAX_SHOWN,
  parseImpression,
  parseShownText,
  statsCsv,
  storeShownText,
  TooLarge,
  verifyShownTexts,
  type Group,
} from './insight.js';
import { exportRecords, history, MAX_PAGE, stats } from './read.js';
import { InputError, parseReceipt } from './validate.js';

/** Largest accepted receipt body, in bytes. */
const MAX_BODY = 16 * 1024;
/** Largest accepted impression body, in bytes. */
const MAX_IMPRESSION = 1024;
/**
 * Largest accepted `POST /shown-texts` body: the text itself is at most {@link MAX_SHOWN} bytes,
 * and JSON escaping its quotes and controls can make it up to six times longer.
 */
const MAX_SHOWN_BODY = 6 * MAX_SHOWN + 256;
/** The longest range `/stats` and `/experiments` answer, in days. */
const MAX_DAYS = 3660;
/** A consent id as the SDK makes it (base64url); anything else in the path is refused before a query. */
const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Failed admin attempts allowed per client address and minute (a burst of this many, then one every 6 s). */
const ADMIN_FAILURES = 10;

export interface CollectorOptions {
  db: Db;
  port?: number;
  host?: string;
  /** Origins whose pages may post receipts (exact `scheme://host[:port]`). */
  allowOrigins?: string[];
  /** Admin bearer token; admin endpoints are off without one. */
  adminToken?: string;
  /** Days receipts are kept (default 1095); expired rows are deleted daily. */
  retentionDays?: number;
  /** Requests per minute per client (0: no limit). */
  rateLimit?: number;
  /** Impressions per minute per client, in a bucket apart from receipts (default: `rateLimit`; 0: no limit). */
  impressionRateLimit?: number;
  /** Proxies in front of the collector whose `X-Forwarded-For` entry is trusted (0: none). */
  trustProxy?: number;
  /** Open connections at most (default 1024); more are closed as they arrive. */
  maxConnections?: number;
  /** Milliseconds a client has to send a whole request (default 30 000; its headers: at most 15 000). */
  requestTimeout?: number;
  /** Refuse receipts posted without an `Origin` header (curl, servers): `403`. */
  requireOrigin?: boolean;
  /** Where the per-request log lines go (default: stdout). */
  log?: (line: string) => void;
}

export interface Collector {
  url: string;
  server: Server;
  chain: Chain;
  /** Stops accepting, finishes in-flight requests and commits, closes the database. */
  close(): Promise<void>;
  /** Runs retention once (also run daily). */
  expire(): Promise<number>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * The rate limit's key for a client address: IPv6 addresses by their /64 (one subscriber usually
 * holds a whole /64, so a /128 key would let one client take 2^64 keys); IPv4 (also IPv4-mapped
 * IPv6) by the address. Anything else (a proxy's odd header) is kept, bounded.
 */
function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return address.slice(0, 64);
  const [head, tail = ''] = bare.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::a.b.c.d) is in the low 64 bits: it does not change the /64.
  const words = bare.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return (
    words
      .slice(0, 4)
      .map((w) => parseInt(w, 16).toString(16))
      .join(':') + '::/64'
  );
}

/** A token bucket per client, in memory only: `limit` requests a minute, bursts up to `limit`. */
function rateLimiter(limit: number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = limit / 60_000;
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, b] of buckets) if (b.tokens + (now - b.at) * perMs >= limit) buckets.delete(key);
  }, 60_000).unref();
  return {
    /** Seconds to wait, or 0 when the request may go ahead (and it is counted, unless `peek`). */
    take(client: string, peek = false): number {
      if (!limit) return 0;
      const now = Date.now();
      const b = buckets.get(client) ?? { tokens: limit, at: now };
      b.tokens = Math.min(limit, b.tokens + (now - b.at) * perMs);
      b.at = now;
      buckets.set(client, b);
      if (b.tokens >= 1) {
        if (!peek) b.tokens--;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / perMs / 1000);
    },
    stop: () => clearInterval(sweep),
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Reads the body up to `max` bytes (`what` names it in the 413's message). */
async function readBody(req: IncomingMessage, max = MAX_BODY, what = 'receipts'): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) throw new HttpError(413, 'too_large', `${what} are at most ${max} bytes`);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > max) throw new HttpError(413, 'too_large', `${what} are at most ${max} bytes`);
    parts.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    throw new HttpError(400, 'malformed_json', 'the body is not valid UTF-8');
  }
}

/** `/consents/:id` with the raw (still encoded) path segment checked strictly. */
function consentId(rawPath: string): string {
  const id = rawPath.slice('/consents/'.length);
  if (!CONSENT_ID.test(id)) throw new HttpError(400, 'invalid_id', 'a consent id is 16 to 64 characters A-Z, a-z, 0-9, - and _', 'id');
  return id;
}

/** A whole-number query value in [min, max], or `fallback` when absent. */
function whole(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const v = params.get(name);
  if (v === null) return fallback;
  if (!/^\d{1,16}$/.test(v) || Number(v) < min || Number(v) > max)
    throw new HttpError(400, 'invalid_query', `${name} must be a whole number from ${min} to ${max}`, name);
  return Number(v);
}

/** Parses `from`/`to` query values: a date (`2026-01-31`) or an ISO 8601 time. */
function instant(params: URLSearchParams, name: string, fallback: Date): Date {
  const v = params.get(name);
  if (v === null) return fallback;
  const d = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new HttpError(400, 'invalid_query', `${name} must be a date (YYYY-MM-DD) or an ISO 8601 time`, name);
  return d;
}

/**
 * A UTC day query value (`2026-11-01`; an ISO 8601 time, as `/stats` took before counters, means
 * its UTC day), or `fallback` when absent.
 */
function day(params: URLSearchParams, name: string, fallback: string): string {
  if (!params.has(name)) return fallback;
  const d = instant(params, name, new Date());
  const v = d.toISOString().slice(0, 10);
  // 2026-02-31 parses (as 3 March): refused, not moved.
  if (!params.get(name)!.includes('T') && v !== params.get(name)) throw new HttpError(400, 'invalid_query', `${name} must be a date (YYYY-MM-DD)`, name);
  return v;
}

/** The `from`/`to` days of `/stats` and `/experiments`: inclusive, the last 30 days by default. */
function dayRange(params: URLSearchParams): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  const to = day(params, 'to', today);
  const from = day(params, 'from', new Date(Date.parse(to) - 29 * 86_400_000).toISOString().slice(0, 10));
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (span < 0) throw new HttpError(400, 'invalid_query', 'from must not be after to', 'from');
  if (span >= MAX_DAYS) throw new HttpError(400, 'invalid_query', `a range is at most ${MAX_DAYS} days`, 'from');
  return { from, to };
}

/** The `group` query value of `/stats`: any of {@link GROUPS}, comma-separated, each once. */
function groups(params: URLSearchParams): Group[] {
  const v = params.get('group') ?? 'day';
  const list = v === '' ? [] : v.split(',');
  for (const [i, g] of list.entries())
    if (!(GROUPS as readonly string[]).includes(g) || list.indexOf(g) !== i)
      throw new HttpError(400, 'invalid_query', `group takes any of ${GROUPS.join(', ')}, comma-separated, each once`, 'group');
  return list as Group[];
}

export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const { db } = options;
  const allowed = new Set(options.allowOrigins ?? []);
  const retentionDays = options.retentionDays ?? 1095;
  const limiter = rateLimiter(options.rateLimit ?? 120);
  // Impressions have a bucket of their own: a flood of them never uses up a client's receipts.
  const impressionLimiter = rateLimiter(options.impressionRateLimit ?? options.rateLimit ?? 120);
  const impressions = new ImpressionCounter(db);
  // Failed admin attempts count in a bucket of their own: receipts from an admin's address never
  // lock the admin out, and admin requests never use up a visitor's receipts.
  const adminFailures = rateLimiter(ADMIN_FAILURES);
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const token = options.adminToken ? digest(options.adminToken) : null;
  const chain = new Chain(db);

  const clientOf = (req: IncomingMessage): string => {
    const hops = options.trustProxy ?? 0;
    if (hops > 0) {
      const list = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.length >= hops) return clientKey(list[list.length - hops]);
    }
    return clientKey(req.socket.remoteAddress ?? '');
  };

  const trusted = () => (options.trustProxy ?? 0) > 0;
  /** The entry the nearest trusted proxy added to a forwarded header (a client may send its own earlier ones). */
  const lastForwarded = (req: IncomingMessage, name: string): string =>
    String(req.headers[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1) ?? '';

  const limited = (wait: number, what: string) => {
    if (wait) throw new HttpError(429, 'rate_limited', `too many ${what} from this client`, undefined, { 'retry-after': String(wait) });
  };

  /** Throws the admin endpoints' error unless `given` is the admin token; failures are counted. */
  const checkToken = (req: IncomingMessage, given: string): void => {
    if (!token) throw new HttpError(404, 'admin_off', 'admin endpoints are off: set CONSENTRY_ADMIN_TOKEN to turn them on');
    const client = clientOf(req);
    // A client that failed too often waits, even with the right token: guessing stays slow.
    limited(adminFailures.take(client, true), 'failed admin attempts');
    // Digests of equal length, compared in constant time: neither the token nor its length leaks.
    if (!timingSafeEqual(digest(given), token)) {
      adminFailures.take(client);
      throw new HttpError(401, 'unauthorized', 'a valid admin token is required (Authorization: Bearer …)', undefined, { 'www-authenticate': 'Bearer' });
    }
  };

  // The dashboard's session stands for the token on the read-only endpoints only (`readOnly`);
  // every admin write and the full export stay bearer-only.
  const board = dashboard({
    checkToken,
    secure: (req) => (req.socket as { encrypted?: boolean }).encrypted === true || (trusted() && lastForwarded(req, 'x-forwarded-proto') === 'https'),
    host: (req) => (trusted() && lastForwarded(req, 'x-forwarded-host')) || String(req.headers.host ?? ''),
  });

  const admin = (req: IncomingMessage, readOnly = false): void => {
    if (readOnly && token && board.signedIn(req)) return;
    checkToken(req, /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  };

  /** Refuses a body that is neither `application/json` nor `text/plain` (`what`: the thing to send). */
  const contentType = (req: IncomingMessage, what: string) => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain') throw new HttpError(415, 'unsupported_type', `send ${what} as application/json or text/plain`);
  };

  /** Runs a parser, turning its {@link InputError} into a 400 naming the field. */
  const parsed = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof InputError) throw new HttpError(400, e.code, e.message, e.field);
      throw e;
    }
  };

  async function ingest(req: IncomingMessage, res: ServerResponse, origin: string | undefined): Promise<void> {
    contentType(req, 'the receipt');
    const body = await readBody(req);
    const receipt = parsed(() => parseReceipt(body));
    if (origin !== undefined && receipt.origin !== origin)
      throw new HttpError(400, 'invalid_receipt', "origin does not match the request's Origin header", 'origin');
    let outcome;
    try {
      outcome = await chain.append({ receipt, originMatched: origin !== undefined });
    } catch (e) {
      if (e instanceof RowRefused) throw new HttpError(400, 'refused_by_database', 'the database refused this receipt');
      throw new HttpError(503, 'unavailable', 'the database is unavailable; retry later', undefined, { 'retry-after': '5' });
    }
    send(res, outcome === 'stored' ? 201 : 200, { receipt: receipt.receipt, status: outcome });
  }

  /** `POST /impressions`: counted, never stored one by one; 204 once the count is committed. */
  async function impression(req: IncomingMessage, res: ServerResponse): Promise<void> {
    contentType(req, 'the impression');
    const body = await readBody(req, MAX_IMPRESSION, 'impressions');
    const i = parsed(() => parseImpression(body));
    try {
      await impressions.add(i);
    } catch {
      throw new HttpError(503, 'unavailable', 'the database is unavailable; retry later', undefined, { 'retry-after': '5' });
    }
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  }

  /** `POST /shown-texts`: stores a shown text once under its SHA-256. */
  async function shownText(req: IncomingMessage, res: ServerResponse): Promise<void> {
    contentType(req, 'the shown text');
    const body = await readBody(req, MAX_SHOWN_BODY, 'shown texts');
    let text;
    try {
      text = parsed(() => parseShownText(body));
    } catch (e) {
      if (e instanceof TooLarge) throw new HttpError(413, 'too_large', e.message);
      throw e;
    }
    const outcome = await storeShownText(db, text.hash, text.text).catch(() => {
      throw new HttpError(503, 'unavailable', 'the database is unavailable; retry later', undefined, { 'retry-after': '5' });
    });
    send(res, outcome === 'stored' ? 201 : 200, { hash: text.hash, status: outcome });
  }

  /**
   * What the SDK posts (receipts, impressions, shown texts): CORS for `--allow-origin` only (a
   * preflight answered), the method, the client's rate limit, `--require-origin`.
   */
  const posted = (req: IncomingMessage, res: ServerResponse, origin: string | undefined, what: string, bucket: typeof limiter): boolean => {
    if (origin !== undefined && !allowed.has(origin))
      throw new HttpError(403, 'origin_not_allowed', `origin ${origin} may not post ${what} (see --allow-origin)`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
      res.end();
      return false;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'use POST, OPTIONS', undefined, { allow: 'POST, OPTIONS' });
    limited(bucket.take(clientOf(req)), what);
    if (origin === undefined && options.requireOrigin)
      throw new HttpError(403, 'origin_required', `${what} must come from a page (an Origin header); this collector runs with --require-origin`);
    return true;
  };

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const origin = req.headers.origin;
    if (origin !== undefined && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    const methods = (list: string) => {
      if (!list.split(', ').includes(method)) throw new HttpError(405, 'method_not_allowed', `use ${list}`, undefined, { allow: list });
    };
    if (path === '/healthz') {
      methods('GET, HEAD');
      try {
        await db.query('SELECT 1');
      } catch {
        throw new HttpError(503, 'unavailable', 'the database is unavailable');
      }
      return send(res, 200, { ok: true, database: db.kind });
    }
    if (path === '/receipts') return posted(req, res, origin, 'receipts', limiter) ? ingest(req, res, origin) : undefined;
    if (path === '/impressions') return posted(req, res, origin, 'impressions', impressionLimiter) ? impression(req, res) : undefined;
    // Shown texts share the receipts' bucket: the drop-in sends one with a receipt, rarely.
    if (path === '/shown-texts') return posted(req, res, origin, 'shown texts', limiter) ? shownText(req, res) : undefined;
    if (path === '/stats' || path === '/stats.csv' || path === '/experiments') {
      methods('GET');
      admin(req, true);
      const { from, to } = dayRange(query);
      if (path === '/experiments') return send(res, 200, await experiments(db, from, to));
      const result = await insightStats(db, from, to, groups(query));
      if (path === '/stats.csv') {
        const text = statsCsv(result);
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="consent-stats-${from}-${to}.csv"`,
          'content-length': Buffer.byteLength(text),
          'cache-control': 'no-store',
        });
        return void res.end(text);
      }
      // Before counters, /stats answered per day from the receipts themselves (`days`, a scan of
      // the receipts): kept as it was for callers that give no `group`.
      const legacy = query.has('group')
        ? {}
        : { days: await stats(db, instant(query, 'from', new Date(Date.now() - 30 * 86_400_000)), instant(query, 'to', new Date(Date.now() + 86_400_000))) };
      return send(res, 200, { ...result, ...legacy });
    }
    if (path.startsWith('/consents/')) {
      methods('GET, DELETE');
      if (method === 'DELETE') {
        admin(req);
        const id = consentId(path);
        const removed = await chain.erase(id);
        if (!removed) throw new HttpError(404, 'not_found', 'no receipts for this consent id');
        return send(res, 200, { erased: removed });
      }
      limited(limiter.take(clientOf(req)), 'requests');
      const id = consentId(path);
      const page = await history(
        db,
        id,
        whole(query, 'limit', MAX_PAGE, 1, MAX_PAGE),
        whole(query, 'before', Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER),
      );
      if (!page.receipts.length && !query.has('before')) throw new HttpError(404, 'not_found', 'no receipts for this consent id');
      return send(res, 200, { id, ...page });
    }
    if (path === '/dashboard' || path.startsWith('/dashboard/')) {
      if (!token) throw new HttpError(404, 'admin_off', 'admin endpoints are off: set CONSENTRY_ADMIN_TOKEN to turn them on');
      return board.handle(req, res, path, (status, code, message) => new HttpError(status, code, message));
    }
    if (path === '/export' || path === '/verify') {
      methods('GET');
      admin(req);
      if (path === '/verify') {
        const result = await chain.verify();
        const texts = await verifyShownTexts(db);
        // A stored text that no longer hashes to its key was changed: the records do not verify.
        // A receipt naming a text never sent is listed, not a break (the drop-in may have failed to send it).
        return send(res, 200, { ...result, ok: result.ok && !texts.broken.length, shownTexts: { ok: !texts.broken.length, ...texts } });
      }
      const format = query.get('format') ?? 'ndjson';
      if (format !== 'ndjson' && format !== 'csv') throw new HttpError(400, 'invalid_query', 'format must be ndjson or csv', 'format');
      const include = query.get('include');
      if (include !== null && include !== 'shown') throw new HttpError(400, 'invalid_query', 'include takes shown', 'include');
      return exportRecords(db, res, format, instant(query, 'from', new Date(0)), instant(query, 'to', new Date(Date.UTC(9999, 11, 31))), include === 'shown');
    }
    throw new HttpError(404, 'not_found', 'no such endpoint');
  }

  const requestTimeout = options.requestTimeout ?? 30_000;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(15_000, requestTimeout),
      // Node checks both timeouts every 30 s by default: a slow client would hold its connection
      // up to 30 s longer than the timeout says.
      connectionsCheckingInterval: Math.min(1_000, requestTimeout),
    },
    (req, res) => {
      const started = process.hrtime.bigint();
      // The path is logged without its query and with consent ids masked: a log line says what
      // happened, never to whom.
      const rawPath = (req.url ?? '/').split('?')[0];
      const logged = rawPath.startsWith('/consents/') ? '/consents/:id' : rawPath.length > 64 ? rawPath.slice(0, 64) + '…' : rawPath;
      res.on('close', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log(JSON.stringify({ time: new Date().toISOString(), method: req.method, path: logged, status: res.statusCode, ms: Math.round(ms * 10) / 10 }));
      });
      let query: URLSearchParams;
      try {
        query = new URL(req.url ?? '/', 'http://collector').searchParams;
      } catch {
        query = new URLSearchParams();
      }
      route(req, res, rawPath, query).catch((e) => {
        const error = e instanceof HttpError ? e : new HttpError(500, 'internal', 'internal error');
        if (!(e instanceof HttpError)) process.stderr.write(`[consentry-collector] ${(e as Error)?.stack ?? e}\n`);
        if (res.headersSent) return void res.destroy();
        // A refused body may still be arriving: close the connection rather than read it.
        if (!req.complete) res.setHeader('connection', 'close');
        send(res, error.status, { error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }, error.headers);
      });
    },
  );
  server.keepAliveTimeout = 5_000;
  // Beyond this many open connections, new ones are closed at once instead of using up memory and
  // file descriptors.
  server.maxConnections = options.maxConnections ?? 1024;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const expire = () => chain.expire(new Date(Date.now() - retentionDays * 86_400_000));
  const runRetention = () =>
    expire().then(
      (n) => n && log(JSON.stringify({ time: new Date().toISOString(), retention: { removed: n, days: retentionDays } })),
      (e) => process.stderr.write(`[consentry-collector] retention failed: ${e?.message ?? e}\n`),
    );
  const first = setTimeout(runRetention, 0).unref();
  const daily = setInterval(runRetention, 86_400_000).unref();

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    server,
    chain,
    expire,
    close() {
      return (closing ??= (async () => {
        clearTimeout(first);
        clearInterval(daily);
        limiter.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Keep-alive connections close as soon as their current request is answered.
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        await closed;
        clearInterval(idle);
        clearTimeout(force);
        await chain.drain();
        await impressions.drain();
        impressionLimiter.stop();
        await db.close();
      })());
    },
  };
}
