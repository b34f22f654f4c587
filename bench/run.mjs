// `npm run bench`: Consentry against the consent tools a site owner would otherwise pick, on the
// same page, in headless Chromium, interleaved, on a desktop and a throttled mobile profile; then
// the 1,000-gated-elements benchmark (bench/gating.mjs); then Lighthouse on the demo's pages with
// and without Consentry and on the peers' pages (bench/lighthouse.mjs), and the demo pages' layout
// shifts on a desktop and a phone (bench/layout-shift.mjs). Prints the tables and the targets and
// writes bench/results/latest.json and latest.md. Downloads nothing; `npm run bench` installs
// bench/package.json's dependencies first when they are missing (bench/deps.mjs).
//
//   node bench/run.mjs [--runs 9] [--profiles desktop,mobile] [--sdks consentry,klaro] [--out DIR]
//                      [--no-gating] [--no-lighthouse] [--lighthouse-runs 3] [--serve]
//                      [--dist DIR] [--compare DIR [--compare-label NAME]]
//
// --lighthouse-runs (default: $LIGHTHOUSE_RUNS or 3) is the number of Lighthouse runs per page,
// and of layout-shift loads per demo page and profile; --no-lighthouse skips both.
// --compare DIR adds a row for the Consentry build in DIR (another checkout's dist/), served and
// measured exactly like dist/, so that a change can be measured before and after in one run;
// --dist DIR measures another build as "Consentry" (default: this checkout's dist/).
// By default the tools, the floor (bench/floor.mjs, the banner alone: a reference, not a peer),
// Consentry on the page without gated tags and for a returning visitor, and the page with no tool
// measured as a returning row is (the harness's own script time, subtracted from those rows').
// --sdks also takes Consentry's experiment pages (bench/sdks.mjs VARIANTS): consentry-async,
// consentry-async-high, consentry-defer, consentry-de, consentry-de-preload, consentry-catalogue.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../test/e2e/helpers.mjs';
import { measure, PROFILES } from './measure.mjs';
import { gatingText, markdown, summarise, table, targets } from './report.mjs';
import { lighthouseMarkdown, runLighthouse } from './lighthouse.mjs';
import { measureDemoShifts, shiftTable } from './layout-shift.mjs';
import { startServer } from './server.mjs';
import { COMPARE, OWN_ROWS, SDKS, VARIANTS } from './sdks.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    profiles: { type: 'string', default: 'desktop,mobile' },
    sdks: { type: 'string', default: [...SDKS.map((s) => s.id), ...OWN_ROWS].join(',') },
    out: { type: 'string', default: join(HERE, 'results') },
    'no-gating': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: process.env.LIGHTHOUSE_RUNS || '3' },
    compare: { type: 'string' },
    'compare-label': { type: 'string', default: 'Consentry (compare)' },
    dist: { type: 'string', default: join(HERE, '..', 'dist') },
    serve: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number.parseInt(args.runs, 10) || 9);
const lighthouseRuns = Math.max(1, Number.parseInt(args['lighthouse-runs'], 10) || 3);
const profiles = args.profiles.split(',').filter((p) => PROFILES[p]);
if (args.compare && !args.sdks.includes('consentry-compare')) args.sdks += ',consentry-compare';
COMPARE.name = args['compare-label'];
const sdks = args.sdks.split(',').map((id) => [...SDKS, ...VARIANTS].find((s) => s.id === id)).filter(Boolean);
if (!sdks.some((s) => s.id === 'consentry')) sdks.unshift(SDKS[0]);

if (!existsSync(join(args.dist, 'consentry.js'))) {
  console.error('bench: dist/consentry.js is missing; run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

const server = await startServer({ dist: resolve(args.dist) + '/', compare: args.compare ? resolve(args.compare) + '/' : null });
if (args.serve) {
  for (const s of [...SDKS, ...VARIANTS]) console.log(`${s.name.padEnd(24)} ${server.origin}/${s.id}.html`);
  console.log('Serving; Ctrl-C to stop.');
  await new Promise(() => {});
}

const browser = await launch();
const machine = {
  cpu: cpus()[0]?.model?.trim() || 'unknown CPU',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: browser.version(),
  platform: `${process.platform} ${process.arch}`,
  // Other work on the machine stretches wall-clock figures: the load is part of the record.
  loadBefore: loadavg()[0],
};
machine.summary = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium} (headless)`;

const raw = Object.fromEntries(profiles.map((p) => [p, Object.fromEntries(sdks.map((s) => [s.id, []]))]));
const started = Date.now();
try {
  for (let run = 0; run < runs; run++) {
    for (const profile of profiles) {
      // Interleaved, and each run starts with another tool, so that drift hits all of them alike.
      for (let i = 0; i < sdks.length; i++) {
        const sdk = sdks[(i + run) % sdks.length];
        let r;
        try {
          r = await measure(browser, server, sdk, profile);
        } catch (e) {
          r = { failed: true, error: String(e.message || e).split('\n')[0] };
          console.error(`bench: ${sdk.id} (${profile}, run ${run + 1}) failed: ${r.error}`);
        }
        raw[profile][sdk.id].push(r);
      }
    }
    process.stderr.write(`bench: run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

machine.loadAfter = loadavg()[0];
machine.summary += `, load average ${machine.loadBefore.toFixed(1)} → ${machine.loadAfter.toFixed(1)}`;
const result = {
  date: new Date().toISOString(),
  runs,
  machine,
  profiles: Object.fromEntries(profiles.map((p) => [p, summarise(sdks, raw[p])])),
  targets: null,
  gating: { status: 'skipped' },
  lighthouse: { status: 'skipped' },
  shifts: null,
};
if (result.profiles.mobile) result.targets = targets(result.profiles.mobile);
if (!args['no-gating']) result.gating = await gating(runs);
if (!args['no-lighthouse']) {
  // The demo pages are served from this checkout (demo/ and dist/), whatever --dist says.
  result.shifts = await measureDemoShifts({ runs: lighthouseRuns }).catch((e) => (console.error(`bench: demo layout shifts failed: ${e?.message || e}`), null));
  try {
    result.lighthouse = { status: 'done', ...(await runLighthouse({ runs: lighthouseRuns })) };
  } catch (e) {
    result.lighthouse = { status: 'failed', error: String(e?.stack || e) };
  }
}

for (const [profile, rows] of Object.entries(result.profiles)) console.log(`\n${profile} (medians of ${runs}; ratio to Consentry)\n\n${table(rows)}`);
const md = markdown(result);
if (result.targets) console.log('\n' + md.slice(md.indexOf('## Targets')).split('\n## ')[0].trim());
console.log('\n' + gatingText(result.gating));
if (result.shifts) console.log(`\nLayout shifts of the demo pages (our own observer, every shift; medians of ${lighthouseRuns})\n\n${shiftTable(result.shifts)}`);
if (result.lighthouse.status === 'done') console.log('\nLighthouse\n\n' + lighthouseMarkdown(result.lighthouse));
else if (result.lighthouse.status === 'failed') console.log('\nLighthouse: failed\n' + result.lighthouse.error);

mkdirSync(args.out, { recursive: true });
writeFileSync(join(args.out, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(args.out, 'latest.md'), md);
console.log(`\nbench: wrote ${join(args.out, 'latest.json')} and latest.md`);

// Targets that do not hold are reported, not an error; a page that could not be measured is.
const broken = [
  ...Object.values(result.profiles).flatMap((rows) => Object.values(rows)).filter((r) => !r.runs).map((r) => r.name),
  ...(result.gating.exitCode ? ['gating benchmark'] : []),
  ...(result.lighthouse.status === 'failed' ? ['Lighthouse'] : []),
  ...(!args['no-lighthouse'] && !result.shifts ? ['demo layout shifts'] : []),
  ...(result.lighthouse.rows || []).filter((r) => !r.runs).map((r) => `Lighthouse: ${r.name}`),
];
if (broken.length) console.error(`bench: incomplete: ${broken.join(', ')}`);
// Exit explicitly: a gating benchmark that timed out may still hold its browser open.
process.exit(broken.length ? 1 : 0);

/**
 * The 1,000-gated-elements benchmark of bench/gating.mjs (`benchGating`), run after ours with
 * the browser closed, at most 5 runs (its own default).
 */
async function gating(n) {
  if (!existsSync(join(HERE, 'gating.mjs'))) return { status: 'missing' };
  try {
    const { benchGating } = await import('./gating.mjs');
    // It waits for the gated scripts to run: a broken build would leave it waiting for ever.
    const limit = new Promise((_, fail) => setTimeout(() => fail(new Error('no result within 3 minutes')), 180_000).unref());
    return { status: 'done', json: await Promise.race([benchGating({ runs: Math.min(n, 5) }), limit]) };
  } catch (e) {
    return { status: 'failed', exitCode: 1, stderr: String(e?.stack || e) };
  }
}
