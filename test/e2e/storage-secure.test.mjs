// The consent cookie's `Secure` flag: set on a page served over HTTPS, not over plain HTTP. The
// page is served over HTTPS from 127.0.0.1 with a certificate made for this run by openssl.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cookieSettled, inBanner, launch, page, ROOT } from './helpers.mjs';

let browser;
let server;
let origin;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = new URL(req.url, 'https://x').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({}));
    // Only the drop-in and its chunks, from dist/.
    const m = /^\/dist\/(consentry\.[\w.-]+\.js|consentry\.js)$/.exec(path);
    if (!m) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(ROOT, 'dist', m[1])));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `https://127.0.0.1:${server.address().port}`;
  browser = await launch(['--ignore-certificate-errors']);
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('on HTTPS the consent cookie is Secure (and SameSite=Lax), written only on a decision', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const p = await context.newPage();
  await p.goto(origin + '/');
  await p.waitForFunction(() => window.Consentry);
  assert.deepEqual(await context.cookies(), []);
  await inBanner(p, '[part~=accept]').click();
  const cookie = await cookieSettled(context);
  assert.ok(cookie, 'the consent cookie is written');
  assert.equal(cookie.secure, true);
  assert.equal(cookie.sameSite, 'Lax');
  // The decision is read back on the next load: no banner.
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  assert.equal(await p.evaluate(() => Consentry.get().decided), true);
  await context.close();
});
