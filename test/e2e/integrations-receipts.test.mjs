// Consent receipts: the exact JSON the endpoint receives for each decision source, nothing else
// about the visitor (no cookie, no referrer), and at-least-once delivery through the outbox.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, testSite } from './helpers.mjs';

/** Receipts the endpoints received: { path, body (parsed), type }. */
let received = [];
let flakyFails = true;
/** While true, `/api/down` drops the connection (the endpoint is unreachable). */
let down = true;

// `device`, `mode`, `layout` and `shown` (the hash of the words shown, docs/receipts.md#proof-of-what-was-shown) come last; `arm` only with an experiment (insight.test.mjs).
const KEYS = [
  'receipt',
  'id',
  'revision',
  'timestamp',
  'source',
  'categories',
  'services',
  'gpc',
  'region',
  'origin',
  'path',
  'language',
  'version',
  'device',
  'mode',
  'layout',
  'shown',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VERSION = JSON.parse((await import('node:fs')).readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const doc = ({ attrs = '', head = '', body = '', lang = 'en' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title>${head}<script src="/dist/consentry.js" ${attrs}></script></head><body><main>x</main>${body}</body></html>`;

async function record(req, status) {
  let text = '';
  for await (const chunk of req) text += chunk;
  received.push({ path: new URL(req.url, 'http://x').pathname, body: JSON.parse(text), type: req.headers['content-type'], headers: req.headers });
  return { status, body: '' };
}

const web = testSite({
  '/receipt': (req) => record(req, 204),
  // Next to the endpoint: impressions and shown texts (insight.test.mjs checks what they receive).
  '/impressions': { status: 204, body: '' },
  '/shown-texts': { status: 201, body: '' },
  '/api/failing': (req) => record(req, 500),
  '/api/flaky': (req) => record(req, flakyFails ? 500 : 201),
  '/api/down': (req) => (down ? (req.socket.destroy(), new Promise(() => {})) : record(req, 200)),
  '/api/refuses': (req) => record(req, 413),
  '/r': doc({
    attrs: 'data-consent-endpoint="/receipt" data-revision="7"',
    head: '<script type="application/json" id="cfg">{"categories":{"analytics":{"services":[{"id":"stats","name":"Stats"}]},"advertising":{}}}</script>',
    body: '<consent-gate category="advertising"><template><p>embed</p></template></consent-gate><footer><consent-opt-out></consent-opt-out></footer>',
  }).replace('data-consent-endpoint', 'data-config="#cfg" data-consent-endpoint'),
  '/de': doc({
    lang: 'de',
    attrs: 'data-consent-endpoint="/receipt" data-config="#cfg"',
    head: '<script type="application/json" id="cfg">{"texts":{"de":{"title":"Ihre Wahl"}}}</script>',
  }),
  '/opt-out': doc({ attrs: 'data-consent-endpoint="/receipt" data-mode="opt-out"' }),
  '/failing': doc({ attrs: 'data-consent-endpoint="/api/failing"' }),
  '/flaky': doc({ attrs: 'data-consent-endpoint="/api/flaky"' }),
  '/nowhere': doc({ attrs: 'data-consent-endpoint="http://127.0.0.1:9/receipt"' }),
  '/down': doc({ attrs: 'data-consent-endpoint="/api/down"' }),
  '/refuses': doc({ attrs: 'data-consent-endpoint="/api/refuses"' }),
});

beforeEach(() => {
  received = [];
});

/** Waits (bounded) until the endpoints have received `n` receipts. */
async function receipts(n) {
  for (let i = 0; i < 200 && received.length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return received.splice(0);
}

const open = (path, { context, init } = {}) => web.open(path, { context, init });

/** Every receipt id seen in this file: each must be unique. */
const ids = new Set();

/** The receipt we expect for the page's current snapshot; `receipt` is checked to be a fresh UUID. */
const expected = (p, source, path, actual) => {
  assert.match(actual?.receipt ?? '', UUID);
  // The hash of the words shown is checked against the text posted in insight.test.mjs.
  if ('shown' in actual) assert.match(actual.shown, /^[0-9a-f]{64}$/);
  assert.ok(!ids.has(actual.receipt), 'a fresh receipt id');
  ids.add(actual.receipt);
  return p.evaluate(
    ({ source, path, version, receipt, shown }) => {
      const s = Consentry.get();
      return {
        receipt,
        id: s.id,
        revision: s.revision,
        timestamp: s.timestamp,
        source,
        categories: s.categories,
        services: s.services,
        gpc: s.gpc,
        region: s.region,
        origin: location.origin,
        path,
        language: Consentry.language,
        version,
        device: innerWidth < 600 ? 'phone' : innerWidth < 1024 ? 'tablet' : 'desktop',
        mode: s.mode,
        // None of these pages sets a layout: the default one.
        layout: 'bar',
        ...(shown ? { shown } : {}),
      };
    },
    { source, path, version: VERSION, receipt: actual.receipt, shown: actual.shown },
  );
};

/** The outbox, parsed. */
const outbox = (p) => p.evaluate(() => JSON.parse(localStorage.getItem('consentry:receipts') || '[]').map((b) => JSON.parse(b)));

describe('consent receipts', () => {
  it('nothing is sent or stored before a decision', async () => {
    const { p, context } = await open('/r');
    await p.waitForLoadState('load');
    assert.deepEqual(await p.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]), [[], []]);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(received.length, 0);
    await context.close();
  });

  it('banner, preferences, api, embed and opt-out: the exact JSON, in the documented key order', async () => {
    const { p, context, log } = await open('/r');
    const steps = [
      ['banner', () => inBanner(p, 'button[part~=reject]').click()],
      [
        'preferences',
        async () => {
          await p.evaluate(() => Consentry.showPreferences());
          await inBanner(p, 'dialog input[role=switch] >> nth=1').check();
          await inBanner(p, 'button[part~=save]').click();
        },
      ],
      ['api', () => p.evaluate(() => Consentry.set({ stats: false }))],
      ['embed', () => p.locator('consent-gate').getByRole('button').click()],
      ['opt-out', () => p.locator('consent-opt-out').getByRole('button').click()],
    ];
    for (const [source, act] of steps) {
      await act();
      const [r] = await receipts(1);
      assert.equal(r.path, '/receipt');
      assert.match(r.type, /^text\/plain/);
      assert.deepEqual(Object.keys(r.body), KEYS, source);
      assert.deepEqual(r.body, await expected(p, source, '/r', r.body), source);
      assert.match(r.body.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    // The values a visitor would recognise, for one of them.
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: false, advertising: false });
    // No user agent, IP address or other visitor detail in the body: only the documented keys (checked above).
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('a GPC refusal in opt-out mode is sent with source "gpc" and gpc true', async () => {
    const { p, context } = await open('/opt-out', {
      init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    });
    const [r] = await receipts(1);
    assert.deepEqual(r.body, await expected(p, 'gpc', '/opt-out', r.body));
    assert.equal(r.body.gpc, true);
    assert.equal(r.body.categories.advertising, false);
    await context.close();
  });

  it('names the UI language', async () => {
    const { p, context } = await open('/de');
    await p.evaluate(() => Consentry.acceptAll());
    const [r] = await receipts(1);
    assert.equal(r.body.language, 'de');
    assert.deepEqual(r.body, await expected(p, 'api', '/de', r.body));
    await context.close();
  });

  it("another tab's decision and a reset send nothing", async () => {
    const { p, context } = await open('/r');
    const other = await context.newPage();
    await other.goto(web.server.origin + '/r');
    await other.waitForFunction(() => window.Consentry);
    await p.evaluate(() => Consentry.acceptAll());
    await other.waitForFunction(() => Consentry.get().decided);
    await p.evaluate(() => Consentry.reset());
    await p.evaluate(() => Consentry.rejectAll());
    const got = await receipts(2);
    assert.deepEqual(
      got.map((r) => r.body.source),
      ['api', 'api'],
    );
    assert.deepEqual(
      got.map((r) => r.body.categories.analytics),
      [true, false],
    );
    await context.close();
  });

  it('sends no cookie and no referrer, whatever the page has, and never uses sendBeacon', async () => {
    const context = await web.browser.newContext();
    await context.addCookies([{ name: 'session', value: 'secret', url: web.server.origin }]);
    const { p, log } = await open('/r?user=alice&token=secret#frag', {
      context,
      init: () => {
        navigator.sendBeacon = () => {
          throw new Error('sendBeacon used');
        };
      },
    });
    await p.evaluate(() => (document.cookie = 'page=secret2; path=/'));
    await p.evaluate(() => Consentry.acceptAll());
    const [r] = await receipts(1);
    assert.equal(r.headers.cookie, undefined);
    assert.equal(r.headers.referer, undefined);
    assert.deepEqual(Object.keys(r.body), KEYS);
    assert.equal(r.body.path, '/r');
    assert.deepEqual(r.body, await expected(p, 'api', '/r', r.body));
    assert.doesNotMatch(JSON.stringify(r.body), /secret|alice|frag/);
    assert.deepEqual(log.pageErrors, []);
    // Acknowledged: nothing waits in the outbox.
    await p.waitForFunction(() => !localStorage.getItem('consentry:receipts'));
    await context.close();
  });

  it('a receipt id is fresh without crypto.randomUUID too', async () => {
    const { p, context } = await open('/r', { init: () => delete Crypto.prototype.randomUUID });
    await p.evaluate(() => [Consentry.acceptAll(), Consentry.rejectAll()]);
    const got = await receipts(2);
    for (const r of got) {
      assert.match(r.body.receipt, UUID);
      assert.ok(!ids.has(r.body.receipt));
      ids.add(r.body.receipt);
    }
    await context.close();
  });

  it('an endpoint that answers 500 gets the receipt again, with backoff, until it answers 2xx: delivered once more, then never again', async () => {
    flakyFails = true;
    const { p, context, log } = await open('/flaky');
    await p.evaluate(() => Consentry.acceptAll());
    const [first] = await receipts(1);
    assert.deepEqual(
      (await outbox(p)).map((r) => r.receipt),
      [first.body.receipt],
    );
    flakyFails = false;
    const [retry] = await receipts(1);
    assert.deepEqual(retry.body, first.body);
    await p.waitForFunction(() => !localStorage.getItem('consentry:receipts'));
    // Acknowledged: not sent again, on this page or the next.
    await open('/flaky', { context });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(received.length, 0);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('an endpoint down for the whole page view: the next page load delivers the receipt', async () => {
    down = true;
    const { p, context, log } = await open('/down');
    await p.evaluate(() => Consentry.rejectAll());
    // Once the hash of the words shown has joined it (a moment after the decision).
    await p.waitForFunction(() => JSON.parse(localStorage.getItem('consentry:receipts') || '[]').some((r) => JSON.parse(r).shown));
    const [kept] = await outbox(p);
    assert.deepEqual(kept, await expected(p, 'api', '/down', kept));
    await p.close();
    down = false;
    const next = await open('/down', { context });
    const [delivered] = await receipts(1);
    assert.deepEqual(delivered.body, kept);
    await next.p.waitForFunction(() => !localStorage.getItem('consentry:receipts'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('the outbox is bounded: the oldest receipt is dropped first, and reported', async () => {
    down = true;
    const { p, context, log } = await open('/down');
    for (let i = 0; i < 20; i++) await p.evaluate((i) => Consentry.set({ analytics: i % 2 === 0 }), i);
    await p.waitForFunction(() => JSON.parse(localStorage.getItem('consentry:receipts') || '[]').length === 20);
    const twenty = (await outbox(p)).map((r) => r.receipt);
    assert.equal(new Set(twenty).size, 20);
    await p.evaluate(() => [Consentry.acceptAll(), Consentry.rejectAll()]);
    await p.waitForFunction((first) => !localStorage.getItem('consentry:receipts').includes(first), twenty[1]);
    const now = (await outbox(p)).map((r) => r.receipt);
    assert.equal(now.length, 20);
    assert.deepEqual(now.slice(0, 18), twenty.slice(2));
    assert.ok(
      log.errors.some((e) => /\[consentry\] consent-endpoint: 1 unsent receipt\(s\) dropped, the outbox holds 20/.test(e)),
      log.errors.join('\n'),
    );
    down = false;
    await context.close();
  });

  it('an endpoint that refuses a receipt for good (413): dropped and reported, later ones still go', async () => {
    const { p, context, log } = await open('/refuses');
    await p.evaluate(() => Consentry.acceptAll());
    await receipts(1);
    await p.waitForFunction(() => !localStorage.getItem('consentry:receipts'));
    assert.ok(log.errors.some((e) => e.includes('[consentry] consent-endpoint answered 413 to a receipt; it is dropped')));
    await context.close();
  });

  it('an unreachable endpoint does not throw, and keeps the receipt', async () => {
    const { p, context, log } = await open('/nowhere', {
      init: () => {
        navigator.sendBeacon = () => {
          throw new TypeError('blocked');
        };
      },
    });
    assert.equal(await p.evaluate(() => Consentry.rejectAll().decided), true);
    await p.waitForFunction(() => localStorage.getItem('consentry:receipts'));
    assert.deepEqual(log.pageErrors, []);
    // Storage blocked as well: the receipt waits in the page's memory, and nothing throws.
    const blocked = await open('/nowhere', {
      init: () =>
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('blocked', 'SecurityError');
          },
        }),
    });
    assert.equal(await blocked.p.evaluate(() => Consentry.rejectAll().decided), true);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(blocked.log.pageErrors, []);
    await blocked.context.close();
    await context.close();
  });
});
