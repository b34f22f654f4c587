// The hash chain as docs/consent-records.md states it: an auditor recomputes every hash of an
// export with the documented formula, and rows tampered with in the database (changed, removed,
// reordered) make /verify name the first broken row.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { ADMIN, backends, consentId, getJson, post, receipt, startCollector } from './helpers.mjs';

const { list, stop } = await backends();
after(stop);

/** Canonical JSON as the docs define it: object keys sorted at every level, no whitespace. */
const canonical = (v) =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
          .join(',')}}`;

/** The documented formula: SHA-256 (hex) of the previous row's hash followed by the row's canonical JSON. */
const rowHash = (prevHash, row) => {
  const hashed = { seq: row.seq, kind: row.kind, receivedAt: row.storedAt, body: row.record };
  if (row.originMatched !== undefined) hashed.originMatched = row.originMatched;
  return createHash('sha256')
    .update(prevHash + canonical(hashed))
    .digest('hex');
};

const exportRows = async (url) =>
  (await (await fetch(url + '/export?format=ndjson', { headers: ADMIN })).text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** Posts `count` receipts one after another (so their order in the chain is the posting order). */
async function fill(url, count, over = () => ({})) {
  const posted = [];
  for (let i = 0; i < count; i++) {
    const r = receipt(over(i));
    assert.equal((await post(url, r, i % 2 ? { origin: 'https://shop.example' } : {})).status, 201);
    posted.push(r);
  }
  return posted;
}

/**
 * Runs SQL on the collector's database as someone with database access would, past the append-only
 * trigger (`session_replication_role = replica` turns triggers off for the session). The embedded
 * database is opened by one process at a time: the collector is stopped and started around it.
 */
async function tamper(backend, where, c, sql) {
  if (where.url) {
    const db = new pg.Client(where.url);
    await db.connect();
    try {
      await db.query('SET session_replication_role = replica');
      for (const statement of sql) await db.query(statement);
    } finally {
      await db.end();
    }
    return c;
  }
  await c.stop();
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(where.data);
  try {
    await db.exec('SET session_replication_role = replica');
    for (const statement of sql) await db.exec(statement);
  } finally {
    await db.close();
  }
  return startCollector(where, { args: ['--allow-origin', 'https://shop.example'] });
}

for (const backend of list) {
  describe(`the hash chain on ${backend.name}`, { timeout: 600_000 }, () => {
    const running = new Set();
    after(() => Promise.all([...running].map((c) => c.stop())));
    const start = async (where) => {
      const c = await startCollector(where, { args: ['--allow-origin', 'https://shop.example'] });
      running.add(c);
      return c;
    };

    test('every hash of an export recomputes with the documented formula, across an erasure', async () => {
      const where = await backend.make();
      const c = await start(where);
      const id = consentId();
      await fill(c.url, 6, (i) => (i === 2 || i === 4 ? { id } : {}));
      assert.deepEqual((await getJson(`${c.url}/consents/${id}`, ADMIN, 'DELETE')).json, { erased: 2 });
      // The last receipt has the fields added with consent insight: the same formula covers them.
      const shown = 'a'.repeat(64);
      await fill(c.url, 2, (i) => (i === 1 ? { arm: 'b', device: 'phone', shown, mode: 'opt-in', layout: 'box' } : {}));
      const rows = await exportRows(c.url);
      assert.equal(rows.at(-1).record.shown, shown);
      assert.deepEqual(
        rows.map((r) => r.kind),
        ['receipt', 'receipt', 'receipt', 'receipt', 'erasure', 'receipt', 'receipt'],
      );
      const erasure = rows.find((r) => r.kind === 'erasure');
      const removed = new Map(erasure.record.removed.map((r) => [r.seq, r.hash]));
      assert.deepEqual([...removed.keys()], [3, 5]);
      let prev = '0'.repeat(64);
      let expected = 1;
      for (const row of rows) {
        // A gap must be accounted for by the erasure row; the chain continues from the removed row's hash.
        if (row.seq !== expected) prev = removed.get(row.seq - 1);
        assert.equal(row.prevHash, prev, `row ${row.seq}: previous hash`);
        assert.equal(row.hash, rowHash(prev, row), `row ${row.seq}: hash recomputed with the documented formula`);
        prev = row.hash;
        expected = row.seq + 1;
      }
      assert.equal(rows.filter((r) => r.originMatched === true).length, 4, 'posted with an Origin header');
      const verify = await getJson(c.url + '/verify', ADMIN);
      assert.deepEqual(verify.json, {
        ok: true,
        rows: rows.length,
        head: { seq: rows.at(-1).seq, hash: rows.at(-1).hash },
        // The receipt names a shown text the collector never got: listed, not a break.
        shownTexts: { ok: true, stored: 0, broken: [], missing: [shown] },
      });
    });

    for (const [what, sql, broken, reason] of [
      [
        'a changed row',
        [`UPDATE records SET body = jsonb_set(body, '{categories,advertising}', 'true') WHERE seq = 3`],
        3,
        /hash does not match the row content/,
      ],
      ['a changed Origin flag', [`UPDATE records SET origin_matched = NOT origin_matched WHERE seq = 4`], 4, /hash does not match the row content/],
      ['a removed row', [`DELETE FROM records WHERE seq = 3`], 4, /row 3 is missing/],
      [
        'two rows reordered',
        [`UPDATE records SET seq = -2 WHERE seq = 2`, `UPDATE records SET seq = 2 WHERE seq = 3`, `UPDATE records SET seq = 3 WHERE seq = -2`],
        2,
        /previous hash does not match/,
      ],
    ])
      test(`${what} in the database: /verify names row ${broken} as the first broken one`, async () => {
        const where = await backend.make();
        let c = await start(where);
        await fill(c.url, 5);
        assert.equal((await getJson(c.url + '/verify', ADMIN)).json.ok, true);
        running.delete(c);
        c = await tamper(backend, where, c, sql);
        running.add(c);
        const verify = await getJson(c.url + '/verify', ADMIN);
        assert.equal(verify.json.ok, false);
        assert.equal(verify.json.broken.seq, broken);
        assert.match(verify.json.broken.reason, reason);
      });
  });
}
