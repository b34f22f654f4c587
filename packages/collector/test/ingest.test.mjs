// POST /receipts, GET /consents/:id and the admin endpoints, on the embedded database and on
// PostgreSQL: what is stored, what is refused (with its status and a JSON error naming the
// field), and that nothing refused is stored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { ADMIN, ADMIN_TOKEN, backends, consentId, getJson, post, receipt, startCollector, storedIds } from './helpers.mjs';

const { list, stop } = await backends();
after(stop);

let n = 0;
/** A client address of its own per request (the collector trusts one proxy hop here), so only the rate-limit test is limited. */
const client = () => ({ 'x-forwarded-for': `10.0.${++n >> 8}.${n & 255}` });

/** A raw GET, so the path reaches the collector exactly as written (fetch would normalise it). */
const rawGet = (url, path) =>
  new Promise((resolve, reject) => {
    const u = new URL(url);
    request({ host: u.hostname, port: u.port, path, headers: client() }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode, json: JSON.parse(body) }));
    })
      .on('error', reject)
      .end();
  });

for (const backend of list) {
  describe(`collector on ${backend.name}`, { timeout: 600_000 }, () => {
    let c;
    before(async () => {
      c = await startCollector(await backend.make(), {
        args: ['--allow-origin', 'https://shop.example'],
        env: { CONSENTRY_TRUST_PROXY: '1', CONSENTRY_RATE_LIMIT: '20' },
      });
    });
    after(() => c?.stop());

    test('stores a receipt once: 201, then 200 for the same receipt id, as JSON or text/plain', async () => {
      const r = receipt();
      const first = await post(c.url, r, { ...client(), 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example' });
      assert.equal(first.status, 201);
      assert.deepEqual(first.json, { receipt: r.receipt, status: 'stored' });
      assert.equal(first.headers.get('access-control-allow-origin'), 'https://shop.example');
      const again = await post(c.url, r, client());
      assert.equal(again.status, 200);
      assert.equal(again.json.status, 'duplicate');
      const history = await getJson(`${c.url}/consents/${r.id}`, client());
      assert.equal(history.status, 200);
      assert.equal(history.json.receipts.length, 1);
      const { storedAt, ...stored } = history.json.receipts[0];
      assert.deepEqual(stored, r);
      assert.ok(Date.parse(storedAt));
      assert.equal((await storedIds(c.url)).filter((id) => id === r.receipt).length, 1);
    });

    test('two receipts with one receipt id posted at once are stored once', async () => {
      const r = receipt();
      const answers = await Promise.all([post(c.url, r, client()), post(c.url, r, client()), post(c.url, r, client())]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 201]);
      assert.equal((await storedIds(c.url)).filter((id) => id === r.receipt).length, 1);
    });

    test('bad input gets its status and a clear JSON error, and nothing is stored', async () => {
      const deep = receipt();
      let nest = true;
      for (let i = 0; i < 40; i++) nest = { x: nest };
      deep.categories = { analytics: nest };
      const big = receipt({ path: '/' + 'x'.repeat(17 * 1024) });
      const cases = [
        ['malformed JSON', '{"receipt": "6f1c3d0e-', {}, 400, 'malformed_json', undefined],
        ['not an object', '[1,2]', {}, 400, 'invalid_receipt', undefined],
        ['a wrong type', receipt({ gpc: 'yes' }), {}, 400, 'invalid_receipt', 'gpc'],
        ['a wrong type inside categories', receipt({ categories: { analytics: 'true' } }), {}, 400, 'invalid_receipt', 'categories.analytics'],
        ['an unknown field', receipt({ ip: '203.0.113.9' }), {}, 400, 'unknown_field', 'ip'],
        ['a missing field', (({ region: _, ...r }) => r)(receipt()), {}, 400, 'invalid_receipt', 'region'],
        ['a bad consent id', receipt({ id: '../../etc/passwd' }), {}, 400, 'invalid_receipt', 'id'],
        ['a bad receipt id', receipt({ receipt: 'not-a-uuid' }), {}, 400, 'invalid_receipt', 'receipt'],
        ['an unknown source', receipt({ source: 'scroll' }), {}, 400, 'invalid_receipt', 'source'],
        [
          'an inherited name as a category',
          '{"receipt":"6f1c3d0e-8a4b-4c2d-9e1f-0a1b2c3d4e51","id":"AbCdEfGhIjKlMnOpQrStUv","revision":"1","timestamp":"2026-01-01T00:00:00Z","source":"api","categories":{"__proto__":true},"services":{},"gpc":false,"region":null,"origin":"https://shop.example","path":"/","language":"en","version":"0.1.0"}',
          {},
          400,
          'invalid_receipt',
          'categories.__proto__',
        ],
        ['a path with a query', receipt({ path: '/a?email=x@example.com' }), {}, 400, 'invalid_receipt', 'path'],
        ['deep nesting', deep, {}, 400, 'too_deep', undefined],
        ['a 17 KiB body', big, {}, 413, 'too_large', undefined],
        ['a form body', receipt(), { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_type', undefined],
        ['no content type', receipt(), { 'content-type': '' }, 415, 'unsupported_type', undefined],
        ['a disallowed origin', receipt({ origin: 'https://evil.example' }), { origin: 'https://evil.example' }, 403, 'origin_not_allowed', undefined],
        ['a receipt for another origin', receipt({ origin: 'https://other.example' }), { origin: 'https://shop.example' }, 400, 'invalid_receipt', 'origin'],
      ];
      const before = (await storedIds(c.url)).length;
      for (const [name, body, headers, status, error, field] of cases) {
        const a = await post(c.url, body, { ...client(), ...headers });
        assert.equal(a.status, status, name);
        assert.equal(a.json.error, error, name);
        assert.equal(typeof a.json.message, 'string', name);
        assert.equal(a.json.field, field, name);
        if (headers.origin === 'https://evil.example') assert.equal(a.headers.get('access-control-allow-origin'), null);
      }
      assert.equal((await storedIds(c.url)).length, before, 'nothing refused was stored');
    });

    test('CORS: preflight answered for allowed origins only', async () => {
      const ok = await fetch(c.url + '/receipts', {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://shop.example');
      assert.match(ok.headers.get('access-control-allow-methods'), /POST/);
      assert.match(ok.headers.get('access-control-allow-headers'), /content-type/);
      const no = await fetch(c.url + '/receipts', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(no.status, 403);
      assert.equal(no.headers.get('access-control-allow-origin'), null);
      assert.equal((await no.json()).error, 'origin_not_allowed');
    });

    test('a client over the rate limit gets 429 with Retry-After; others are not affected', async () => {
      const one = client();
      const statuses = [];
      for (let i = 0; i < 25; i++) statuses.push((await post(c.url, receipt(), one)).status);
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(201));
      const limited = await post(c.url, receipt(), one);
      assert.equal(limited.status, 429);
      assert.equal(limited.json.error, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await post(c.url, receipt(), client())).status, 201);
    });

    test('path tricks on /consents/:id are refused with a JSON error', async () => {
      for (const path of [
        '/consents/..%2Fverify',
        '/consents/../verify',
        '/consents/',
        '/consents/short',
        `/consents/${consentId()}/x`,
        `/consents/${consentId()}%00`,
        '/consents/' + 'A'.repeat(65),
        `/consents/${consentId()}%20OR%201=1`,
      ]) {
        const a = await rawGet(c.url, path);
        assert.equal(a.status, 400, path);
        assert.equal(a.json.error, 'invalid_id', path);
      }
      const unknown = await rawGet(c.url, `/consents/${consentId()}`);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json.error, 'not_found');
    });

    test('admin endpoints need the token: missing or wrong gets 401', async () => {
      for (const path of ['/export', '/stats', '/verify']) {
        for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${ADMIN_TOKEN}-and-more` }, { authorization: ADMIN_TOKEN }]) {
          // Each attempt from an address of its own: failed attempts per address are limited (tested apart).
          const a = await getJson(c.url + path, { ...client(), ...headers });
          assert.equal(a.status, 401, path);
          assert.equal(a.json.error, 'unauthorized');
          assert.equal(a.headers.get('www-authenticate'), 'Bearer');
        }
      }
      const r = receipt();
      assert.equal((await post(c.url, r, client())).status, 201);
      const denied = await getJson(`${c.url}/consents/${r.id}`, { ...client(), authorization: 'Bearer wrong' }, 'DELETE');
      assert.equal(denied.status, 401);
      assert.equal((await getJson(`${c.url}/consents/${r.id}`, client())).status, 200, 'nothing erased');
    });

    test('export (NDJSON and CSV), stats, erasure recorded in the chain, verify', async () => {
      const id = consentId();
      const mine = [receipt({ id }), receipt({ id, source: 'preferences', categories: { necessary: true, analytics: false, advertising: false } })];
      const other = receipt({ region: null });
      for (const r of [...mine, other]) assert.equal((await post(c.url, r, client())).status, 201);

      const ndjson = await fetch(c.url + '/export?format=ndjson', { headers: ADMIN });
      assert.equal(ndjson.headers.get('content-type'), 'application/x-ndjson');
      const rows = (await ndjson.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        rows.map((r) => r.seq),
        rows.map((_, i) => i + 1),
      );
      for (const r of mine) assert.deepEqual(rows.find((x) => x.record.receipt === r.receipt).record, r);
      const csv = await (await fetch(c.url + '/export?format=csv', { headers: ADMIN })).text();
      const lines = csv.trim().split('\n');
      assert.equal(lines[0].split(',')[3], 'receipt');
      assert.equal(lines.length, rows.length + 1);
      assert.ok(lines.some((l) => l.includes(other.receipt)));
      const future = await (await fetch(c.url + '/export?from=2999-01-01', { headers: ADMIN })).text();
      assert.equal(future, '');
      const badQuery = await getJson(c.url + '/export?format=xml', ADMIN);
      assert.equal(badQuery.status, 400);
      assert.equal(badQuery.json.field, 'format');

      const stats = await getJson(c.url + '/stats', ADMIN);
      const today = stats.json.days.find((d) => d.day === new Date().toISOString().slice(0, 10));
      assert.ok(today.bySource.banner >= 2 && today.bySource.preferences >= 1);
      const analyticsDE = today.acceptance.find((a) => a.category === 'analytics' && a.region === 'DE');
      assert.equal(analyticsDE.rate, Math.round((analyticsDE.accepted / analyticsDE.decisions) * 1e4) / 1e4);
      assert.ok(today.acceptance.some((a) => a.region === 'unknown'));

      const erased = await getJson(`${c.url}/consents/${id}`, ADMIN, 'DELETE');
      assert.deepEqual(erased.json, { erased: 2 });
      assert.equal((await getJson(`${c.url}/consents/${id}`, client())).status, 404);
      assert.equal((await getJson(`${c.url}/consents/${other.id}`, client())).status, 200);
      assert.equal((await getJson(`${c.url}/consents/${id}`, ADMIN, 'DELETE')).status, 404);
      const after = await (await fetch(c.url + '/export', { headers: ADMIN })).text();
      assert.ok(!after.includes(id), 'the erased id is not kept, even in the erasure row');
      const erasure = after
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .at(-1);
      assert.equal(erasure.kind, 'erasure');
      assert.equal(erasure.record.removed.length, 2);
      const verify = await getJson(c.url + '/verify', ADMIN);
      assert.equal(verify.json.ok, true);
      assert.equal(verify.json.head.seq, erasure.seq);
    });

    test('health and unknown endpoints', async () => {
      assert.deepEqual((await getJson(c.url + '/healthz')).json, { ok: true, database: backend.name === 'embedded' ? 'embedded' : 'server' });
      const none = await getJson(c.url + '/nope');
      assert.equal(none.status, 404);
      const method = await getJson(c.url + '/receipts', client(), 'GET');
      assert.equal(method.status, 405);
      assert.equal(method.headers.get('allow'), 'POST, OPTIONS');
    });

    test('log lines: one JSON line per request, without receipt content, consent ids or addresses', async () => {
      const r = receipt({ path: '/very-private-page' });
      await post(c.url, r, client());
      const logs = c.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
      assert.ok(logs.length > 20);
      for (const l of logs.filter((x) => x.method)) assert.deepEqual(Object.keys(l).sort(), ['method', 'ms', 'path', 'status', 'time']);
      const all = c.lines.join('\n');
      for (const secret of [r.receipt, r.id, 'very-private-page', '10.0.', '127.0.0.1:'])
        assert.ok(
          !all.includes(secret) ||
            (secret === '127.0.0.1:' &&
              all
                .split('\n')
                .filter((l) => l.includes(secret))
                .every((l) => l.startsWith('listening on'))),
          secret,
        );
    });
  });
}
