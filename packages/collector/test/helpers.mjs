// Helpers for the collector's tests: a throw-away PostgreSQL server, the collector started from
// dist/ as a user starts it, and receipts.
import { spawn, execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const CLI = fileURLToPath(new URL('../dist/consentry-collector.mjs', import.meta.url));
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** A temporary folder, removed when the test process exits (embedded databases are tens of MB). */
const temporary = [];
process.on('exit', () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
export function tempDir(prefix = 'consentry-records-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (postgres refuses root). */
function asPostgres(cmd, args, options = {}) {
  const root = process.getuid?.() === 0;
  return root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args], options] : [cmd, args, options];
}

/**
 * A PostgreSQL server for the tests: `DATABASE_URL` when set, else a throw-away one started in a
 * temporary folder (initdb, a free port, the socket in that folder), else null with the reason.
 * `restart()` stops and starts a local one (fault tests); `stop()` removes it.
 */
export async function postgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, local: false, stop: async () => {} };
  if (!existsSync(join(PG_BIN, 'initdb'))) return { missing: `no PostgreSQL at ${PG_BIN} and DATABASE_URL is not set` };
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = join(dir, 'data');
  execFileSync(...asPostgres(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], { stdio: 'ignore' }));
  const port = await freePort();
  // pg_ctl's arguments for `start` or `stop`: the log and the server's options matter to start,
  // the fast mode (end the clients' sessions) to stop; -w waits up to 60 s for either.
  const ctlArgs = (action, options) =>
    asPostgres(
      join(PG_BIN, 'pg_ctl'),
      [
        '-D',
        data,
        '-w',
        '-t',
        '60',
        ...(action === 'start' ? ['-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`] : ['-m', 'fast']),
        action,
      ],
      options,
    );
  const ctl = (action) => execFileSync(...ctlArgs(action, { stdio: 'ignore' }));
  ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    local: true,
    /** Stops and starts the server without blocking the test's event loop (its clients keep running). */
    stopServer: () => promisify(execFile)(...ctlArgs('stop')),
    startServer: () => promisify(execFile)(...ctlArgs('start')),
    async stop() {
      try {
        ctl('stop');
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, empty database on server `url`: each collector under test gets its own. */
export async function freshDatabase(url) {
  const name = 'consentry_' + randomBytes(6).toString('hex');
  const client = new pg.Client(url);
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/**
 * Starts `consentry-collector` (dist/) on a free port and waits for its `listening on` line.
 * `backend` is `{ data }` (embedded) or `{ url }` (PostgreSQL).
 */
export async function startCollector(backend, { args = [], env = {}, port = 0, cli = CLI, listenTimeout = 180_000 } = {}) {
  const child = spawn(process.execPath, [cli, '--port', String(port), ...(backend.data ? ['--data', backend.data] : []), ...args], {
    env: { ...process.env, DATABASE_URL: backend.url ?? '', CONSENTRY_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let timer;
  const url = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (d) => {
      buffer += d;
      const parts = buffer.split('\n');
      buffer = parts.pop();
      for (const line of parts) {
        lines.push(line);
        const m = /^listening on (http:\/\/\S+)$/.exec(line);
        if (m) resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`collector exited (${code}) before listening: ${stderr}`)));
    // A collector that neither listens nor exits fails the test instead of hanging it.
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`collector did not listen within ${listenTimeout / 1000} s: ${stderr}`));
    }, listenTimeout).unref();
    // Once it listens, the deadline is over: left running, it killed a collector still in use
    // 180 s after its start (the /stats bench's embedded run, "connection closed").
  }).finally(() => clearTimeout(timer));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A collector that dies on its own says why in the test's output.
  child.once(
    'exit',
    (code, signal) =>
      (code || (signal && signal !== 'SIGTERM' && signal !== 'SIGKILL')) && process.stderr.write(`# collector exited (${code ?? signal}): ${stderr}\n`),
  );
  return {
    url,
    child,
    lines,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill9() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** The backends every collector test runs on: embedded always, PostgreSQL when one is available. */
export async function backends() {
  const server = await postgres();
  const list = [{ name: 'embedded', make: async () => ({ data: tempDir() }) }];
  if (server.url) list.push({ name: 'postgresql', server, make: async () => ({ url: await freshDatabase(server.url) }) });
  else console.log(`# PostgreSQL tests not run: ${server.missing}`);
  return { list, stop: () => server.stop?.() };
}

export const consentId = () => randomBytes(16).toString('base64url');

/** A valid receipt, with `over` merged in. */
export const receipt = (over = {}) => ({
  receipt: randomUUID(),
  id: consentId(),
  revision: '1',
  timestamp: new Date().toISOString(),
  source: 'banner',
  categories: { necessary: true, analytics: true, advertising: false },
  services: { 'google-analytics': true },
  gpc: false,
  region: 'DE',
  origin: 'https://shop.example',
  path: '/checkout',
  language: 'en',
  version: '0.1.0',
  ...over,
});

/** The admin token the tests start collectors with (at least 32 characters, as the collector requires). */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** POSTs a receipt (or any body) and returns `{ status, headers, json }`. */
export async function post(url, body, headers = {}) {
  const res = await fetch(url + '/receipts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }).catch((e) => {
    // fetch's own message ("fetch failed") hides the reason.
    throw new Error(`POST ${url}/receipts: ${e.cause?.message ?? e.message}`, { cause: e });
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json };
}

export async function getJson(url, headers = {}, method = 'GET') {
  const res = await fetch(url, { method, headers });
  return { status: res.status, headers: res.headers, json: await res.json() };
}

/** Every receipt id stored, read through the admin export. */
export async function storedIds(url) {
  const res = await fetch(url + '/export?format=ndjson', { headers: ADMIN });
  const rows = (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return rows.filter((r) => r.kind === 'receipt').map((r) => r.record.receipt);
}
