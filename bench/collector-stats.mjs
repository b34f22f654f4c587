// The time of GET /stats with 10 million receipts stored (part of `npm run bench:collector`; alone:
// `node bench/collector-stats.mjs`, with DATABASE_URL for a PostgreSQL server too). /stats reads
// the counters only, so the bench fills the counter tables as a year of 10 million decisions (and
// their impressions) leaves them, with generate_series in SQL, instead of posting 10 million
// receipts (the database's triggers roll them up as they are inserted, as they do for the
// collector's own writes); then times /stats for the last 30 and 365 days, grouped by day and by
// region (both read the roll-up), and by region and device (read from the counters), the median
// of 20 requests each. Method and results: bench/collector.md.
import { pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshDatabase, startCollector } from '../packages/collector/test/helpers.mjs';

const TOKEN = 'bench-admin-token-0123456789abcdef';
const DECISIONS_PER_YEAR = 10_000_000;
const RUNS = 20;

/**
 * The year's counters: 20 regions (each with its mode and language), the native language or
 * English, 3 device classes, 3 signals, 2 experiment arms, one layout; every combination on every
 * day (612 a day: where the native language is English the two are one; 223,380 rows, and 4
 * categories make 893,520 rows of `insight_granted`). Decisions
 * per row follow the weights, so the year adds up to about 10 million; 1.4 banners shown per
 * decision, 60 % accept all, 30 % refuse all.
 */
const seedSql = (from) => `
  WITH regions(region, mode, lang, w) AS (VALUES
    ('DE','opt-in','de',.18),('FR','opt-in','fr',.12),('GB','opt-in','en',.1),('US-CA','opt-out','en',.08),('US','notice','en',.1),
    ('IT','opt-in','it',.07),('ES','opt-in','es',.06),('NL','opt-in','nl',.05),('PL','opt-in','pl',.04),('AT','opt-in','de',.03),
    ('CH','opt-in','de',.03),('BE','opt-in','fr',.025),('SE','opt-in','sv',.02),('BR','opt-in','pt',.02),('CA','notice','en',.02),
    ('DK','opt-in','da',.015),('IE','opt-in','en',.015),('PT','opt-in','pt',.01),('JP','notice','ja',.01),('AU','notice','en',.01)),
  langs(native, w) AS (VALUES (true,.8),(false,.2)),
  devices(device, w) AS (VALUES ('phone',.55),('tablet',.1),('desktop',.35)),
  signals(signal, w) AS (VALUES ('none',.9),('gpc',.07),('dnt',.03)),
  arms(arm, w) AS (VALUES ('a',.5),('b',.5)),
  cells AS (
    SELECT d::date AS day, r.region, r.mode, CASE WHEN l.native THEN r.lang ELSE 'en' END AS lang, dv.device, s.signal, a.arm,
           round(${DECISIONS_PER_YEAR / 365} * r.w * l.w * dv.w * s.w * a.w)::bigint AS n
    FROM generate_series('${from}'::date, '${from}'::date + 364, '1 day') d, regions r, langs l, devices dv, signals s, arms a)
  INSERT INTO insight_counts (day, region, mode, lang, device, signal, arm, layout, shown, dialog_shown, decisions, accepted_all, refused_all, chose)
  SELECT day, region, mode, lang, device, signal, arm, 'box', round(n * 1.4), round(n * .15), n, round(n * .6), round(n * .3), n - round(n * .6) - round(n * .3)
  FROM cells ON CONFLICT DO NOTHING;
  INSERT INTO insight_granted (day, region, mode, lang, device, signal, arm, layout, category, granted)
  SELECT day, region, mode, lang, device, signal, arm, layout, c.category, accepted_all + round(chose * c.share)
  FROM insight_counts, (VALUES ('analytics',.7),('advertising',.3),('functional',.8),('personalization',.4)) c(category, share)
  ON CONFLICT DO NOTHING;`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(url, query) {
  const ms = [];
  let rows = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t = process.hrtime.bigint();
    const res = await fetch(`${url}/stats?${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`/stats?${query}: ${res.status} ${JSON.stringify(body)}`);
    // The first two warm the caches; the rest are measured.
    if (i >= 2) ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    rows = body.rows.length;
  }
  return { median: +median(ms).toFixed(1), max: +Math.max(...ms).toFixed(1), rows };
}

/** Seeds `backend` (embedded `{ data }` or `{ url }`), starts a collector on it and times /stats. */
async function measure(name, backend) {
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.parse(today) - 364 * 86_400_000).toISOString().slice(0, 10);
  const env = { CONSENTRY_ADMIN_TOKEN: TOKEN, CONSENTRY_RATE_LIMIT: '0' };
  // The collector makes the tables (its migrations); it is stopped while the embedded database,
  // which one process opens at a time, is seeded.
  let c = await startCollector(backend, { env });
  const started = Date.now();
  let totals;
  if (backend.url) {
    const db = new pg.Client(backend.url);
    await db.connect();
    await db.query(seedSql(from));
    await db.query('ANALYZE insight_counts; ANALYZE insight_granted');
    totals = (await db.query('SELECT sum(decisions) AS d, count(*) AS n, (SELECT count(*) FROM insight_granted) AS g FROM insight_counts')).rows[0];
    await db.end();
  } else {
    await c.stop();
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(backend.data);
    await db.exec(seedSql(from));
    await db.exec('ANALYZE insight_counts; ANALYZE insight_granted');
    totals = (await db.query('SELECT sum(decisions) AS d, count(*) AS n, (SELECT count(*) FROM insight_granted) AS g FROM insight_counts')).rows[0];
    await db.close();
    c = await startCollector(backend, { env });
  }
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(
    `# ${name}: seeded ${Number(totals.d).toLocaleString('en')} decisions over 365 days: ${Number(totals.n).toLocaleString('en')} counter rows, ${Number(totals.g).toLocaleString('en')} granted rows, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const out = [];
  console.log(`# ${name}: load average before /stats ${load()}`);
  try {
    for (const [days, start] of [
      [30, new Date(Date.parse(today) - 29 * 86_400_000).toISOString().slice(0, 10)],
      [365, from],
    ])
      for (const group of ['day', 'region', 'region,device']) {
        const r = await time(c.url, `from=${start}&to=${today}&group=${group}`);
        out.push({ target: name, days, group, ...r });
        console.log(JSON.stringify(out.at(-1)));
      }
  } finally {
    console.log(`# ${name}: load average after /stats ${load()}`);
    await c.stop();
  }
  return out;
}

/** Times /stats on the embedded database and, with `url`, on that PostgreSQL server. */
export async function benchStats(url, { embedded = process.env.BENCH_STATS_EMBEDDED !== '0' } = {}) {
  const rows = [];
  const data = mkdtempSync(join(tmpdir(), 'consentry-bench-stats-'));
  try {
    if (embedded) rows.push(...(await measure('embedded (PGlite)', { data })));
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  if (url) rows.push(...(await measure('PostgreSQL', { url: await freshDatabase(url) })));
  console.log('\n| database | range | group | rows | median ms | max ms |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.target} | ${r.days} days | ${r.group} | ${r.rows} | ${r.median} | ${r.max} |`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchStats(process.env.DATABASE_URL);
