// The dashboard's sign-in and session (docs/consent-records.md, "Dashboard"; decision 0031): the
// admin token is exchanged for an HttpOnly, SameSite=Strict cookie that stands for it on the
// read-only endpoints only; cross-site posts are refused; failed sign-ins count with failed admin
// attempts. Over HTTP, as a browser or a script would talk to the collector.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, ADMIN_TOKEN, getJson, post, receipt, startCollector, storedIds, tempDir } from './helpers.mjs';

let n = 0;
/** A client address of its own (the collector trusts one proxy hop). */
const client = () => ({ 'x-forwarded-for': `10.7.${++n >> 8}.${n & 255}` });

describe('dashboard sign-in and session', { timeout: 300_000 }, () => {
  let c;
  before(async () => {
    c = await startCollector({ data: tempDir() }, { args: ['--allow-origin', 'https://shop.example'], env: { CONSENTRY_TRUST_PROXY: '1' } });
  });
  after(() => c?.stop());

  /** Posts the sign-in form; `headers` replace the defaults (the collector's own Origin, a fresh client). */
  const signIn = (token, headers = {}) =>
    fetch(c.url + '/dashboard/session', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: c.url, ...client(), ...headers },
      body: new URLSearchParams({ token }).toString(),
    });
  /** Signs in and returns the cookie pair (`consentry_session=…`). */
  const session = async () => {
    const res = await signIn(ADMIN_TOKEN);
    assert.equal(res.status, 303);
    return res.headers.get('set-cookie').split(';')[0];
  };

  test('without a session /dashboard is the sign-in form, under a strict CSP', async () => {
    const res = await fetch(c.url + '/dashboard');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    const page = await res.text();
    assert.match(page, /<form method="post" action="dashboard\/session">/);
    assert.match(page, /<label for="token">Admin token<\/label>/);
    assert.doesNotMatch(page, /<script/, 'the sign-in form runs no script');
    assert.doesNotMatch(page, /dashboard\/app\.js/);
    assert.equal(res.headers.get('set-cookie'), null);
  });

  test('a wrong token sets no cookie and gets the same error as a wrong bearer token', async () => {
    const bearer = await getJson(c.url + '/stats', { authorization: 'Bearer not-the-token', ...client() });
    const res = await signIn('not-the-token');
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.deepEqual(await res.json(), bearer.json);
    assert.equal(bearer.json.error, 'unauthorized');
    // A browser (Accept: text/html) gets the form again, with the reason, and still no cookie.
    const html = await signIn('', { accept: 'text/html' });
    assert.equal(html.status, 401);
    assert.equal(html.headers.get('set-cookie'), null);
    assert.match(html.headers.get('content-security-policy'), /default-src 'self'/);
    assert.match(await html.text(), /<p id="error" class="error" role="alert">That is not the admin token\.<\/p>/);
  });

  test('the right token sets an HttpOnly, SameSite=Strict cookie of 32 random bytes; Secure over HTTPS only', async () => {
    const res = await signIn(ADMIN_TOKEN);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/dashboard');
    const cookie = res.headers.get('set-cookie');
    assert.match(cookie, /^consentry_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=43200$/);
    assert.notEqual((await session()).split('=')[1], cookie.split(';')[0].split('=')[1], 'each sign-in gets a new value');
    const secure = await signIn(ADMIN_TOKEN, { 'x-forwarded-proto': 'https', origin: c.url.replace('http:', 'https:') });
    assert.equal(secure.status, 303);
    assert.match(secure.headers.get('set-cookie'), /; HttpOnly; SameSite=Strict; Path=\/; Max-Age=43200; Secure$/);
    // Over HTTPS the page's origin is https://…: an http:// Origin is another origin.
    assert.equal((await signIn(ADMIN_TOKEN, { 'x-forwarded-proto': 'https' })).status, 403);
  });

  test('cross-site posts are refused: another Origin, no Origin, a cross-site fetch', async () => {
    const own = { origin: c.url };
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: c.url.replace('127.0.0.1', 'localhost') },
      {},
      { ...own, 'sec-fetch-site': 'same-site' },
    ]) {
      const res = await fetch(c.url + '/dashboard/session', {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...client(), ...headers },
        body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
      });
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.equal(res.headers.get('set-cookie'), null);
      assert.equal((await res.json()).error, 'cross_origin');
    }
    // Sign-out too: a cross-site page cannot end (or fixate) a session.
    const cookie = await session();
    const out = await fetch(c.url + '/dashboard/sign-out', { method: 'POST', redirect: 'manual', headers: { cookie, origin: 'https://evil.example' } });
    assert.equal(out.status, 403);
    assert.equal((await getJson(c.url + '/stats', { cookie })).status, 200, 'the session still works');
  });

  test('the session reads /stats and the dashboard, and nothing else: no export, verify or erasure', async () => {
    const cookie = await session();
    const page = await fetch(c.url + '/dashboard', { headers: { cookie } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module" src="dashboard\/app\.js"><\/script>/);
    assert.equal((await getJson(c.url + '/stats', { cookie })).status, 200);
    const r = receipt();
    assert.equal((await post(c.url, r, client())).status, 201);
    for (const [path, method] of [
      ['/export', 'GET'],
      ['/export?format=csv', 'GET'],
      ['/verify', 'GET'],
      [`/consents/${r.id}`, 'DELETE'],
    ]) {
      const res = await fetch(c.url + path, { method, headers: { cookie, ...client() } });
      assert.equal(res.status, 401, `${method} ${path}`);
      assert.equal((await res.json()).error, 'unauthorized');
    }
    assert.ok((await storedIds(c.url)).includes(r.receipt), 'the receipt was not erased');
    // A made-up session value is no session.
    assert.equal((await getJson(c.url + '/stats', { cookie: 'consentry_session=' + 'A'.repeat(43), ...client() })).status, 401);
  });

  test('sign-out ends the session and clears the cookie', async () => {
    const cookie = await session();
    assert.equal((await getJson(c.url + '/stats', { cookie })).status, 200);
    const out = await fetch(c.url + '/dashboard/sign-out', { method: 'POST', redirect: 'manual', headers: { cookie, origin: c.url } });
    assert.equal(out.status, 303);
    assert.match(out.headers.get('set-cookie'), /^consentry_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/);
    assert.equal((await getJson(c.url + '/stats', { cookie, ...client() })).status, 401);
    assert.doesNotMatch(await (await fetch(c.url + '/dashboard', { headers: { cookie } })).text(), /app\.js/);
  });

  test('failed sign-ins count with failed admin attempts: after ten, the address waits, token or not', async () => {
    const attacker = client();
    for (let i = 0; i < 10; i++) assert.equal((await signIn('guess-' + i, attacker)).status, 401);
    const limited = await signIn(ADMIN_TOKEN, attacker);
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('retry-after'), /^\d+$/);
    assert.equal(limited.headers.get('set-cookie'), null);
    assert.equal((await getJson(c.url + '/stats', { ...attacker, ...ADMIN })).status, 429, 'the bearer token waits too');
    assert.equal((await signIn(ADMIN_TOKEN)).status, 303, 'another address signs in');
  });

  test('the assets are served with the same CSP; other methods and paths are refused', async () => {
    const js = await fetch(c.url + '/dashboard/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type'), /^text\/javascript/);
    assert.match(js.headers.get('content-security-policy'), /default-src 'self'/);
    const css = await fetch(c.url + '/dashboard/app.css');
    assert.equal(css.status, 200);
    assert.match(await css.text(), /\.uplot/);
    assert.equal((await fetch(c.url + '/dashboard/nope')).status, 404);
    assert.equal((await fetch(c.url + '/dashboard', { method: 'POST', headers: { origin: c.url } })).status, 405);
    assert.equal((await fetch(c.url + '/dashboard/session', { headers: { origin: c.url } })).status, 405);
    const json = await signIn(ADMIN_TOKEN, { 'content-type': 'application/json' });
    assert.equal(json.status, 415);
  });
});
