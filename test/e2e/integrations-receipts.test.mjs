// Consent receipts: the exact JSON the endpoint receives for each decision source, nothing else
// about the visitor, and a failing endpoint that neither throws nor loses the receipt for good.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, launch, site, watchConsole } from './helpers.mjs';

let browser;
let server;
/** Receipts the endpoints received: { path, body (parsed), type }. */
let received = [];
let flakyFails = true;

const KEYS = ['id', 'revision', 'timestamp', 'source', 'categories', 'services', 'gpc', 'region', 'origin', 'path', 'language', 'version'];
const VERSION = JSON.parse((await import('node:fs')).readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const doc = ({ attrs = '', head = '', body = '', lang = 'en' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title>${head}<script src="/dist/consentry.js" ${attrs}></script></head><body><main>x</main>${body}</body></html>`;

async function record(req, status) {
  let text = '';
  for await (const chunk of req) text += chunk;
  received.push({ path: new URL(req.url, 'http://x').pathname, body: JSON.parse(text), type: req.headers['content-type'] });
  return { status, body: '' };
}

before(async () => {
  browser = await launch();
  server = await site({
    '/receipt': (req) => record(req, 204),
    '/api/failing': (req) => record(req, 500),
    '/api/flaky': (req) => record(req, flakyFails ? 503 : 204),
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
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(() => {
  received = [];
});

/** Waits (bounded) until the endpoints have received `n` receipts. */
async function receipts(n) {
  for (let i = 0; i < 200 && received.length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return received.splice(0);
}

async function open(path, { context, init } = {}) {
  context ??= await browser.newContext();
  if (init) await context.addInitScript(init);
  const p = await context.newPage();
  const log = watchConsole(p);
  await p.goto(server.origin + path);
  await p.waitForFunction(() => window.Consentry);
  return { p, context, log };
}

/** The receipt we expect for the page's current snapshot. */
const expected = (p, source, path) =>
  p.evaluate(
    ({ source, path, version }) => {
      const s = Consentry.get();
      return { id: s.id, revision: s.revision, timestamp: s.timestamp, source, categories: s.categories, services: s.services, gpc: s.gpc, region: s.region, origin: location.origin, path, language: Consentry.language, version };
    },
    { source, path, version: VERSION },
  );

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
      ['preferences', async () => {
        await p.evaluate(() => Consentry.showPreferences());
        await inBanner(p, 'dialog input[role=switch] >> nth=1').check();
        await inBanner(p, 'button[part~=save]').click();
      }],
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
      assert.deepEqual(r.body, await expected(p, source, '/r'), source);
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
    assert.deepEqual(r.body, await expected(p, 'gpc', '/opt-out'));
    assert.equal(r.body.gpc, true);
    assert.equal(r.body.categories.advertising, false);
    await context.close();
  });

  it('names the UI language', async () => {
    const { p, context } = await open('/de');
    await p.evaluate(() => Consentry.acceptAll());
    const [r] = await receipts(1);
    assert.equal(r.body.language, 'de');
    assert.deepEqual(r.body, await expected(p, 'api', '/de'));
    await context.close();
  });

  it("another tab's decision and a reset send nothing", async () => {
    const { p, context } = await open('/r');
    const other = await context.newPage();
    await other.goto(server.origin + '/r');
    await other.waitForFunction(() => window.Consentry);
    await p.evaluate(() => Consentry.acceptAll());
    await other.waitForFunction(() => Consentry.get().decided);
    await p.evaluate(() => Consentry.reset());
    await p.evaluate(() => Consentry.rejectAll());
    const got = await receipts(2);
    assert.deepEqual(got.map((r) => r.body.source), ['api', 'api']);
    assert.deepEqual(got.map((r) => r.body.categories.analytics), [true, false]);
    await context.close();
  });

  it('a failing endpoint does not throw; with sendBeacon it is not retried', async () => {
    const { p, context, log } = await open('/failing');
    assert.equal(await p.evaluate(() => Consentry.acceptAll().decided), true);
    const [r] = await receipts(1);
    assert.equal(r.body.source, 'api');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), []);
    await context.close();
  });

  it('when sendBeacon is unavailable, fetch sends it; a failed receipt is retried once on the next page view', async () => {
    flakyFails = true;
    const init = () => {
      navigator.sendBeacon = () => false;
    };
    const { p, context, log } = await open('/flaky', { init });
    await p.evaluate(() => Consentry.acceptAll());
    const [first] = await receipts(1);
    await p.waitForFunction(() => localStorage.getItem('consentry:receipts'));
    const kept = JSON.parse(await p.evaluate(() => localStorage.getItem('consentry:receipts')));
    assert.deepEqual(kept.map((b) => JSON.parse(b)), [first.body]);
    assert.deepEqual(log.pageErrors, []);
    // Next page view: sent again; it still fails, and is not kept a second time.
    const second = await open('/flaky', { context });
    const [retry] = await receipts(1);
    assert.deepEqual(retry.body, first.body);
    assert.equal(await second.p.evaluate(() => localStorage.getItem('consentry:receipts')), null);
    // A later failure is kept, and delivered on the next page view once the endpoint works.
    await second.p.evaluate(() => Consentry.rejectAll());
    const [failed] = await receipts(1);
    await second.p.waitForFunction(() => localStorage.getItem('consentry:receipts'));
    flakyFails = false;
    const third = await open('/flaky', { context });
    const [delivered] = await receipts(1);
    assert.deepEqual(delivered.body, failed.body);
    await third.p.waitForFunction(() => !localStorage.getItem('consentry:receipts'));
    await context.close();
  });

  it('an unreachable endpoint, with sendBeacon throwing, does not throw', async () => {
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
    await context.close();
  });
});
