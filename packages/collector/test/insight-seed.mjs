// Seeds a week of consent insight through the collector's public endpoints (impressions and
// receipts for two experiment arms, two regions) and says what /stats, /stats.csv and
// /experiments must then answer, computed from the plan by plain arithmetic. Used by
// insight.test.mjs, and meant for the dashboard's test too:
//
//   const c = await startSeedableCollector({ data: tempDir() });
//   const seeded = await seedWeek(c);          // seeded.from … seeded.to, seeded.plan
//   expectedStats(seeded, ['day', 'arm'])      // the rows /stats?group=day,arm must give
//
// Impressions are counted on the collector's own UTC day, so the collector runs with
// clock-shift.mjs preloaded and the seeding moves its clock to each day of the week in turn
// (to noon, so no seeding crosses a midnight); receipts carry their own time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { receipt, startCollector, tempDir } from './helpers.mjs';

const DAY = 86_400_000;
export const CATEGORIES = ['advertising', 'analytics'];
const DECIDED = {
  acceptedAll: { necessary: true, analytics: true, advertising: true },
  refusedAll: { necessary: true, analytics: false, advertising: false },
  chose: { necessary: true, analytics: true, advertising: false },
};
const REGIONS = { DE: { lang: 'de', device: 'phone' }, FR: { lang: 'fr', device: 'desktop' } };

/**
 * Starts a collector (helpers.mjs `startCollector`, no rate limits) whose clock the seeding can
 * move: `c.setClock(ms)` makes its `Date.now()` read `ms` (from then on, running).
 */
export async function startSeedableCollector(backend, { args = [], env = {} } = {}) {
  const file = join(tempDir('consentry-clock-'), 'shift');
  writeFileSync(file, '0');
  const c = await startCollector(backend, {
    args,
    env: {
      CONSENTRY_RATE_LIMIT: '0',
      CONSENTRY_IMPRESSION_RATE_LIMIT: '0',
      NODE_OPTIONS: `--import=${fileURLToPath(new URL('clock-shift.mjs', import.meta.url))}`,
      CLOCK_SHIFT_FILE: file,
      ...env,
    },
  });
  return { ...c, setClock: (ms) => writeFileSync(file, String(ms - Date.now())), resetClock: () => writeFileSync(file, '0') };
}

/** The UTC day `n` days after day `day` (YYYY-MM-DD). */
export const addDays = (day, n) => new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10);

/**
 * The week's plan: per day, arm and region, how many banners and dialogs were shown and how many
 * visitors accepted all, refused all or chose. Numbers differ by day, arm and region, so a wrong
 * grouping shows.
 */
export function weekPlan(from) {
  const plan = [];
  for (let i = 0; i < 7; i++)
    for (const arm of ['a', 'b'])
      for (const region of Object.keys(REGIONS)) {
        const fr = region === 'FR' ? 1 : 0;
        const b = arm === 'b' ? 1 : 0;
        plan.push({
          day: addDays(from, i),
          arm,
          region,
          ...REGIONS[region],
          shown: 12 + i + 4 * b + 2 * fr,
          dialogShown: 2 + (i % 2),
          acceptedAll: 4 + 3 * b + (i % 3),
          refusedAll: 2 + fr,
          chose: 1 + ((i + fr) % 2),
        });
      }
  return plan;
}

/** POSTs `body` (text/plain, as the drop-in sends) to `path`; throws unless the status is one of `ok`. */
async function send(url, path, body, ok) {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (!ok.includes(res.status)) throw new Error(`POST ${path}: ${res.status}`);
}

/** Runs `tasks` (functions returning promises) `n` at a time. */
async function pool(tasks, n = 16) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

/**
 * Seeds the week starting `from` (default: the week ending today, UTC) into collector `c` (from
 * {@link startSeedableCollector}) through POST /impressions and POST /receipts. Returns
 * `{ from, to, plan }`.
 */
export async function seedWeek(c, { from = addDays(new Date().toISOString().slice(0, 10), -6) } = {}) {
  const plan = weekPlan(from);
  const receipts = [];
  try {
    for (const day of [...new Set(plan.map((p) => p.day))]) {
      c.setClock(Date.parse(day) + DAY / 2);
      const tasks = [];
      for (const p of plan.filter((x) => x.day === day)) {
        const impression = { v: 1, region: p.region, mode: 'opt-in', lang: p.lang, device: p.device, signal: 'none', arm: p.arm };
        for (let k = 0; k < p.shown; k++) tasks.push(() => send(c.url, '/impressions', { ...impression, surface: 'banner', layout: 'box' }, [204]));
        for (let k = 0; k < p.dialogShown; k++) tasks.push(() => send(c.url, '/impressions', { ...impression, surface: 'dialog', layout: 'dialog' }, [204]));
        for (const kind of ['acceptedAll', 'refusedAll', 'chose'])
          for (let k = 0; k < p[kind]; k++) {
            const r = receipt({
              timestamp: new Date(Date.parse(day) + DAY / 2 + receipts.length * 1000).toISOString(),
              categories: DECIDED[kind],
              services: {},
              region: p.region,
              language: p.lang,
              device: p.device,
              arm: p.arm,
              mode: 'opt-in',
              layout: 'box',
            });
            receipts.push(r);
            tasks.push(() => send(c.url, '/receipts', r, [201]));
          }
      }
      await pool(tasks);
    }
  } finally {
    c.resetClock();
  }
  return { from, to: addDays(from, 6), plan, receipts };
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** What `/stats?from&to&group=…` must answer for the seeded week: `{ rows, totals }`. */
export function expectedStats({ plan }, group) {
  const keyOf = (p) => Object.fromEntries(group.map((g) => [g, g === 'mode' ? 'opt-in' : g === 'signal' ? 'none' : g === 'lang' ? p.lang : p[g]]));
  const rows = new Map();
  const zero = () => ({ shown: 0, dialogShown: 0, decisions: 0, acceptedAll: 0, refusedAll: 0, chose: 0, analytics: 0, advertising: 0 });
  const totals = zero();
  for (const p of plan) {
    const key = keyOf(p);
    const id = JSON.stringify(group.map((g) => key[g]));
    if (!rows.has(id)) rows.set(id, { key, ...zero() });
    for (const t of [rows.get(id), totals]) {
      t.shown += p.shown;
      t.dialogShown += p.dialogShown;
      t.acceptedAll += p.acceptedAll;
      t.refusedAll += p.refusedAll;
      t.chose += p.chose;
      t.decisions += p.acceptedAll + p.refusedAll + p.chose;
      t.analytics += p.acceptedAll + p.chose;
      t.advertising += p.acceptedAll;
    }
  }
  const finish = ({ analytics, advertising, ...t }) => ({
    ...t,
    undecided: Math.max(0, t.shown - t.decisions),
    granted: { advertising, analytics },
    rates: { advertising: round4(advertising / t.decisions), analytics: round4(analytics / t.decisions) },
  });
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  return { rows: sorted.map(({ key, ...t }) => ({ key, ...finish(t) })), totals: finish(totals) };
}
