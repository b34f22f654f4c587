// The roll-up behind /stats (migration 4, docs/consent-records.md "How /stats is answered"): a
// grouping by day and at most one other dimension, answered from the roll-up, equals the same
// sums of the counters themselves (a grouping by every dimension, which reads the counters),
// on a seeded week ending today, after more receipts and impressions arrive for today and for a
// past day; with three collectors writing at once; after the migration rolls up counters that
// were there before it; on the embedded database and on PostgreSQL.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { ADMIN, backends, getJson, post, receipt, startCollector } from './helpers.mjs';
import { addDays, expectedStats, seedWeek, startSeedableCollector } from './insight-seed.mjs';

const { list, stop } = await backends();
after(stop);

const DIMENSIONS = ['region', 'mode', 'lang', 'device', 'signal', 'arm'];
/** Every grouping the roll-up answers: none, the day, one dimension, the day and one dimension. */
const ROLLED_UP = [[], ['day'], ...DIMENSIONS.map((d) => [d]), ...DIMENSIONS.map((d) => ['day', d]), ['arm', 'day']];
/** A grouping by every dimension: answered from the counters themselves. */
const EVERYTHING = ['day', ...DIMENSIONS];

const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** Adds up `rows` of a /stats answer grouped by {@link EVERYTHING} into the rows and totals of grouping `group`. */
function sumBy(rows, categories, group) {
  const zero = () => ({ shown: 0, dialogShown: 0, decisions: 0, acceptedAll: 0, refusedAll: 0, chose: 0, granted: {} });
  const out = new Map();
  const totals = zero();
  for (const r of rows) {
    const key = Object.fromEntries(group.map((g) => [g, r.key[g]]));
    const id = group.map((g) => r.key[g]).join('\u0000');
    if (!out.has(id)) out.set(id, { key, ...zero() });
    for (const t of [out.get(id), totals]) {
      for (const f of ['shown', 'dialogShown', 'decisions', 'acceptedAll', 'refusedAll', 'chose']) t[f] += r[f];
      for (const c of categories) t.granted[c] = (t.granted[c] ?? 0) + r.granted[c];
    }
  }
  const finish = (t) => ({
    ...t,
    undecided: Math.max(0, t.shown - t.decisions),
    granted: Object.fromEntries(categories.map((c) => [c, t.granted[c] ?? 0])),
    rates: Object.fromEntries(categories.map((c) => [c, t.decisions ? round4((t.granted[c] ?? 0) / t.decisions) : 0])),
  });
  const sorted = [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  return { rows: sorted.map(({ key, ...t }) => ({ key, ...finish(t) })), totals: finish(totals) };
}

/**
 * Asserts that every grouping the roll-up answers equals the counters' own sums over `from`…`to`;
 * returns the answers by grouping.
 */
async function assertRollupEqualsCounters(url, from, to) {
  const stats = async (group) => {
    const a = await getJson(`${url}/stats?from=${from}&to=${to}&group=${group.join(',')}`, ADMIN);
    assert.equal(a.status, 200, JSON.stringify(a.json));
    return a.json;
  };
  const raw = await stats(EVERYTHING);
  assert.ok(raw.rows.length > 0, 'the range holds counters');
  const answers = {};
  for (const group of ROLLED_UP) {
    const got = await stats(group);
    const want = sumBy(raw.rows, raw.categories, group);
    assert.deepEqual(got.categories, raw.categories, group.join(','));
    assert.deepEqual(got.rows, want.rows, `group=${group.join(',')}`);
    assert.deepEqual(got.totals, want.totals, `group=${group.join(',')}: totals`);
    answers[group.join(',')] = got;
  }
  return answers;
}

/** Lists the rows of roll-up `table` not equal to the counters' sums, both ways: empty when they agree. */
const difference = (table, raw, sums, extra = '') => `
  WITH want AS (
    SELECT d.dim, t.day, d.value${extra}, ${sums.map((c) => `sum(t.${c}) AS ${c}`).join(', ')}
    FROM ${raw} t CROSS JOIN LATERAL (VALUES ('', ''), ('region', t.region), ('mode', t.mode), ('lang', t.lang), ('device', t.device),
      ('signal', t.signal), ('arm', t.arm)) d(dim, value)
    GROUP BY 1, 2, 3${extra ? ', 4' : ''}),
  have AS (SELECT dim, day, value${extra}, ${sums.map((c) => `${c}::numeric`).join(', ')} FROM ${table})
  (SELECT 'missing or different' AS what, * FROM want EXCEPT SELECT 'missing or different', * FROM have)
  UNION ALL (SELECT 'extra or different', * FROM have EXCEPT SELECT 'extra or different', * FROM want)`;
const DIFFERENCES = [
  difference('insight_rollup', 'insight_counts', ['shown', 'dialog_shown', 'decisions', 'accepted_all', 'refused_all', 'chose']),
  difference('insight_rollup_granted', 'insight_granted', ['granted'], ', category'),
];

/**
 * Runs `fn(query)` on the database of `backend`: a PostgreSQL client, or the embedded database
 * opened here (call it while no collector has it open: one process at a time).
 */
async function withDatabase(backend, fn) {
  if (backend.url) {
    const client = new pg.Client(backend.url);
    await client.connect();
    try {
      return await fn((text) => client.query(text));
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(backend.data);
  try {
    return await fn((text) => db.query(text));
  } finally {
    await db.close();
  }
}

const assertTablesAgree = (backend) =>
  withDatabase(backend, async (query) => {
    for (const sql of DIFFERENCES) {
      const { rows } = await query(sql);
      assert.deepEqual(rows, [], 'every roll-up row equals the sums of the counters, and none is missing');
    }
    const { rows: n } = await query("SELECT count(*)::int AS n FROM insight_rollup WHERE dim = ''");
    assert.ok(n[0].n > 0, 'the roll-up is not empty');
  });

const IMPRESSION = { v: 1, surface: 'banner', region: 'DE', mode: 'opt-in', lang: 'de', device: 'phone', signal: 'none', layout: 'box', arm: 'a' };
const impression = (url, over = {}) =>
  fetch(url + '/impressions', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ ...IMPRESSION, ...over }) }).then(
    async (r) => (await r.arrayBuffer(), r.status),
  );

for (const backend of list) {
  describe(`the /stats roll-up on ${backend.name}`, { timeout: 900_000 }, () => {
    test('a seeded week ending today: every grouping equals the counters; still so after more receipts for today and for a past day', async () => {
      const where = await backend.make();
      const c = await startSeedableCollector(where);
      let stopped = false;
      try {
        const seeded = await seedWeek(c);
        const { from, to } = seeded;
        const first = await assertRollupEqualsCounters(c.url, from, to);
        // And equals the plan the week was seeded from (plain arithmetic, no database).
        for (const group of [[], ['day'], ['region'], ['day', 'arm']]) assert.deepEqual(first[group.join(',')].rows, expectedStats(seeded, group).rows);

        // More decisions today, one for a day already past (a receipt carries its own time: a
        // queued or late one lands on its own day), and impressions today with a new region.
        const past = addDays(from, 2);
        const more = [
          receipt({ region: 'DE', language: 'de', device: 'phone', arm: 'a', mode: 'opt-in', layout: 'box' }),
          receipt({ region: 'SE', language: 'sv', device: 'tablet', arm: 'b', mode: 'opt-in', layout: 'box', gpc: true }),
          receipt({ timestamp: `${past}T08:00:00Z`, region: 'FR', language: 'fr', device: 'desktop', arm: 'b', mode: 'opt-in', layout: 'box' }),
        ];
        more[1].categories = { necessary: true, analytics: false, advertising: false };
        for (const r of more) assert.equal((await post(c.url, r)).status, 201);
        for (const over of [{}, { region: 'SE', lang: 'sv', device: 'tablet', arm: 'b' }, { surface: 'dialog', layout: 'dialog' }])
          assert.equal(await impression(c.url, over), 204);
        const second = await assertRollupEqualsCounters(c.url, from, to);
        const byDay = (answer, day) => answer.day.rows.find((r) => r.key.day === day);
        assert.equal(byDay(second, to).decisions, byDay(first, to).decisions + 2, 'today: two more decisions');
        assert.equal(byDay(second, to).shown, byDay(first, to).shown + 2, 'today: two more banners');
        assert.equal(byDay(second, to).dialogShown, byDay(first, to).dialogShown + 1);
        assert.equal(byDay(second, past).decisions, byDay(first, past).decisions + 1, 'a past day: one more decision');
        assert.deepEqual(
          second.region.rows.map((r) => r.key.region),
          ['DE', 'FR', 'SE'],
        );
        await c.stop();
        stopped = true;
        await assertTablesAgree(where);
      } finally {
        if (!stopped) await c.stop();
      }
    });
  });
}

const server = list.find((b) => b.name === 'postgresql');
if (server) {
  describe('the /stats roll-up with several collectors on one PostgreSQL', { timeout: 900_000 }, () => {
    test('three collectors counting receipts and impressions at once, on several days: the roll-up equals the counters', async () => {
      const where = await server.make();
      const env = { CONSENTRY_RATE_LIMIT: '0', CONSENTRY_IMPRESSION_RATE_LIMIT: '0' };
      const cs = await Promise.all([1, 2, 3].map(() => startCollector(where, { env })));
      const today = new Date().toISOString().slice(0, 10);
      const regions = ['DE', 'FR', 'IT', 'SE'];
      let stored = 0;
      try {
        let n = 0;
        const deadline = Date.now() + 2000;
        await Promise.all(
          Array.from({ length: 24 }, async (_, i) => {
            const url = cs[i % 3].url;
            while (Date.now() < deadline || n < 300) {
              const k = n++;
              if (k % 2) {
                assert.equal(await impression(url, { region: regions[k % 4], arm: k % 3 ? 'a' : 'b' }), 204);
                continue;
              }
              const r = receipt({ timestamp: `${addDays(today, -(k % 5))}T12:00:00Z`, region: regions[(k >> 1) % 4], arm: k % 3 ? 'a' : 'b', device: 'phone' });
              if (k % 4 === 0) r.categories = { necessary: true, analytics: false, advertising: false };
              const a = await post(url, r);
              assert.equal(a.status, 201);
              stored++;
            }
          }),
        );
        const answers = await assertRollupEqualsCounters(cs[1].url, addDays(today, -4), today);
        assert.equal(answers[''].totals.decisions, stored, 'every stored receipt counted once');
        await assertTablesAgree(where);
      } finally {
        await Promise.all(cs.map((c) => c.stop()));
      }
    });

    test('migration 4 rolls up the counters written before it; a deletion of counters is refused', async () => {
      const where = await server.make();
      let c = await startCollector(where, { env: { CONSENTRY_RATE_LIMIT: '0' } });
      try {
        for (const day of ['2025-01-01', '2025-01-02']) assert.equal((await post(c.url, receipt({ timestamp: `${day}T10:00:00Z` }))).status, 201);
      } finally {
        await c.stop();
      }
      // The database as a collector before migration 4 left it, with counters that it wrote.
      await withDatabase(where, async (query) => {
        await query(
          'DROP TABLE insight_rollup, insight_rollup_granted; DROP FUNCTION consentry_rollup() CASCADE; DROP FUNCTION consentry_counters_add_only() CASCADE; DELETE FROM consentry_migrations WHERE version = 4',
        );
        await query(`INSERT INTO insight_counts AS c (day, region, mode, lang, device, signal, arm, layout, shown, decisions, chose)
          VALUES ('2025-01-02', 'FR', 'opt-in', 'fr', 'desktop', 'none', 'b', 'box', 7, 3, 3), ('2025-01-01', 'DE', '', 'en', '', 'none', '', '', 5, 0, 0)
          ON CONFLICT (day, region, mode, lang, device, signal, arm, layout) DO UPDATE SET shown = c.shown + excluded.shown`);
        await query("INSERT INTO insight_granted VALUES ('2025-01-02', 'FR', 'opt-in', 'fr', 'desktop', 'none', 'b', 'box', 'analytics', 3)");
      });
      c = await startCollector(where, { env: { CONSENTRY_RATE_LIMIT: '0' } });
      try {
        const answers = await assertRollupEqualsCounters(c.url, '2025-01-01', '2025-01-02');
        assert.deepEqual(
          answers.day.rows.map((r) => [r.key.day, r.shown, r.decisions, r.granted.analytics]),
          [
            ['2025-01-01', 5, 1, 1],
            ['2025-01-02', 7, 4, 4],
          ],
        );
      } finally {
        await c.stop();
      }
      await assertTablesAgree(where);
      await withDatabase(where, async (query) => {
        await assert.rejects(query("DELETE FROM insight_counts WHERE day = '2025-01-01'"), /only added to/);
        await assert.rejects(query('TRUNCATE insight_granted'), /only added to/);
      });
    });
  });
}
