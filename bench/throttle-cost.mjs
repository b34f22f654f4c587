// What the mobile profile's 4× CPU slowdown costs the rest of this machine, apart from any page's
// own work. Chromium slows a page's main thread by stopping it for three quarters of every
// fraction of a millisecond; it prints:
//   - the CPU time of Chromium's renderer processes while one idle page sits for a few seconds, at
//     1× and at 4× (Linux only: read from /proc): whether the stopped thread still holds a core;
//   - the first `document.cookie` read of a page, a synchronous round trip to the browser process
//     that waits for a free core, at 1× and at 4×, on N fresh pages each.
//
//   node bench/throttle-cost.mjs [--runs 9] [--idle 3]
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from '../test/e2e/helpers.mjs';
import { median } from './measure.mjs';
import { startServer } from './server.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '9' }, idle: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 9);
const idle = Math.max(1, Number(args.idle) || 3);

/** CPU seconds (user + system) used so far by every Chromium renderer process; null off Linux. */
function rendererCpu() {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let cmd;
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmd.includes('--type=renderer')) continue;
      // Fields after the command name, which is in parentheses and may hold spaces: utime is 14th, stime 15th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

const server = await startServer({});
const browser = await launch();
const throttle = async (context, page, rate) => (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
try {
  for (const rate of [1, 4]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/blank.html`);
    await throttle(context, page, rate);
    // Let the new page and its process settle before measuring.
    await page.waitForTimeout(1000);
    const before = rendererCpu();
    const start = Date.now();
    await page.waitForTimeout(idle * 1000);
    const after = rendererCpu();
    const wall = (Date.now() - start) / 1000;
    console.log(
      before === null
        ? `idle page at ${rate}× CPU: renderer CPU time not readable on this system`
        : `idle page at ${rate}× CPU: renderer processes used ${(after - before).toFixed(2)} CPU s in ${wall.toFixed(1)} s (${Math.round(((after - before) / wall) * 100)} % of one core)`,
    );
    await context.close();
  }
  for (const rate of [1, 4]) {
    const reads = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/blank.html`);
      await throttle(context, page, rate);
      // The read is the first thing the next page does.
      await page.addInitScript(() => {
        const t = performance.now();
        void document.cookie;
        window.__read = performance.now() - t;
      });
      await page.goto(`${server.origin}/blank.html`);
      reads.push(await page.evaluate(() => window.__read));
      await context.close();
    }
    const fmt = (x) => x.toFixed(1).padStart(5);
    console.log(
      `first document.cookie read at ${rate}× CPU, ms: shortest${fmt(Math.min(...reads))}  median${fmt(median(reads))}  longest${fmt(Math.max(...reads))}  (${runs} pages)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
