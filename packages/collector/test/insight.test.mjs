// Consent insight in the collector: POST /impressions and POST /shown-texts (what is counted or
// stored, what is refused and how), receipts counted with the transaction that stores them,
// /stats, /stats.csv and /experiments giving exactly the seeded numbers, the shown words in the
// export, /verify over the shown texts; on the embedded database and on PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { ADMIN, backends, getJson, post, receipt, startCollector } from './helpers.mjs';
import { CATEGORIES, expectedStats, seedWeek, startSeedableCollector } from './insight-seed.mjs';

const { list, stop } = await backends();
after(stop);

let n = 0;
/** A client address of its own (the collectors here trust one proxy hop), so only the limit tests are limited. */
const client = () => ({ 'x-forwarded-for': `10.1.${++n >> 8}.${n & 255}` });

const IMPRESSION = { v: 1, surface: 'banner', region: 'DE', mode: 'opt-in', lang: 'de', device: 'phone', signal: 'none', layout: 'box', arm: '' };

/** POSTs `body` (a string as it is, anything else as JSON) to `path`. */
async function postTo(url, path, body, headers = {}) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }).catch((e) => {
    // fetch's own message ("fetch failed") hides the reason.
    throw new Error(`POST ${url}${path}: ${e.cause?.message ?? e.message}`, { cause: e });
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* 204: no body */
  }
  return { status: res.status, headers: res.headers, json, text };
}

const today = () => new Date().toISOString().slice(0, 10);
const totalsToday = async (url) => (await getJson(`${url}/stats?from=${today()}&to=${today()}&group=`, ADMIN)).json.totals;

/** The words a drop-in shows, as the JSON text it hashes. */
const shownText = (title = 'We use cookies') =>
  JSON.stringify({
    v: 1,
    lang: 'en',
    arm: 'a',
    layout: 'box',
    title,
    text: 'We and our partners use cookies to measure visits. "Quotes", commas, and ünïcödé.',
    buttons: { acceptAll: 'Accept all', rejectAll: 'Reject all', settings: 'Settings' },
    categories: [{ id: 'analytics', name: 'Analytics', description: 'Counts visits.' }],
    services: [{ id: 'matomo', name: 'Matomo', purpose: 'Visit statistics' }],
    policy: 'https://shop.example/privacy',
  });
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

for (const backend of list) {
  describe(`consent insight on ${backend.name}`, { timeout: 900_000 }, () => {
    let c;
    before(async () => {
      c = await startCollector(await backend.make(), {
        args: ['--allow-origin', 'https://shop.example'],
        env: { CONSENTRY_TRUST_PROXY: '1', CONSENTRY_RATE_LIMIT: '20' },
      });
    });
    after(() => c?.stop());

    test('an impression is counted (204, CORS for allowed origins) on the collector’s day; a dialog apart', async () => {
      const before = await totalsToday(c.url);
      const a = await postTo(c.url, '/impressions', IMPRESSION, { ...client(), origin: 'https://shop.example' });
      assert.equal(a.status, 204);
      assert.equal(a.text, '');
      assert.equal(a.headers.get('access-control-allow-origin'), 'https://shop.example');
      assert.equal(a.headers.get('set-cookie'), null);
      assert.equal((await postTo(c.url, '/impressions', { ...IMPRESSION, surface: 'dialog', layout: 'dialog' }, client())).status, 204);
      assert.equal((await postTo(c.url, '/impressions', IMPRESSION, { ...client(), 'content-type': 'application/json' })).status, 204);
      const after = await totalsToday(c.url);
      assert.equal(after.shown, before.shown + 2);
      assert.equal(after.dialogShown, before.dialogShown + 1);
      assert.equal(after.decisions, before.decisions);
    });

    test('bad impressions: 400 naming the field, 413, 415, 403 for other origins; nothing counted', async () => {
      const before = await totalsToday(c.url);
      const cases = [
        ['malformed JSON', '{"v":1,', {}, 400, 'malformed_json', undefined],
        ['not an object', '[1]', {}, 400, 'invalid_impression', undefined],
        ['an unknown field (an id)', { ...IMPRESSION, id: 'AbCdEfGhIjKlMnOp' }, {}, 400, 'unknown_field', 'id'],
        ['a time', { ...IMPRESSION, time: '2026-01-01' }, {}, 400, 'unknown_field', 'time'],
        ['v 2', { ...IMPRESSION, v: 2 }, {}, 400, 'invalid_impression', 'v'],
        ['no v', (({ v: _, ...i }) => i)(IMPRESSION), {}, 400, 'invalid_impression', 'v'],
        ['a surface', { ...IMPRESSION, surface: 'popup' }, {}, 400, 'invalid_impression', 'surface'],
        ['a lower-case region', { ...IMPRESSION, region: 'de' }, {}, 400, 'invalid_impression', 'region'],
        ['a region as a number', { ...IMPRESSION, region: 49 }, {}, 400, 'invalid_impression', 'region'],
        ['a mode', { ...IMPRESSION, mode: 'maybe' }, {}, 400, 'invalid_impression', 'mode'],
        ['a lang', { ...IMPRESSION, lang: 'de_DE' }, {}, 400, 'invalid_impression', 'lang'],
        ['a long lang', { ...IMPRESSION, lang: 'de' + '-abcdefgh'.repeat(4) }, {}, 400, 'invalid_impression', 'lang'],
        ['a device', { ...IMPRESSION, device: 'watch' }, {}, 400, 'invalid_impression', 'device'],
        ['a signal', { ...IMPRESSION, signal: 'yes' }, {}, 400, 'invalid_impression', 'signal'],
        ['a layout', { ...IMPRESSION, layout: 'Box<script>' }, {}, 400, 'invalid_impression', 'layout'],
        ['an arm', { ...IMPRESSION, arm: 'a'.repeat(33) }, {}, 400, 'invalid_impression', 'arm'],
        ['a missing arm', (({ arm: _, ...i }) => i)(IMPRESSION), {}, 400, 'invalid_impression', 'arm'],
        ['a 2 KiB body', { ...IMPRESSION, layout: 'x'.repeat(2048) }, {}, 413, 'too_large', undefined],
        ['a form body', IMPRESSION, { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_type', undefined],
        ['a disallowed origin', IMPRESSION, { origin: 'https://evil.example' }, 403, 'origin_not_allowed', undefined],
      ];
      for (const [name, body, headers, status, error, field] of cases) {
        const a = await postTo(c.url, '/impressions', body, { ...client(), ...headers });
        assert.equal(a.status, status, name);
        assert.equal(a.json.error, error, name);
        assert.equal(typeof a.json.message, 'string', name);
        assert.equal(a.json.field, field, name);
        if (headers.origin) assert.equal(a.headers.get('access-control-allow-origin'), null, name);
      }
      const get = await getJson(c.url + '/impressions', client());
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
      const preflight = await fetch(c.url + '/impressions', {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
      assert.deepEqual(await totalsToday(c.url), before, 'nothing refused was counted');
    });

    test('a flood of 10,000 impressions from one client gets 429 with Retry-After; its receipts are still stored at once', async () => {
      const one = client();
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      const body = JSON.stringify(IMPRESSION);
      const u = new URL(c.url);
      const statuses = new Map();
      let retryAfter = null;
      const one204 = () =>
        new Promise((resolve, reject) => {
          const req = request(
            {
              agent,
              host: u.hostname,
              port: u.port,
              path: '/impressions',
              method: 'POST',
              headers: { ...one, 'content-type': 'text/plain', 'content-length': body.length },
            },
            (res) => {
              statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
              if (res.statusCode === 429) retryAfter = res.headers['retry-after'];
              res.resume().on('end', resolve);
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const before = await totalsToday(c.url);
      const started = Date.now();
      let next = 0;
      const flood = Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < 10_000) {
            next++;
            await one204();
          }
        }),
      );
      // While the flood runs, the same client's receipts are stored, every one.
      const receipts = [];
      for (let i = 0; i < 5; i++) receipts.push((await post(c.url, receipt(), one)).status);
      await flood;
      agent.destroy();
      assert.deepEqual(receipts, [201, 201, 201, 201, 201]);
      // A burst of 20, then one every 3 s (20 a minute) while the flood lasted.
      const allowed = statuses.get(204);
      assert.ok(allowed >= 20 && allowed <= 21 + Math.ceil((Date.now() - started) / 3000), `${allowed} allowed`);
      assert.equal(statuses.get(429), 10_000 - allowed);
      assert.ok(Number(retryAfter) >= 1);
      assert.equal((await totalsToday(c.url)).shown, before.shown + allowed);
      const limited = await postTo(c.url, '/impressions', IMPRESSION, one);
      assert.equal(limited.status, 429);
      assert.equal(limited.json.error, 'rate_limited');
      assert.equal((await postTo(c.url, '/impressions', IMPRESSION, client())).status, 204, 'another client is not limited');
    });

    test('receipts are counted as decisions on their own day, with their arm, device, mode and layout; duplicates and erasure change nothing', async () => {
      const day = '2025-03-04';
      const at = (t) => `${day}T${t}Z`;
      const stats = async () => (await getJson(`${c.url}/stats?from=${day}&to=${day}&group=arm,device,mode,signal,region,lang`, ADMIN)).json;
      const all = receipt({
        categories: { necessary: true, analytics: true, advertising: true },
        timestamp: at('10:00:00'),
        arm: 'x',
        device: 'tablet',
        mode: 'opt-out',
        layout: 'bar',
        region: 'FR',
        language: 'fr',
        gpc: true,
      });
      const none = receipt({
        timestamp: at('23:59:59.999'),
        arm: 'x',
        device: 'tablet',
        mode: 'opt-out',
        layout: 'bar',
        region: 'FR',
        language: 'fr',
        gpc: true,
        categories: { necessary: true, analytics: false, advertising: false },
      });
      const some = receipt({ timestamp: at('00:00:00'), arm: 'x', device: 'tablet', mode: 'opt-out', layout: 'bar', region: 'FR', language: 'fr', gpc: true });
      some.categories = { necessary: true, analytics: false, advertising: true };
      // Old receipts (no new fields) count too, under "" and their region null as "".
      const old = receipt({ timestamp: '2025-03-04T12:00:00+02:00', region: null });
      const elsewhere = receipt({ timestamp: '2025-03-05T00:00:00Z' });
      for (const r of [all, none, some, old, elsewhere]) assert.equal((await post(c.url, r, client())).status, 201);
      assert.equal((await post(c.url, all, client())).status, 200, 'a duplicate');
      const s = await stats();
      assert.deepEqual(s.group, ['arm', 'device', 'mode', 'signal', 'region', 'lang']);
      assert.deepEqual(
        s.rows.map((r) => [r.key, r.decisions, r.acceptedAll, r.refusedAll, r.chose, r.granted]),
        [
          [{ arm: '', device: '', mode: '', signal: 'none', region: '', lang: 'en' }, 1, 0, 0, 1, { advertising: 0, analytics: 1 }],
          [{ arm: 'x', device: 'tablet', mode: 'opt-out', signal: 'gpc', region: 'FR', lang: 'fr' }, 3, 1, 1, 1, { advertising: 2, analytics: 1 }],
        ],
      );
      assert.equal(s.totals.decisions, 4);
      assert.deepEqual(s.totals.rates, { advertising: 0.5, analytics: 0.5 });
      assert.equal(s.totals.undecided, 0);
      // Erasure removes the receipts, never the counters (aggregates, not personal data).
      assert.deepEqual((await getJson(`${c.url}/consents/${all.id}`, ADMIN, 'DELETE')).json, { erased: 1 });
      assert.deepEqual(await stats(), s);
    });

    test('/stats, /stats.csv and /experiments refuse bad queries and need the admin token', async () => {
      for (const [q, field] of [
        ['from=2026-13-01', 'from'],
        ['from=2026-02-31', 'from'],
        ['to=yesterday', 'to'],
        ['from=2026-02-02&to=2026-02-01', 'from'],
        ['from=2000-01-01&to=2026-01-01', 'from'],
        ['group=day,week', 'group'],
        ['group=day,day', 'group'],
        ['group=layout', 'group'],
      ]) {
        const a = await getJson(`${c.url}/stats?${q}`, ADMIN);
        assert.equal(a.status, 400, q);
        assert.equal(a.json.field, field, q);
      }
      for (const path of ['/stats', '/stats.csv', '/experiments']) {
        const a = await getJson(c.url + path, { ...client(), authorization: 'Bearer wrong' });
        assert.equal(a.status, 401, path);
        assert.equal(a.headers.get('www-authenticate'), 'Bearer');
        assert.equal((await getJson(c.url + path, client(), 'POST')).status, 405, path);
      }
    });

    test('a seeded week: /stats, /stats.csv and /experiments give exactly the seeded numbers', async () => {
      const s = await startSeedableCollector(await backend.make());
      try {
        const seeded = await seedWeek(s);
        const range = `from=${seeded.from}&to=${seeded.to}`;
        for (const group of [['day'], ['day', 'arm'], ['region'], ['arm', 'device', 'lang', 'mode', 'signal'], []]) {
          const { json } = await getJson(`${s.url}/stats?${range}&group=${group.join(',')}`, ADMIN);
          const want = expectedStats(seeded, group);
          assert.deepEqual({ from: json.from, to: json.to, group: json.group }, { from: seeded.from, to: seeded.to, group });
          assert.deepEqual(json.rows, want.rows, group.join(','));
          assert.deepEqual(json.totals, want.totals);
        }
        const csv = await fetch(`${s.url}/stats.csv?${range}&group=day,region`, { headers: ADMIN });
        assert.match(csv.headers.get('content-type'), /^text\/csv/);
        const want = expectedStats(seeded, ['day', 'region']);
        assert.equal(
          await csv.text(),
          [
            `day,region,shown,decisions,accepted_all,refused_all,chose,undecided,${CATEGORIES.map((x) => `rate_${x}`).join(',')}`,
            ...want.rows.map((r) =>
              [r.key.day, r.key.region, r.shown, r.decisions, r.acceptedAll, r.refusedAll, r.chose, r.undecided, ...CATEGORIES.map((x) => r.rates[x])].join(
                ',',
              ),
            ),
          ].join('\r\n') + '\r\n',
        );
        const { json } = await getJson(`${s.url}/experiments?${range}`, ADMIN);
        const arms = expectedStats(seeded, ['arm']).rows;
        assert.deepEqual(
          json.arms.map(({ arm, shown, decisions, acceptedAll, refusedAll, chose, rates }) => ({
            arm,
            shown,
            decisions,
            acceptedAll,
            refusedAll,
            chose,
            rates,
          })),
          arms.map(({ key, shown, decisions, acceptedAll, refusedAll, chose, rates }) => ({
            arm: key.arm,
            shown,
            decisions,
            acceptedAll,
            refusedAll,
            chose,
            rates,
          })),
        );
        // The seeded week is outside any other range: nothing from it leaks into the day before.
        const before = (await getJson(`${s.url}/stats?from=2000-01-01&to=2000-01-01&group=`, ADMIN)).json;
        assert.deepEqual(before.rows, []);
        assert.equal(before.totals.shown, 0);
      } finally {
        await s.stop();
      }
    });

    test('shown texts: stored once (201, then 200), refused when wrong, and in the export with each receipt', async () => {
      const text = shownText();
      const hash = sha256(text);
      const first = await postTo(c.url, '/shown-texts', { hash, text }, { ...client(), origin: 'https://shop.example' });
      assert.equal(first.status, 201);
      assert.deepEqual(first.json, { hash, status: 'stored' });
      assert.equal(first.headers.get('access-control-allow-origin'), 'https://shop.example');
      const again = await postTo(c.url, '/shown-texts', { hash, text }, client());
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, { hash, status: 'duplicate' });

      const other = shownText('Another title');
      const big = shownText('x'.repeat(33 * 1024));
      const noKeys = JSON.stringify({ title: 'We use cookies' });
      const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text)).reverse()));
      const cases = [
        ['malformed JSON', '{"hash":', {}, 400, 'malformed_json', undefined],
        ['a hash mismatch', { hash: sha256(other), text }, {}, 400, 'hash_mismatch', 'hash'],
        ['an upper-case hash', { hash: hash.toUpperCase(), text }, {}, 400, 'invalid_shown_text', 'hash'],
        ['no text', { hash }, {}, 400, 'invalid_shown_text', 'text'],
        ['text not JSON', { hash: sha256('hello'), text: 'hello' }, {}, 400, 'invalid_shown_text', 'text'],
        ['text without the keys', { hash: sha256(noKeys), text: noKeys }, {}, 400, 'invalid_shown_text', 'text'],
        ['the keys in another order', { hash: sha256(reordered), text: reordered }, {}, 400, 'invalid_shown_text', 'text'],
        ['an unknown field', { hash, text, at: 'now' }, {}, 400, 'unknown_field', 'at'],
        ['a 33 KiB text', { hash: sha256(big), text: big }, {}, 413, 'too_large', undefined],
        ['a 300 KiB body', { hash, text: 'x'.repeat(300 * 1024) }, {}, 413, 'too_large', undefined],
        ['a form body', { hash, text }, { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_type', undefined],
        ['a disallowed origin', { hash, text }, { origin: 'https://evil.example' }, 403, 'origin_not_allowed', undefined],
      ];
      for (const [name, body, headers, status, error, field] of cases) {
        const a = await postTo(c.url, '/shown-texts', body, { ...client(), ...headers });
        assert.equal(a.status, status, name);
        assert.equal(a.json.error, error, name);
        assert.equal(a.json.field, field, name);
      }

      const withText = receipt({ shown: hash, arm: 'a', device: 'desktop' });
      const missing = receipt({ shown: sha256(other) });
      const without = receipt();
      for (const r of [withText, missing, without]) assert.equal((await post(c.url, r, client())).status, 201);
      const bad = await post(c.url, receipt({ shown: 'abc' }), client());
      assert.equal(bad.status, 400);
      assert.equal(bad.json.field, 'shown');

      const rows = (await (await fetch(c.url + '/export?include=shown', { headers: ADMIN })).text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const row = (r) => rows.find((x) => x.record.receipt === r.receipt);
      assert.deepEqual(row(withText).record, withText);
      assert.equal(row(withText).shownText, text, 'the words the visitor saw');
      assert.equal(row(missing).shownText, null);
      assert.equal(row(without).shownText, null);
      assert.ok(!(await (await fetch(c.url + '/export', { headers: ADMIN })).text()).includes('"shownText"'), 'only with include=shown');
      const csv = await (await fetch(c.url + '/export?format=csv&include=shown', { headers: ADMIN })).text();
      const header = csv.split('\r\n')[0].split(',');
      assert.deepEqual(header.slice(-6), ['arm', 'device', 'mode', 'layout', 'shown', 'shown_text']);
      assert.ok(csv.includes('"' + text.replace(/"/g, '""') + '"'));
      assert.equal((await getJson(c.url + '/export?include=everything', ADMIN)).json.field, 'include');

      const verify = (await getJson(c.url + '/verify', ADMIN)).json;
      assert.equal(verify.ok, true);
      assert.equal(verify.shownTexts.ok, true);
      assert.ok(verify.shownTexts.stored >= 1);
      assert.deepEqual(verify.shownTexts.broken, []);
      assert.ok(verify.shownTexts.missing.includes(sha256(other)), 'a receipt naming a text never sent is listed');
      assert.ok(!verify.shownTexts.missing.includes(hash));
    });
  });
}

// The arithmetic is the same on every database: tested once, on the last (PostgreSQL when there is one: faster).
const last = list.at(-1);
test('/experiments: the two-proportion test and Wald interval match hand-computed values', { timeout: 600_000 }, async () => {
  const day = '2024-06-01';
  const s = await startSeedableCollector(await last.make());
  try {
    s.setClock(Date.parse(day) + 43_200_000);
    const tasks = [];
    // a: 100 of 1000 accept all; b: 130 of 1000; c: 110 of 1000.
    for (const [arm, accepted] of [
      ['a', 100],
      ['b', 130],
      ['c', 110],
    ]) {
      for (let i = 0; i < 1000; i++) tasks.push(() => postTo(s.url, '/impressions', { ...IMPRESSION, arm }));
      for (let i = 0; i < accepted; i++)
        tasks.push(() => post(s.url, receipt({ timestamp: `${day}T12:00:00Z`, arm, categories: { necessary: true, analytics: true, advertising: true } })));
      tasks.push(() => post(s.url, receipt({ timestamp: `${day}T12:00:00Z`, arm, categories: { necessary: true, analytics: false, advertising: false } })));
    }
    for (let i = 0; i < tasks.length; i += 32) for (const a of await Promise.all(tasks.slice(i, i + 32).map((t) => t()))) assert.ok(a.status < 300);
    s.resetClock();
    const e = (await getJson(`${s.url}/experiments?from=${day}&to=${day}`, ADMIN)).json;
    // By hand: p1 = .1, p2 = .13, pooled p = .115, SE = √(.115·.885·(2/1000)) = .014267, z = 2.1027,
    // p = 2(1 − Φ(2.1027)) = .0355; Wald SE = √(.1·.9/1000 + .13·.87/1000) = .014251, .03 ± 1.96·SE.
    assert.deepEqual(e.arms[0], {
      arm: 'a',
      shown: 1000,
      decisions: 101,
      acceptedAll: 100,
      refusedAll: 1,
      chose: 0,
      rate: 0.1,
      diff: null,
      ci95: null,
      p: null,
      significant: false,
      rates: { advertising: 0.9901, analytics: 0.9901 },
    });
    assert.deepEqual(
      e.arms.slice(1).map(({ arm, rate, diff, ci95, p, significant }) => ({ arm, rate, diff, ci95, p, significant })),
      [
        { arm: 'b', rate: 0.13, diff: 0.03, ci95: [0.0021, 0.0579], p: 0.0355, significant: true },
        // p1 = .1, p2 = .11: z = .7294, p = .4657; CI .01 ± 1.96·.013708.
        { arm: 'c', rate: 0.11, diff: 0.01, ci95: [-0.0169, 0.0369], p: 0.4657, significant: false },
      ],
    );
  } finally {
    await s.stop();
  }
});

const server = list.find((b) => b.name === 'postgresql');
if (server) {
  describe('consent insight in the database (PostgreSQL)', { timeout: 600_000 }, () => {
    let c;
    let db;
    before(async () => {
      const backend = await server.make();
      c = await startCollector(backend, { env: { CONSENTRY_RATE_LIMIT: '0' } });
      db = new pg.Client(backend.url);
      await db.connect();
    });
    after(async () => {
      await db?.end();
      await c?.stop();
    });

    /** The row count of every table (partitions included). */
    const counts = async () => {
      const { rows } = await db.query("SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 1");
      const out = {};
      for (const { relname } of rows) out[relname] = Number((await db.query(`SELECT count(*) AS n FROM "${relname}"`)).rows[0].n);
      return out;
    };

    test('impressions of one key add to one counter row: no table grows', async () => {
      assert.equal((await postTo(c.url, '/impressions', IMPRESSION)).status, 204);
      const before = await counts();
      assert.ok('insight_counts' in before && 'shown_texts' in before);
      for (let i = 0; i < 50; i += 10) await Promise.all(Array.from({ length: 10 }, () => postTo(c.url, '/impressions', IMPRESSION)));
      assert.deepEqual(await counts(), before);
      const { rows } = await db.query('SELECT shown FROM insight_counts WHERE arm = $1 AND layout = $2', ['', 'box']);
      assert.deepEqual(
        rows.map((r) => Number(r.shown)),
        [51],
      );
    });

    test('/verify names a shown text changed in the database', async () => {
      const text = shownText('Tampered later');
      const hash = sha256(text);
      assert.equal((await postTo(c.url, '/shown-texts', { hash, text })).status, 201);
      assert.equal((await getJson(c.url + '/verify', ADMIN)).json.ok, true);
      await db.query('UPDATE shown_texts SET text = replace(text, $1, $2) WHERE hash = $3', ['Reject all', 'Reject', hash]);
      const verify = (await getJson(c.url + '/verify', ADMIN)).json;
      assert.equal(verify.ok, false);
      assert.equal(verify.shownTexts.ok, false);
      assert.deepEqual(verify.shownTexts.broken, [hash]);
    });
  });
}
