// A sibling subdomain plants consent (issue 26): a parent-domain cookie on a longer path, a
// percent-encoded name, a record that would choose the consent id. Real subdomains: Chromium maps
// shop.example.test and blog.example.test to the loopback server (served over http).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, inBanner, launch, page, site } from './helpers.mjs';
import { text } from '../shared/records.mjs';

/** A granting record, as an attacker on blog.example.test would write it. */
const ATTACKER_ID = 'AttackerChoseThisId0001';
const granting = (extra = {}) =>
  text({ revision: '1', id: ATTACKER_ID, time: Date.now() - 60e3, categories: { analytics: true, advertising: true }, services: {}, signal: false, ...extra });

/** blog.example.test's page: plants `cookie` for the parent domain. */
const plant = (cookie) => `<!doctype html><title>blog</title><script>document.cookie = ${JSON.stringify(cookie)};</script>`;

let browser;
let server;
let shop;
let blog;
/** The same site over HTTPS (a self-signed certificate), where `__Host-` cookies exist. */
let tls;
let secureShop;
let secureBlog;

before(async () => {
  server = await site({
    '/shop/': page({ body: '<img data-consent="analytics" data-src="/t/analytics" alt="">' }),
    '/shop/host': page({ attrs: 'data-cookie-name="__Host-consentry"' }),
    '/plant-path': plant(`consentry=${granting()}; domain=example.test; path=/shop`),
    '/plant-root': plant(`consentry=${granting()}; domain=example.test; path=/`),
    '/plant-encoded': plant(`%5F%5FHost-consentry=${granting()}; domain=example.test; path=/`),
    // Every way a sibling could try to set the `__Host-` cookie: for the parent domain, and host-only (its own host).
    '/plant-host': plant(`__Host-consentry=${granting()}; domain=example.test; path=/; secure`).replace(
      '</script>',
      `document.cookie = ${JSON.stringify(`__Host-consentry=${granting()}; path=/; secure`)};</script>`,
    ),
  });
  const port = new URL(server.origin).port;
  const dir = mkdtempSync(join(tmpdir(), 'consentry-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=example.test', '-keyout', join(dir, 'key'), '-out', join(dir, 'cert')],
      {
        stdio: 'ignore',
      },
    );
    // TLS in front of the same pages.
    tls = createServer({ key: readFileSync(join(dir, 'key')), cert: readFileSync(join(dir, 'cert')) }, (req, res) => {
      const upstream = request(server.origin + req.url, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await new Promise((ok) => tls.listen(0, '127.0.0.1', ok));
  browser = await launch(['--host-resolver-rules=MAP *.example.test 127.0.0.1']);
  shop = `http://shop.example.test:${port}`;
  blog = `http://blog.example.test:${port}`;
  secureShop = `https://shop.example.test:${tls.address().port}`;
  secureBlog = `https://blog.example.test:${tls.address().port}`;
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tls) await new Promise((ok) => (tls.close(ok), tls.closeAllConnections()));
});

/** The visitor's state on a shop page. */
const state = (p) => p.evaluate(() => ({ decided: Consentry.get().decided, analytics: Consentry.allowed('analytics'), id: Consentry.get().id }));

async function visit(context, url) {
  const p = await context.newPage();
  await p.goto(url);
  if (url.startsWith(shop) || url.startsWith(secureShop)) await p.waitForFunction(() => window.Consentry);
  return p;
}

/** The browser's `consentry` cookies as [domain, path]. */
const consentCookies = async (context) =>
  (await context.cookies())
    .filter((c) => c.name === 'consentry')
    .map((c) => [c.domain, c.path])
    .sort();

describe('a consent cookie planted by a sibling subdomain', () => {
  it('a parent-domain cookie on a longer path grants nothing, and a refusal made again sticks', async () => {
    const context = await browser.newContext();
    const seen = [];
    context.on('request', (r) => r.url().includes('/t/') && seen.push(r.url()));
    try {
      let p = await visit(context, shop + '/shop/');
      await inBanner(p, '[part~=reject]').click();
      const mine = await state(p);
      assert.deepEqual([mine.decided, mine.analytics], [true, false]);
      await p.goto(blog + '/plant-path');
      assert.deepEqual(await consentCookies(context), [
        ['.example.test', '/shop'],
        ['shop.example.test', '/'],
      ]);
      // The planted cookie is sent first on /shop/ (longer path), before the visitor's own.
      const sent = p.waitForRequest((r) => r.url() === shop + '/shop/');
      await p.goto(shop + '/shop/');
      assert.match((await (await sent).allHeaders()).cookie, new RegExp(`^consentry=2\\|1\\|${ATTACKER_ID}.*; consentry=2`));
      await p.waitForFunction(() => window.Consentry);
      // Two records: none stands; the visitor is asked again, and nothing is granted.
      const now = await state(p);
      assert.deepEqual([now.decided, now.analytics], [false, false]);
      await inBanner(p, '[part~=reject]').waitFor();
      assert.notEqual(now.id, ATTACKER_ID);
      // Every variant this page reaches went, the planted one too.
      assert.deepEqual(await eventually(() => consentCookies(context), []), []);
      await inBanner(p, '[part~=reject]').click();
      for (const url of [shop + '/shop/', shop + '/shop/']) {
        p = await visit(context, url);
        const again = await state(p);
        assert.deepEqual([again.decided, again.analytics], [true, false], 'the refusal sticks');
        assert.notEqual(again.id, ATTACKER_ID);
      }
      assert.deepEqual(seen, []);
    } finally {
      await context.close();
    }
  });

  it('a percent-encoded name is not the consent cookie: %5F%5FHost-consentry is not __Host-consentry', async () => {
    const context = await browser.newContext();
    try {
      const p = await visit(context, blog + '/plant-encoded');
      await p.goto(shop + '/shop/host');
      await p.waitForFunction(() => window.Consentry);
      assert.match(await p.evaluate(() => document.cookie), /%5F%5FHost-consentry=/);
      const now = await state(p);
      assert.deepEqual([now.decided, now.analytics], [false, false]);
      await inBanner(p, '[part~=reject]').waitFor();
    } finally {
      await context.close();
    }
  });

  it('over HTTPS, cookie-name="__Host-consentry" cannot be planted at all, and the visitor\'s own decision is kept', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const seen = [];
    context.on('request', (r) => r.url().includes('/t/') && seen.push(r.url()));
    try {
      let p = await visit(context, secureBlog + '/plant-host');
      // The parent-domain attempt is refused by the browser; the host-only one stays on blog.
      assert.deepEqual(
        (await context.cookies()).filter((c) => c.name === '__Host-consentry').map((c) => c.domain),
        ['blog.example.test'],
      );
      await p.goto(secureShop + '/shop/host');
      await p.waitForFunction(() => window.Consentry);
      const first = await state(p);
      assert.deepEqual([first.decided, first.analytics], [false, false], 'nothing planted reaches the shop');
      assert.notEqual(first.id, ATTACKER_ID);
      await inBanner(p, '[part~=reject]').click();
      const own = (await context.cookies()).find((c) => c.name === '__Host-consentry' && c.domain === 'shop.example.test');
      assert.ok(own, 'the shop wrote its own __Host- cookie');
      assert.deepEqual([own.path, own.secure], ['/', true]);
      p = await visit(context, secureShop + '/shop/host');
      const again = await state(p);
      assert.deepEqual([again.decided, again.analytics], [true, false], 'the refusal sticks');
      assert.deepEqual(seen, []);
    } finally {
      await context.close();
    }
  });

  it("the shop's own host-only record is kept when the id it wrote is not known (a record from before, storage cleared)", async () => {
    const context = await browser.newContext();
    try {
      const p = await visit(context, shop + '/shop/');
      const record = granting({ id: 'TheVisitorsOwnIdAbCdEf' });
      await p.evaluate((record) => {
        localStorage.clear();
        document.cookie = `consentry=${record}; path=/`;
      }, record);
      await p.reload();
      await p.waitForFunction(() => window.Consentry);
      const now = await state(p);
      assert.deepEqual([now.decided, now.analytics, now.id], [true, true, 'TheVisitorsOwnIdAbCdEf']);
      // Written back as it was, with its lifetime.
      const [own] = (await context.cookies()).filter((c) => c.name === 'consentry');
      assert.equal(own.domain, 'shop.example.test');
      assert.ok(own.expires > Date.now() / 1000 + 150 * 86400, 'the record keeps its lifetime');
    } finally {
      await context.close();
    }
  });

  it('a planted record does not choose the consent id, before or after the visitor decides', async () => {
    const context = await browser.newContext();
    try {
      const p = await visit(context, blog + '/plant-root');
      await p.goto(shop + '/shop/');
      await p.waitForFunction(() => window.Consentry);
      const first = await state(p);
      assert.notEqual(first.id, ATTACKER_ID);
      // On a browser with no record of its own, the lone planted record grants nothing either:
      // it is not the shop's host-only cookie, so it is no decision, and it is deleted.
      assert.deepEqual([first.decided, first.analytics], [false, false]);
      await inBanner(p, '[part~=reject]').waitFor();
      assert.deepEqual(await consentCookies(context), []);
      await p.evaluate(() => Consentry.showPreferences());
      await inBanner(p, 'dialog[open] [part~=reject]').click();
      const decided = await p.evaluate(() => Consentry.get());
      assert.notEqual(decided.id, ATTACKER_ID);
      assert.doesNotMatch(await p.evaluate(() => document.cookie), new RegExp(ATTACKER_ID));
      // The id the visitor's own write made is the one kept from then on.
      const next = await visit(context, shop + '/shop/');
      assert.equal((await state(next)).id, decided.id);
    } finally {
      await context.close();
    }
  });
});
