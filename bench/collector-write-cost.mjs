// The CPU cost of the receipts' write path, before and after a change: `BEFORE_CLI=<an older
// build's dist/consentry-collector.mjs> node bench/collector-write-cost.mjs`. Alternates that
// build and this checkout's (packages/collector/dist), on the embedded database and on a
// throw-away PostgreSQL (as the tests start one), each storing a fixed number of receipts from 16
// clients (regions, devices, arms and choices drawn at random), and reports the CPU time per
// receipt of the collector process and of the PostgreSQL server's processes (read from /proc:
// much less disturbed by a loaded machine than a rate), and the rate. `ROUNDS` (default 3).
// Method and results: bench/collector.md ("The receipts' write path with the roll-up").
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, postgres, receipt, startCollector } from '../packages/collector/test/helpers.mjs';
if (!process.env.BEFORE_CLI) throw new Error('set BEFORE_CLI to an older build of the collector (its dist/consentry-collector.mjs)');
const CLIS = { old: process.env.BEFORE_CLI, new: new URL('../packages/collector/dist/consentry-collector.mjs', import.meta.url).pathname };
const REGIONS = ['DE', 'FR', 'GB', 'US', 'IT', 'ES', 'NL', 'PL', 'AT', 'CH', 'BE', 'SE', 'BR', 'CA', 'DK', 'IE', 'PT', 'JP', 'AU', 'NO'];
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const body = () =>
  JSON.stringify(
    receipt({
      region: pick(REGIONS),
      device: pick(['phone', 'tablet', 'desktop']),
      arm: pick(['a', 'b']),
      mode: 'opt-in',
      layout: 'box',
      gpc: Math.random() < 0.1,
      categories: { necessary: true, analytics: Math.random() < 0.7, advertising: Math.random() < 0.4 },
    }),
  );
function post(agent, url, text) {
  return new Promise((resolve, reject) => {
    const u = new URL(url + '/receipts');
    const req = request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
const stat = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { ppid: +f[1], own: +f[11] + +f[12], children: +f[13] + +f[14] };
  } catch {
    return null;
  }
};
/** CPU ticks of `pid` (with `tree`: also of its children, live and reaped). */
function ticks(pid, tree) {
  const s = stat(pid);
  let t = s.own + (tree ? s.children : 0);
  if (tree)
    for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      const c = stat(p);
      if (c?.ppid === pid) t += c.own;
    }
  return t;
}
const postmaster = (port) =>
  Number(
    readdirSync('/proc').find(
      (p) =>
        /^\d+$/.test(p) &&
        (() => {
          try {
            const a = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
            return a[0].endsWith('/postgres') && a.some((x, i) => x === '-p' && a[i + 1] === String(port));
          } catch {
            return false;
          }
        })(),
    ),
  );
async function run(url, n, clients) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  let next = 0,
    ok = 0;
  const t = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next++ < n) if ((await post(agent, url, body())) === 201) ok++;
    }),
  );
  agent.destroy();
  return { ok, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
}
const server = await postgres();
const pm = postmaster(new URL(server.url).port);
const rows = [];
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++)
    for (const backend of ['embedded', 'postgresql'])
      for (const version of round % 2 ? ['new', 'old'] : ['old', 'new']) {
        const data = backend === 'embedded' ? mkdtempSync(join(tmpdir(), 'ab-')) : null;
        const where = data ? { data } : { url: await freshDatabase(server.url) };
        const c = await startCollector(where, { cli: CLIS[version], env: { CONSENTRY_RATE_LIMIT: '0' } });
        await run(c.url, 200, 16); // warm-up
        const n = backend === 'embedded' ? 1500 : 3000;
        const before = { c: ticks(c.child.pid, false), pg: data ? 0 : ticks(pm, true), load: loadavg()[0] };
        const r = await run(c.url, n, 16);
        const after = { c: ticks(c.child.pid, false), pg: data ? 0 : ticks(pm, true) };
        const row = {
          round,
          backend,
          version,
          receipts: r.ok,
          perSecond: Math.round(r.ok / r.seconds),
          collectorMsPerReceipt: +(((after.c - before.c) * 10) / r.ok).toFixed(3),
          postgresMsPerReceipt: data ? null : +(((after.pg - before.pg) * 10) / r.ok).toFixed(3),
          load: +before.load.toFixed(1),
        };
        rows.push(row);
        console.log(JSON.stringify(row));
        await c.stop();
        if (data) rmSync(data, { recursive: true, force: true });
      }
} finally {
  await server.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('\n| database | build | receipts/s | CPU ms per receipt: collector | PostgreSQL server |\n|---|---|---|---|---|');
for (const backend of ['embedded', 'postgresql'])
  for (const version of ['old', 'new']) {
    const rs = rows.filter((r) => r.backend === backend && r.version === version);
    console.log(
      `| ${backend} | ${version === 'old' ? 'before' : 'this checkout'} | ${median(rs.map((r) => r.perSecond))} | ${median(rs.map((r) => r.collectorMsPerReceipt))} | ${backend === 'embedded' ? '–' : median(rs.map((r) => r.postgresMsPerReceipt))} |`,
    );
  }
