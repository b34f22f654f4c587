// Faults: `kill -9` while clients post as fast as they can, a PostgreSQL restart while
// receiving, and several collectors on one PostgreSQL. Whatever got a 2xx is stored, once, and
// the chain verifies.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, backends, getJson, post, receipt, startCollector, storedIds } from './helpers.mjs';

const { list, stop } = await backends();
after(stop);

/**
 * `clients` loops posting receipts back to back until `until()` says stop; returns the receipt ids
 * that got a 2xx and the statuses seen. A connection error (collector gone) ends that loop.
 */
async function hammer(urls, clients, until, acked = []) {
  const statuses = new Map();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const url = urls[i % urls.length];
      while (!until()) {
        const r = receipt();
        let status;
        try {
          status = (await post(url(), r)).status;
        } catch {
          status = 'error';
          await new Promise((res) => setTimeout(res, 20));
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201 || status === 200) acked.push(r.receipt);
      }
    }),
  );
  return { acked, statuses };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Asserts every acknowledged receipt is stored exactly once and the chain verifies. */
async function assertIntact(url, acked) {
  const stored = await storedIds(url);
  const counts = new Map();
  for (const id of stored) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const id of acked) assert.equal(counts.get(id), 1, `acknowledged receipt ${id} is stored once`);
  assert.ok(
    [...counts.values()].every((n) => n === 1),
    'no receipt is stored twice',
  );
  const verify = await getJson(url + '/verify', ADMIN);
  assert.equal(verify.json.ok, true, JSON.stringify(verify.json));
  assert.equal(verify.json.rows, stored.length);
}

for (const backend of list) {
  describe(`faults on ${backend.name}`, { timeout: 600_000 }, () => {
    test('kill -9 while 16 clients post as fast as they can: every acknowledged receipt is there once, and /verify passes', async () => {
      const where = await backend.make();
      const env = { CONSENTRY_RATE_LIMIT: '0' };
      let c = await startCollector(where, { env });
      let killed = false;
      const acknowledged = [];
      const load = hammer([() => c.url], 16, () => killed, acknowledged);
      try {
        // Killed in full flow: once a hundred receipts have been acknowledged, whatever the machine's speed.
        for (let i = 0; i < 1200 && acknowledged.length < 100; i++) await sleep(50);
        await c.kill9();
      } finally {
        // Whatever failed, the clients stop (a client loop left running would hang the run).
        killed = true;
      }
      const { acked, statuses } = await load;
      assert.ok(acked.length >= 100, `receipts were acknowledged before the kill (${JSON.stringify([...statuses])})`);
      c = await startCollector(where, { env });
      try {
        await assertIntact(c.url, acked);
      } finally {
        await c.stop();
      }
    });
  });
}

const server = list.find((b) => b.name === 'postgresql');
if (server) {
  describe('several collectors on one PostgreSQL', { timeout: 600_000 }, () => {
    test('three collectors appending at once extend one chain: nothing lost, nothing forked', async () => {
      const where = await server.make();
      const env = { CONSENTRY_RATE_LIMIT: '0' };
      const cs = await Promise.all([1, 2, 3].map(() => startCollector(where, { env })));
      try {
        let done = false;
        const load = hammer(
          cs.map((c) => () => c.url),
          24,
          () => done,
        );
        await sleep(2000);
        done = true;
        const { acked, statuses } = await load;
        assert.deepEqual([...statuses.keys()], [201], 'every post was stored');
        await assertIntact(cs[0].url, acked);
        assert.equal((await storedIds(cs[1].url)).length, acked.length);
      } finally {
        await Promise.all(cs.map((c) => c.stop()));
      }
    });

    test(
      'a PostgreSQL restart while receiving: 503 during, success after, nothing acknowledged lost',
      { skip: !server.server.local && 'DATABASE_URL points at a server this test cannot restart' },
      async () => {
        const where = await server.make();
        const c = await startCollector(where, { env: { CONSENTRY_RATE_LIMIT: '0' } });
        let done = false;
        let down = false;
        const load = hammer([() => c.url], 8, () => done);
        try {
          await sleep(500);
          down = true;
          await server.server.stopServer();
          const during = await post(c.url, receipt());
          assert.equal(during.status, 503);
          assert.equal(during.json.error, 'unavailable');
          assert.ok(Number(during.headers.get('retry-after')) > 0);
          assert.equal((await getJson(c.url + '/healthz')).status, 503);
          await server.server.startServer();
          down = false;
          let after;
          for (let i = 0; i < 50; i++) {
            after = await post(c.url, receipt());
            if (after.status === 201) break;
            await sleep(200);
          }
          assert.equal(after.status, 201);
          await sleep(300);
          done = true;
          const { acked, statuses } = await load;
          assert.ok(statuses.get(503) > 0, 'clients saw 503 while the server was down');
          await assertIntact(c.url, acked);
        } finally {
          // A failed assertion must not leave clients looping, the collector running or the server down.
          done = true;
          await load;
          if (down) await server.server.startServer().catch(() => {});
          await c.stop();
        }
      },
    );
  });
}
