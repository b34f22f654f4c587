/**
 * `consentry-collector`: stores consent receipts on PostgreSQL (embedded or a server) as proof
 * of consent. Usage and operation: docs/consent-records.md.
 */
import { parseArgs } from 'node:util';
import { MissingDriver, migrate, openEmbedded, openServer } from './db.js';
import { startCollector } from './server.js';

const USAGE = 'usage: consentry-collector [--port 8787] [--host 127.0.0.1] [--data DIR] [--allow-origin ORIGIN]… [--require-origin] [--retention-days N]';
/** An admin token shorter than this could be guessed: refused at start. */
const MIN_TOKEN = 32;

function fail(message: string): never {
  process.stderr.write(`consentry-collector: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** A whole number in [min, max] from a flag or variable, or exit with usage. */
function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    fail(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  return Number(value);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'retention-days': { type: 'string' },
      'require-origin': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
const port = whole('--port', values.port, 8787, 0, 65535);
const retentionDays = whole('--retention-days', values['retention-days'], 1095, 1, 36500);
const env = process.env;
const rateLimit = whole('CONSENTRY_RATE_LIMIT', env.CONSENTRY_RATE_LIMIT, 120, 0, 1e9);
const impressionRateLimit = whole('CONSENTRY_IMPRESSION_RATE_LIMIT', env.CONSENTRY_IMPRESSION_RATE_LIMIT, rateLimit, 0, 1e9);
const trustProxy = whole('CONSENTRY_TRUST_PROXY', env.CONSENTRY_TRUST_PROXY, 0, 0, 10);
const maxConnections = whole('CONSENTRY_MAX_CONNECTIONS', env.CONSENTRY_MAX_CONNECTIONS, 1024, 1, 1e6);
const requestTimeout = whole('CONSENTRY_REQUEST_TIMEOUT', env.CONSENTRY_REQUEST_TIMEOUT, 30, 1, 3600);
const adminToken = env.CONSENTRY_ADMIN_TOKEN || undefined;
if (adminToken !== undefined && adminToken.length < MIN_TOKEN)
  fail(
    `CONSENTRY_ADMIN_TOKEN must be at least ${MIN_TOKEN} characters (it has ${adminToken.length}): a short token can be guessed; make one with \`openssl rand -hex 32\``,
  );
const allowOrigins = values['allow-origin'] ?? [];
for (const o of allowOrigins) {
  let ok = false;
  try {
    ok = new URL(o).origin === o && /^https?:$/.test(new URL(o).protocol);
  } catch {
    /* reported below */
  }
  if (!ok) fail(`--allow-origin takes an origin such as https://www.example.com (scheme, host and port only), not ${JSON.stringify(o)}`);
}
if (values.host === '') fail('--host must not be empty');
if (env.DATABASE_URL && values.data !== undefined) fail('give either --data (embedded database) or DATABASE_URL (a PostgreSQL server), not both');

let db;
try {
  db = env.DATABASE_URL ? await openServer(env.DATABASE_URL) : await openEmbedded(values.data ?? './consent-records');
} catch (e) {
  // A driver left out of the install is the site owner's to fix: one line, no stack trace.
  process.stderr.write(`consentry-collector: ${e instanceof MissingDriver ? e.message : `cannot open the database: ${(e as Error)?.message ?? e}`}\n`);
  process.exit(1);
}
try {
  await migrate(db);
} catch (e) {
  process.stderr.write(`consentry-collector: cannot prepare the database: ${(e as Error).message}\n`);
  await db.close().catch(() => {});
  process.exit(1);
}
let collector;
try {
  collector = await startCollector({
    db,
    port,
    host: values.host ?? '127.0.0.1',
    allowOrigins,
    adminToken,
    retentionDays,
    rateLimit,
    impressionRateLimit,
    trustProxy,
    maxConnections,
    requestTimeout: requestTimeout * 1000,
    requireOrigin: values['require-origin'] ?? false,
  });
} catch (e) {
  process.stderr.write(`consentry-collector: cannot listen: ${(e as Error).message}\n`);
  await db.close().catch(() => {});
  process.exit(1);
}
const { url, close } = collector;
process.stdout.write(`listening on ${url}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    close().then(
      () => process.exit(0),
      (e) => {
        process.stderr.write(`consentry-collector: ${e?.message ?? e}\n`);
        process.exit(1);
      },
    );
  });
