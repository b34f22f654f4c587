// How long consentry-scan takes on 20 pages x 3 visits of a fixture site that runs Consentry
// (test/sites.mjs, many.test), on this machine: `npm run bench:scan` from the repository's root
// (extra arguments go to the scan, e.g. `-- --parallel 1`). Besides the wall-clock time it prints
// the load average (the machine is shared), the CPU time of the whole process tree (the scan and
// its Chromium; load inflates it far less than the wall clock) and the peak of the tree's summed
// resident memory (RSS, which counts a page shared by several processes in each, and PSS, which
// divides it among them), all sampled from /proc every 250 ms.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startSites } from './test/sites.mjs';
import { scan } from './test/helpers.mjs';

let samples = 0;
const TICK = 100; // clock ticks a second (USER_HZ on Linux)
const PAGE = 4096;

/** Every process of the tree under `root`: pid → [utime + stime in ticks, rss in bytes]. */
function tree(root) {
  const procs = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), {
        ppid: Number(f[1]),
        cpu: Number(f[11]) + Number(f[12]),
        rss: Number(f[21]) * PAGE,
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      });
    } catch {
      // It ended meanwhile.
    }
  }
  const mine = new Map();
  const add = (pid) => {
    const p = procs.get(pid);
    if (!p || mine.has(pid)) return;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // It ended meanwhile.
    }
    // Proportional set size: shared pages divided among the processes that share them. Costly
    // to read (the kernel walks each address space): every 8th sample only.
    p.pss = 0;
    if (samples % 8 === 0)
      try {
        p.pss = Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        p.pss = 0;
      }
    // Chromium's processes by their --type (and a utility's sub-type: network, storage...).
    p.kind = /--utility-sub-type=([\w.-]+)/.exec(cmd)?.[1] ?? /--type=([\w-]+)/.exec(cmd)?.[1] ?? p.name;
    mine.set(pid, p);
    for (const [c, q] of procs) if (q.ppid === pid) add(c);
  };
  add(root);
  return mine;
}

const sites = await startSites();
try {
  const cpu = new Map(); // pid → most CPU seen (a process that ended keeps its last sample)
  const kinds = new Map(); // pid → its kind (node, browser, renderer, gpu-process, utility...)
  let peakBy = {};
  let peak = 0;
  let peakPss = 0;
  let timer;
  const t0 = performance.now();
  const load0 = loadavg();
  const r = await scan(['http://many.test/p/0', '--pages', '20', '--proxy', sites.proxy, ...process.argv.slice(2)], {}, (child) => {
    timer = setInterval(() => {
      samples++;
      let rss = 0;
      let pss = 0;
      const by = {};
      for (const [pid, p] of tree(child.pid)) {
        rss += p.rss;
        pss += p.pss;
        by[p.kind] = (by[p.kind] ?? 0) + p.rss;
        kinds.set(pid, p.kind);
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, p.cpu));
      }
      if (rss > peak) [peak, peakBy] = [rss, by];
      peakPss = Math.max(peakPss, pss);
    }, 250);
  });
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  const visits = r.report.pages.reduce((n, p) => n + p.passes.length, 0);
  if (r.code !== 0 || r.report.pages.length !== 20 || visits !== 60)
    throw new Error(`unexpected scan: exit ${r.code}, ${r.report?.pages.length} pages, ${visits} visits\n${r.stderr}`);
  const cpuSeconds = [...cpu.values()].reduce((a, b) => a + b, 0) / TICK;
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(
    `consentry-scan: 20 pages x 3 visits in ${seconds.toFixed(1)} s (${((seconds * 1000) / visits).toFixed(0)} ms a visit), ${r.report.leaks.length} leaks; ` +
      `CPU ${cpuSeconds.toFixed(1)} s (user+sys, scan and Chromium); peak memory ${(peak / 2 ** 20).toFixed(0)} MB summed RSS of the process tree, ${(peakPss / 2 ** 20).toFixed(0)} MB summed PSS; ` +
      `load average ${load(load0)} at the start, ${load(loadavg())} at the end`,
  );
  // Where the time and the memory go, by kind of process.
  const cpuBy = {};
  for (const [pid, t] of cpu) cpuBy[kinds.get(pid)] = (cpuBy[kinds.get(pid)] ?? 0) + t / TICK;
  const fmt = (o, f) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ');
  console.log(`  CPU by process: ${fmt(cpuBy, (v) => v.toFixed(1) + ' s')}`);
  console.log(`  memory at the peak by process: ${fmt(peakBy, (v) => (v / 2 ** 20).toFixed(0) + ' MB')}`);
} finally {
  await sites.close();
}
