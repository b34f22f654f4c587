// `npm run bench:collector`: sustained receipts per second and latency percentiles of
// consentry-collector with 1, 8 and 64 concurrent clients, on the embedded database and, with
// DATABASE_URL set, on that PostgreSQL server (also with two collectors), plus pgbench on the same
// server (single-row JSONB inserts) for reference; then the time of GET /stats at 10 million
// receipts (bench/collector-stats.mjs). Method and results: bench/collector.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshDatabase, receipt, startCollector } from '../packages/collector/test/helpers.mjs';
import { benchStats } from './collector-stats.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = [1, 8, 64];
const PGBENCH = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';
/** The admin token of the collectors measured (the collector requires at least 32 characters). */
const TOKEN = 'bench-admin-token-0123456789abcdef';

/** A fresh valid receipt, the one the collector's tests post. */
const body = () => JSON.stringify(receipt());

function post(agent, url, text) {
  return new Promise((resolve, reject) => {
    const u = new URL(url + '/receipts');
    const req = request({ agent, host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/** `clients` loops posting back to back for SECONDS (after a 1 s warm-up), spread over `urls`. */
async function load(urls, clients) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  let measuring = false;
  let stop = false;
  const latencies = [];
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      while (!stop) {
        const t = process.hrtime.bigint();
        const status = await post(agent, urls[i % urls.length], body()).catch(() => 0);
        if (status !== 201) failed++;
        else if (measuring) latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }).concat(
      (async () => {
        await new Promise((r) => setTimeout(r, 1000));
        measuring = true;
        await new Promise((r) => setTimeout(r, SECONDS * 1000));
        stop = true;
      })(),
    ),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { perSecond: Math.round(latencies.length / SECONDS), p50: +pct(latencies, 50).toFixed(1), p99: +pct(latencies, 99).toFixed(1), failed };
}

async function verify(url) {
  const res = await fetch(url + '/verify', { headers: { authorization: `Bearer ${TOKEN}` } });
  return res.json();
}

const rows = [];
async function benchCollectors(name, backend, count = 1) {
  const env = { CONSENTRY_RATE_LIMIT: '0', CONSENTRY_ADMIN_TOKEN: TOKEN };
  const cs = [];
  for (let i = 0; i < count; i++) cs.push(await startCollector(backend, { env }));
  for (const clients of CLIENTS) {
    const r = await load(cs.map((c) => c.url), clients);
    rows.push({ target: name, clients, ...r });
    console.log(JSON.stringify(rows.at(-1)));
  }
  const v = await verify(cs[0].url);
  console.log(`# ${name}: chain ${v.ok ? 'intact' : 'BROKEN'} over ${v.rows} rows`);
  if (!v.ok) process.exitCode = 1;
  await Promise.all(cs.map((c) => c.stop()));
}

function pgbench(url) {
  const dir = mkdtempSync(join(tmpdir(), 'pgbench-'));
  const script = join(dir, 'insert.sql');
  writeFileSync(script, `INSERT INTO bench_receipts (body) VALUES ('${body().replace(/'/g, "''")}'::jsonb);\n`);
  for (const clients of CLIENTS) {
    const out = execFileSync(PGBENCH, ['-n', '-f', script, '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(SECONDS), url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tps = Number(/tps = ([\d.]+)/.exec(out)[1]);
    const latency = Number(/latency average = ([\d.]+) ms/.exec(out)[1]);
    rows.push({ target: 'pgbench (single-row JSONB INSERT)', clients, perSecond: Math.round(tps), p50: null, p99: null, average: latency });
    console.log(JSON.stringify(rows.at(-1)));
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log(`# ${cpus().length} × ${cpus()[0].model}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, ${SECONDS} s per run`);
const data = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
await benchCollectors('collector, embedded (PGlite)', { data });
rmSync(data, { recursive: true, force: true });

if (process.env.DATABASE_URL) {
  const server = process.env.DATABASE_URL;
  await benchCollectors('collector, PostgreSQL', { url: await freshDatabase(server) });
  await benchCollectors('2 collectors, one PostgreSQL', { url: await freshDatabase(server) }, 2);
  const ref = await freshDatabase(server);
  const client = new pg.Client(ref);
  await client.connect();
  await client.query('CREATE TABLE bench_receipts (id bigserial PRIMARY KEY, body jsonb NOT NULL)');
  await client.end();
  pgbench(ref);
} else console.log('# DATABASE_URL not set: PostgreSQL and pgbench not measured');

console.log('\n| target | clients | receipts/s | p50 ms | p99 ms |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.target} | ${r.clients} | ${r.perSecond} | ${r.p50 ?? '–'} | ${r.p99 ?? `– (avg ${r.average})`} |`);
console.log(`# load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

console.log('\n# GET /stats with 10 million receipts (counters seeded as a year of them leaves them)');
await benchStats(process.env.DATABASE_URL);
