// Hostile clients (docs/security.md, "At the collector's port"): strings that are not well-formed
// Unicode, a row the database refuses inside a group commit, guessing the admin token, flooding a
// consent id's history, holding connections open, IPv6 address ranges, control characters in
// exports, and receipts without an Origin header.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { ADMIN, backends, consentId, getJson, post, receipt, startCollector, storedIds, tempDir } from './helpers.mjs';

const { list, stop } = await backends();
after(stop);

let n = 0;
/** A client address of its own (the collectors here trust one proxy hop). */
const client = () => ({ 'x-forwarded-for': `10.1.${++n >> 8}.${n & 255}` });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An RFC 4180 parser: records of fields, quoted fields may hold commas, quotes, CR and LF. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      for (i++; i < text.length; i++)
        if (text[i] === '"' && text[i + 1] === '"') ((field += '"'), i++);
        else if (text[i] === '"') break;
        else field += text[i];
      i++;
    } else if (text[i] === ',') (record.push(field), (field = ''), i++);
    else if (text[i] === '\r' && text[i + 1] === '\n') (record.push(field), records.push(record), (record = []), (field = ''), (i += 2));
    else field += text[i++];
  }
  return records;
}

/** Every character the exports must never write as itself. */
const CONTROLS = ['\u0085', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

for (const backend of list) {
  describe(`hostile clients on ${backend.name}`, { timeout: 300_000 }, () => {
    let c;
    before(async () => {
      c = await startCollector(await backend.make(), {
        args: ['--allow-origin', 'https://shop.example'],
        env: { CONSENTRY_TRUST_PROXY: '1', CONSENTRY_RATE_LIMIT: '20' },
      });
    });
    after(() => c?.stop());

    test('strings that are not well-formed Unicode are 400 naming the field; honest receipts posted with them are stored', async () => {
      const before = (await storedIds(c.url)).length;
      const bad = [
        ['path', JSON.stringify(receipt()).replace('"/checkout"', '"/\\ud800"')],
        ['path', JSON.stringify(receipt()).replace('"/checkout"', '"/a\\udc00b"')],
        ['origin', JSON.stringify(receipt()).replace('"https://shop.example"', '"https://shop\\udbff.example"')],
      ];
      const honest = Array.from({ length: 30 }, () => receipt());
      const answers = await Promise.all([...bad.map(([, body]) => post(c.url, body, client())), ...honest.map((r) => post(c.url, r, client()))]);
      bad.forEach(([field], i) => {
        assert.equal(answers[i].status, 400, field);
        assert.equal(answers[i].json.error, 'invalid_receipt');
        assert.equal(answers[i].json.field, field);
        assert.match(answers[i].json.message, /well-formed Unicode/);
      });
      assert.deepEqual(
        answers.slice(bad.length).map((a) => a.status),
        honest.map(() => 201),
      );
      const stored = await storedIds(c.url);
      assert.equal(stored.length, before + honest.length, 'only the honest receipts were stored');
    });

    test('failed admin attempts are limited per address: 429 with Retry-After, even for the right token, others unaffected', async () => {
      const attacker = client();
      for (let i = 0; i < 10; i++)
        assert.equal((await getJson(c.url + '/stats', { ...attacker, authorization: 'Bearer guess-' + i })).status, 401, `guess ${i}`);
      const limited = await getJson(c.url + '/stats', { ...attacker, authorization: 'Bearer guess-10' });
      assert.equal(limited.status, 429);
      assert.equal(limited.json.error, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await getJson(c.url + '/verify', { ...attacker, ...ADMIN })).status, 429, 'the right token waits too');
      assert.equal((await getJson(c.url + '/verify', { ...client(), ...ADMIN })).status, 200, 'another address is not limited');
    });

    test('admin requests and receipts are limited apart: neither uses up the other', async () => {
      const admin = client();
      const r = receipt();
      for (let i = 0; i < 19; i++) assert.equal((await post(c.url, receipt(), admin)).status, 201);
      assert.equal((await post(c.url, r, admin)).status, 201);
      assert.equal((await post(c.url, receipt(), admin)).status, 429, 'receipts are limited');
      assert.equal((await getJson(c.url + '/stats', { ...admin, ...ADMIN })).status, 200);
      assert.deepEqual((await getJson(`${c.url}/consents/${r.id}`, { ...admin, ...ADMIN }, 'DELETE')).json, { erased: 1 });
      const other = client();
      for (let i = 0; i < 30; i++) assert.equal((await getJson(c.url + '/stats', { ...other, ...ADMIN })).status, 200);
      for (let i = 0; i < 20; i++) assert.equal((await post(c.url, receipt(), other)).status, 201, `receipt ${i} after 30 admin requests`);
    });

    test('GET /consents/:id: newest first, paged with limit and before; bad paging values are 400', async () => {
      const id = consentId();
      const posted = [];
      for (let i = 0; i < 7; i++) {
        const withdrawal = i === 6;
        const r = receipt({
          id,
          source: withdrawal ? 'preferences' : 'banner',
          categories: { necessary: true, analytics: !withdrawal, advertising: !withdrawal },
        });
        assert.equal((await post(c.url, r, client())).status, 201);
        posted.push(r.receipt);
      }
      const all = await getJson(`${c.url}/consents/${id}`, client());
      assert.equal(all.status, 200);
      assert.deepEqual(
        all.json.receipts.map((r) => r.receipt),
        [...posted].reverse(),
      );
      assert.equal(all.json.receipts[0].categories.analytics, false, 'the withdrawal comes first');
      assert.equal(all.json.next, null);
      const pages = [];
      let next = null;
      do {
        const page = await getJson(`${c.url}/consents/${id}?limit=3${next ? '&before=' + next : ''}`, client());
        assert.equal(page.status, 200);
        pages.push(page.json.receipts.map((r) => r.receipt));
        next = page.json.next;
      } while (next);
      assert.deepEqual(pages, [posted.slice(4).reverse(), posted.slice(1, 4).reverse(), posted.slice(0, 1)]);
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=ten', 'limit'],
        ['before=-1', 'before'],
        ['before=1e3', 'before'],
      ]) {
        const a = await getJson(`${c.url}/consents/${id}?${query}`, client());
        assert.equal(a.status, 400, query);
        assert.equal(a.json.error, 'invalid_query', query);
        assert.equal(a.json.field, field, query);
      }
    });

    test('IPv6 clients are limited per /64: another address in the same /64 shares the limit, another /64 does not', async () => {
      const one = { 'x-forwarded-for': '2001:db8:7:1::1' };
      for (let i = 0; i < 20; i++) assert.equal((await post(c.url, receipt(), one)).status, 201);
      const same64 = await post(c.url, receipt(), { 'x-forwarded-for': '2001:db8:7:1:ffff:eeee:dddd:9' });
      assert.equal(same64.status, 429);
      assert.equal((await post(c.url, receipt(), { 'x-forwarded-for': '2001:0db8:0007:0001::abcd' })).status, 429, 'written another way');
      assert.equal((await post(c.url, receipt(), { 'x-forwarded-for': '2001:db8:7:2::1' })).status, 201, 'the next /64');
    });

    test('exports escape line and direction controls; each receipt records whether it came with a matching Origin', async () => {
      const path = '/a\u0085b\u202ec\u2066d\u202ae\u2069f';
      const page = receipt({ path });
      const scripted = receipt();
      assert.equal((await post(c.url, page, { ...client(), origin: 'https://shop.example' })).status, 201);
      assert.equal((await post(c.url, scripted, client())).status, 201);

      const ndjson = await (await fetch(c.url + '/export?format=ndjson', { headers: ADMIN })).text();
      for (const ch of CONTROLS) assert.ok(!ndjson.includes(ch), `U+${ch.charCodeAt(0).toString(16)} is escaped in NDJSON`);
      const rows = ndjson
        .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const pageRow = rows.find((r) => r.record.receipt === page.receipt);
      assert.equal(pageRow.record.path, path, 'the line reads back as the stored string');
      assert.equal(pageRow.originMatched, true);
      assert.equal(rows.find((r) => r.record.receipt === scripted.receipt).originMatched, false);

      const csv = await (await fetch(c.url + '/export?format=csv', { headers: ADMIN })).text();
      for (const ch of CONTROLS) assert.ok(!csv.includes(ch), `U+${ch.charCodeAt(0).toString(16)} is escaped in CSV`);
      const [head, ...records] = parseCsv(csv);
      assert.ok(records.every((r) => r.length === head.length));
      const row = Object.fromEntries(head.map((h, i) => [h, records.find((r) => r.includes(page.receipt))[i]]));
      assert.equal(row.path, '/a\\u0085b\\u202ec\\u2066d\\u202ae\\u2069f');
      assert.equal(row.origin_matched, 'true');
    });
  });
}

const server = list.find((b) => b.name === 'postgresql');
if (server) {
  describe('rows the database refuses (PostgreSQL)', { timeout: 300_000 }, () => {
    let c;
    let db;
    after(async () => {
      await c?.stop();
      await db?.end();
    });

    test('a row that fails at the database fails alone: the receipts committed with it are stored with 201', async () => {
      const where = await server.make();
      c = await startCollector(where, { env: { CONSENTRY_RATE_LIMIT: '0' } });
      db = new pg.Client(where.url);
      await db.connect();
      await db.query(`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.body->>'path' = '/poison' THEN RAISE EXCEPTION 'a row this test refuses'; END IF; RETURN NEW; END $$`);
      await db.query('CREATE TRIGGER poison BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION poison()');
      const poisoned = receipt({ path: '/poison' });
      const honest = Array.from({ length: 60 }, () => receipt());
      // Posted together so that the collector commits them in shared transactions.
      const answers = await Promise.all([...honest.slice(0, 30), poisoned, ...honest.slice(30)].map((r) => post(c.url, r)));
      const mine = answers.splice(30, 1)[0];
      assert.equal(mine.status, 400);
      assert.equal(mine.json.error, 'refused_by_database');
      assert.deepEqual(
        answers.map((a) => a.status),
        honest.map(() => 201),
      );
      const stored = await storedIds(c.url);
      assert.deepEqual(stored.sort(), honest.map((r) => r.receipt).sort());
      assert.equal((await getJson(c.url + '/verify', ADMIN)).json.ok, true);
    });

    test('strings only a database could hold (CR, LF, U+2028, U+2029) do not split export records', async () => {
      // Written past the collector, as a restored backup or another tool might have.
      await db.query(`INSERT INTO records (seq, kind, received_at, consent_id, body, prev_hash, hash) VALUES (1000000, 'receipt', now(), 'x', $1, 'x', 'x')`, [
        JSON.stringify({ receipt: 'planted', path: '/a\r\nb\u2028c\u2029d\re\nf', origin: '=cmd' }),
      ]);
      const ndjson = await (await fetch(c.url + '/export?format=ndjson', { headers: ADMIN })).text();
      for (const ch of CONTROLS) assert.ok(!ndjson.includes(ch));
      const lines = ndjson.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter(Boolean);
      assert.equal(lines.length, 61);
      assert.equal(JSON.parse(lines.at(-1)).record.path, '/a\r\nb\u2028c\u2029d\re\nf');
      const csv = await (await fetch(c.url + '/export?format=csv', { headers: ADMIN })).text();
      const [head, ...records] = parseCsv(csv);
      assert.equal(records.length, 61);
      const planted = Object.fromEntries(head.map((h, i) => [h, records.at(-1)[i]]));
      assert.equal(planted.path, '/a\r\nb\\u2028c\\u2029d\re\nf');
      assert.equal(planted.origin, "'=cmd", 'not read as a formula');
    });
  });
}

describe('the connection limit, prompt timeouts and --require-origin', { timeout: 120_000 }, () => {
  let c;
  const sockets = [];
  before(async () => {
    c = await startCollector(
      { data: tempDir() },
      {
        args: ['--allow-origin', 'https://shop.example', '--require-origin'],
        env: { CONSENTRY_MAX_CONNECTIONS: '3', CONSENTRY_REQUEST_TIMEOUT: '2' },
      },
    );
  });
  after(async () => {
    for (const s of sockets) s.destroy();
    await c?.stop();
  });

  const open = () =>
    new Promise((resolve, reject) => {
      const u = new URL(c.url);
      const s = connect(Number(u.port), u.hostname, () => resolve(s)).once('error', reject);
      sockets.push(s);
    });
  const closed = (s) => new Promise((resolve) => (s.destroyed ? resolve() : s.once('close', resolve)));

  /** A GET /healthz on a connection of its own (fetch would reuse a kept-alive one): its status, or `refused`. */
  const probe = () =>
    new Promise((resolve) => {
      get(c.url + '/healthz', { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).once('error', () => resolve('refused'));
    });

  // First, before any other test of this collector leaves a connection open.
  test('connections beyond the cap are closed at once; a free slot is used again', async () => {
    const held = await Promise.all([open(), open(), open()]);
    try {
      await sleep(200);
      assert.equal(await probe(), 'refused', 'a fourth connection is refused');
    } finally {
      for (const s of held) s.destroy();
    }
    let status;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await sleep(100);
      status = await probe();
    }
    assert.equal(status, 200);
  });

  test('--require-origin refuses receipts without an Origin header (403, JSON) and takes those with one', async () => {
    const r = receipt();
    const without = await post(c.url, r);
    assert.equal(without.status, 403);
    assert.equal(without.json.error, 'origin_required');
    assert.match(without.json.message, /--require-origin/);
    assert.equal((await post(c.url, r, { origin: 'https://shop.example' })).status, 201);
    assert.deepEqual(await storedIds(c.url), [r.receipt]);
  });

  test('a client that sends its headers too slowly is cut off within about a second of the timeout, not 30 s later', { timeout: 15_000 }, async () => {
    const s = await open();
    s.write('POST /receipts HTTP/1.1\r\nHost: collector\r\n');
    let answer = '';
    s.on('data', (d) => (answer += d));
    await closed(s);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });
});

describe('IPv6 over a real socket', { timeout: 120_000 }, () => {
  let c;
  after(() => c?.stop());
  test('a collector on [::1] answers and limits an IPv6 client', async (t) => {
    try {
      c = await startCollector({ data: tempDir() }, { args: ['--host', '::1'], env: { CONSENTRY_RATE_LIMIT: '3' } });
    } catch (e) {
      t.skip(`no IPv6 loopback here: ${e.message.split('\n')[0]}`);
      return;
    }
    assert.match(c.url, /^http:\/\/\[::1\]:\d+$/);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(c.url, receipt())).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  });
});
