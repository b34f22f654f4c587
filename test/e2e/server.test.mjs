// `consentry/server`: a server that renders its HTML with or without the analytics tag, from the
// consent cookie that the drop-in wrote in a real browser; and the same tampered records that
// the browser rejects (test/shared/records.mjs) are `null` here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConsent } from 'consentry/server';
import { launch, inBanner, cookieSettled, ROOT } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { sample as stored, tamperedRecords, text } from '../shared/records.mjs';
import { handler } from '../../docs/examples/server.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  // The example's handler answers `/`; the drop-in (`/consentry/consentry.js`, the path every
  // example uses) and its parts come from dist/.
  const http = await serve({
    root: ROOT + 'dist',
    route: (req, res) => (req.url === '/' ? (handler(req, res), true) : ((req.url = req.url.replace(/^\/consentry\//, '/')), false)),
  });
  server = { origin: `http://127.0.0.1:${http.address().port}`, close: () => new Promise((ok) => (http.close(ok), http.closeAllConnections())) };
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A decision made yesterday: within the default `cookie-days` (182).
const sample = { ...stored, time: Math.floor((Date.now() - 864e5) / 1000) * 1000 };

const cookie = (value) => 'other=1; consentry=' + encodeURIComponent(value) + '; last=2';

describe('readConsent', () => {
  it('returns the stored decision, necessary included', () => {
    const record = text({ ...sample, revision: '1' });
    assert.deepEqual(readConsent(cookie(record)), {
      decided: true,
      categories: { necessary: true, analytics: true, advertising: false },
      services: { posthog: false },
      id: sample.id,
      revision: '1',
      timestamp: new Date(sample.time).toISOString(),
    });
  });

  it('reads the configured cookie name and revision, and nothing else', () => {
    const record = text(sample);
    const header = 'site_consent=' + encodeURIComponent(record);
    assert.equal(readConsent(header), null, 'another cookie name');
    assert.equal(readConsent(header, { cookieName: 'site_consent' }), null, 'another revision');
    assert.equal(readConsent(header, { cookieName: 'site_consent', revision: '3' })?.categories.analytics, true);
  });

  it('is null once cookie-days have passed, as in the browser', () => {
    const old = text({ ...sample, revision: '1', time: Date.now() - 10 * 864e5 });
    assert.equal(readConsent(cookie(old), { cookieDays: 9 }), null);
    assert.equal(readConsent(cookie(old), { cookieDays: 11 })?.categories.analytics, true);
  });

  it('is null without a cookie header or a consent cookie', () => {
    for (const header of [undefined, null, '', 'a=1; b=2', 'consentry', 'consentry=']) assert.equal(readConsent(header), null, String(header));
  });

  it('two consent cookies of the name are no decision, whichever comes first, as in the browser (decision 0020)', () => {
    const refused = text({ ...sample, revision: '1', categories: { analytics: false, advertising: false } });
    const granted = text({ ...sample, revision: '1' });
    // A sibling subdomain's cookie for the parent domain, or one for a longer path, is sent first.
    assert.equal(readConsent(cookie(refused) + '; consentry=' + encodeURIComponent(granted)), null);
    assert.equal(readConsent(cookie(granted) + '; consentry=' + encodeURIComponent(refused)), null);
    assert.equal(readConsent(cookie(granted) + '; consentry=' + encodeURIComponent(granted)), null, 'even two equal ones');
    // An expired record, or another tool's value under the name, is no record: the other one stands.
    const old = text({ ...sample, revision: '1', time: Date.now() - 200 * 864e5 });
    assert.equal(readConsent(cookie(granted) + '; consentry=' + encodeURIComponent(old))?.categories.analytics, true);
    assert.equal(readConsent('consentry=yes; ' + cookie(granted))?.categories.analytics, true);
  });

  it('reads the one consent cookie among other cookies, wherever it is in the header', () => {
    const granted = text({ ...sample, revision: '1' });
    const value = 'consentry=' + encodeURIComponent(granted);
    for (const header of [value, `a=1; ${value}`, `${value}; b=2`, `a=1;${value};b=2`, `consentry_other=x; ${value}; xconsentry=y`])
      assert.equal(readConsent(header)?.categories.analytics, true, header);
  });

  for (const [name, value] of Object.entries(tamperedRecords()))
    it(`treats a ${name} record as no decision, as the browser does`, () => {
      const record = typeof value === 'string' ? value.replace(/^1\|3\|/, '1|1|') : value;
      assert.equal(readConsent(cookie(String(record))), null);
      assert.equal(readConsent(cookie(String(value)), { revision: '3' }), null);
      assert.equal({}.polluted, undefined);
    });
});

describe('a server that renders the analytics tag only with consent (docs/examples/server.mjs)', () => {
  const tagIn = async (p) => (await p.content()).includes('googletagmanager.com/gtag/js');

  it('leaves the tag out until the visitor accepts, and out again after a refusal', async () => {
    const context = await browser.newContext();
    // The tag's host is never contacted: the test is about the HTML the server sends.
    await context.route('https://www.googletagmanager.com/**', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    const p = await context.newPage();
    await p.goto(server.origin + '/');
    assert.equal(await tagIn(p), false, 'no decision: no tag');
    await inBanner(p, '[part~="accept"]').click();
    await cookieSettled(context);
    await p.reload();
    assert.equal(await tagIn(p), true, 'accepted: the tag is in the HTML');
    await p.evaluate(() => Consentry.rejectAll());
    await p.reload();
    assert.equal(await tagIn(p), false, 'refused: no tag');
    await context.close();
  });

  it('leaves the tag out for a tampered cookie', async () => {
    const context = await browser.newContext();
    const good = text({ ...sample, revision: '1' });
    await context.addCookies([{ name: 'consentry', value: encodeURIComponent(good.replace('analytics!', '__proto__!')), url: server.origin }]);
    const p = await context.newPage();
    await p.goto(server.origin + '/');
    assert.equal(await tagIn(p), false);
    await context.close();
  });
});
