// The command line: flags, the `listening on` line, admin off without a token, graceful
// shutdown, retention.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN, CLI, getJson, post, receipt, startCollector, storedIds, tempDir } from './helpers.mjs';

const run = (args, env = {}) =>
  new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error?.code ?? 0, stdout, stderr }),
    ),
  );

describe('consentry-collector command line', { timeout: 600_000 }, () => {
  test('bad flags exit non-zero with a usage line, before touching a database', async () => {
    for (const args of [
      ['--bogus'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--retention-days', '0'],
      ['--retention-days', '-5'],
      ['--allow-origin', 'https://shop.example/path'],
      ['--allow-origin', 'shop.example'],
      ['positional'],
      ['--port'],
      ['--require-origin=yes'],
    ]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(
        r.stderr,
        /^usage: consentry-collector \[--port 8787\] \[--host 127\.0\.0\.1\] \[--data DIR\] \[--allow-origin ORIGIN\]… \[--require-origin\] \[--retention-days N\]$/m,
        args.join(' '),
      );
    }
    const both = await run(['--data', '/tmp/x'], { DATABASE_URL: 'postgres://nowhere/db' });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /either --data .* or DATABASE_URL/);
    // A guessable admin token: refused before the database is opened, saying why.
    for (const token of ['1', 'x'.repeat(31)]) {
      const short = await run(['--data', '/nonexistent/never-created'], { CONSENTRY_ADMIN_TOKEN: token });
      assert.equal(short.code, 2, token);
      assert.match(short.stderr, new RegExp(`CONSENTRY_ADMIN_TOKEN must be at least 32 characters \\(it has ${token.length}\\)`));
      assert.match(short.stderr, /guessed/);
    }
    for (const [name, value] of [
      ['CONSENTRY_MAX_CONNECTIONS', '0'],
      ['CONSENTRY_REQUEST_TIMEOUT', 'soon'],
    ]) {
      const bad = await run([], { [name]: value });
      assert.equal(bad.code, 2, name);
      assert.match(bad.stderr, new RegExp(`${name} must be a whole number`));
    }
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: consentry-collector/);
  });

  const data = tempDir();
  let c;
  after(() => c?.stop());

  test('--port 0 picks a free port and logs `listening on http://HOST:PORT`; admin endpoints are off without a token', async () => {
    c = await startCollector({ data }, { env: { CONSENTRY_ADMIN_TOKEN: '' } });
    assert.match(c.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(c.url, 'http://127.0.0.1:0');
    for (const path of ['/export', '/stats', '/verify']) {
      const a = await getJson(c.url + path, ADMIN);
      assert.equal(a.status, 404, path);
      assert.equal(a.json.error, 'admin_off');
      assert.match(a.json.message, /CONSENTRY_ADMIN_TOKEN/);
    }
  });

  test('SIGTERM finishes the request in flight, then exits 0', async () => {
    const r = receipt();
    const body = JSON.stringify(r);
    const u = new URL(c.url);
    const answer = new Promise((resolve, reject) => {
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          path: '/receipts',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 40));
      // The rest of the body is sent after the signal.
      setTimeout(() => {
        c.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(40)), 300);
      }, 100);
    });
    const a = await answer;
    assert.equal(a.status, 201);
    assert.deepEqual(await c.exited, { code: 0, signal: null });
    c = await startCollector({ data });
    assert.deepEqual(await storedIds(c.url), [r.receipt]);
  });

  test('retention: rows older than --retention-days are deleted and the deletion is recorded in the chain', async () => {
    const young = receipt();
    assert.equal((await post(c.url, young)).status, 201);
    await c.stop();
    // The same records, with the collector's clock 3 days ahead and a retention of 2 days.
    c = await startCollector(
      { data },
      {
        args: ['--retention-days', '2'],
        env: { NODE_OPTIONS: `--import=${fileURLToPath(new URL('clock-shift.mjs', import.meta.url))}`, CLOCK_SHIFT_DAYS: '3' },
      },
    );
    let rows = [];
    for (let i = 0; i < 100 && !rows.some((r) => r.kind === 'retention'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = (await (await fetch(c.url + '/export', { headers: ADMIN })).text())
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    }
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['retention'],
    );
    assert.equal(rows[0].record.removed, 2, 'the two receipts');
    assert.equal((await getJson(`${c.url}/consents/${young.id}`)).status, 404);
    const later = receipt();
    assert.equal((await post(c.url, later)).status, 201);
    assert.deepEqual(await storedIds(c.url), [later.receipt]);
    assert.equal((await getJson(c.url + '/verify', ADMIN)).json.ok, true);
  });

  test('a process the tests’ helper started keeps running past the helper’s deadline for listening (it once killed a slow /stats bench)', async () => {
    // A stand-in that says it listens at once, so the deadline can be short whatever the load.
    const cli = join(tempDir(), 'listens.mjs');
    writeFileSync(cli, "console.log('listening on http://127.0.0.1:9'); setInterval(() => {}, 1000);\n");
    const started = Date.now();
    const c = await startCollector({ data: tempDir() }, { cli, listenTimeout: 3000 });
    try {
      await new Promise((r) => setTimeout(r, started + 3500 - Date.now()));
      assert.equal(c.child.exitCode, null);
      assert.equal(c.child.signalCode, null, 'not killed');
    } finally {
      await c.stop();
    }
  });
});
