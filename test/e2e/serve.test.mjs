// The test and demo server serves its root and nothing beside it, whatever the request path.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

let dir;
let server;

/** GETs a raw path (not normalised by a URL parser on this side). */
const fetchRaw = (path) =>
  new Promise((ok, fail) =>
    get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode, body }));
    }).on('error', fail),
  );

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'main'));
  mkdirSync(join(dir, 'main-x'));
  writeFileSync(join(dir, 'main', 'ok.txt'), 'inside');
  writeFileSync(join(dir, 'main-x', 'secret.txt'), 'sibling secret');
  writeFileSync(join(dir, 'top.txt'), 'parent secret');
  server = await serve({ root: join(dir, 'main') });
});

after(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves a file inside its root', async () => {
    assert.deepEqual(await fetchRaw('/ok.txt'), { status: 200, body: 'inside' });
  });

  for (const path of ['/..%2fmain-x/secret.txt', '/..%2Fmain-x%2Fsecret.txt', '/..%2ftop.txt', '/%2e%2e%2fmain-x/secret.txt', '/../main-x/secret.txt'])
    it(`does not serve a sibling or parent folder: ${path}`, async () => {
      const r = await fetchRaw(path);
      assert.equal(r.status, 404);
      assert.doesNotMatch(r.body, /secret/);
    });
});
