// The package as a user installs it: `npm pack`, the tarball installed into an empty folder, and
// `npx consentry-collector` started from there; without its optional embedded database, one
// clean line instead of a stack trace.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from './helpers.mjs';

const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
/** npm, quietly, from the local cache first (the root's `npm ci` filled it with the drivers). */
const npm = (args, cwd) => run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 1 << 24 });

describe('consentry-collector from its packed tarball', { timeout: 600_000 }, () => {
  const children = [];
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) process.kill(-Number(child.pid), 'SIGKILL');
  });

  /** Runs `npx consentry-collector …` in `cwd` (its own process group, so it can be stopped as a whole). */
  const npx = (cwd, args, env = {}) => {
    const child = spawn('npx', ['--no-install', 'consentry-collector', ...args], {
      cwd,
      detached: true,
      env: { ...process.env, DATABASE_URL: '', CONSENTRY_ADMIN_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, stdout: () => stdout, stderr: () => stderr };
  };

  let tarball;
  test('npm pack makes a tarball with the built program, the dashboard’s two files, its README and no sources or tests', async () => {
    const out = tempDir('consentry-pack-');
    const { stdout } = await npm(['pack', '--json', '--pack-destination', out], PACKAGE);
    const [info] = JSON.parse(stdout);
    const files = info.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['README.md', 'dist/consentry-collector.mjs', 'dist/dashboard/app.css', 'dist/dashboard/app.js', 'package.json']);
    tarball = join(out, readdirSync(out)[0]);
  });

  test('installed into an empty folder, `npx consentry-collector --port 0` listens and answers /healthz', async () => {
    const dir = tempDir('consentry-install-');
    await npm(['install', tarball], dir);
    const c = npx(dir, ['--port', '0', '--data', join(dir, 'records')], { CONSENTRY_ADMIN_TOKEN: 'package-test-admin-token-0123456789' });
    const url = await new Promise((resolve, reject) => {
      c.child.stdout.on('data', () => {
        const m = /^listening on (http:\/\/\S+)$/m.exec(c.stdout());
        if (m) resolve(m[1]);
      });
      void c.exited.then((code) => reject(new Error(`exited ${code} before listening: ${c.stderr()}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(url + '/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true, database: 'embedded' });
    // The dashboard's assets come with the package (its browser libraries are bundled in).
    const app = await fetch(url + '/dashboard/app.js');
    assert.equal(app.status, 200);
    assert.match(await app.text(), /customElements\.define\("consent-dashboard"/);
    process.kill(-Number(c.child.pid), 'SIGTERM');
    await c.exited;
  });

  test('installed without optional dependencies, the embedded database is missing: one clean line, exit 1', async () => {
    const dir = tempDir('consentry-install-');
    await npm(['install', '--omit=optional', tarball], dir);
    const c = npx(dir, ['--port', '0', '--data', join(dir, 'records')]);
    assert.equal(await c.exited, 1);
    const lines = c.stderr().trim().split('\n');
    assert.equal(lines.length, 1, c.stderr());
    assert.match(lines[0], /^consentry-collector: the embedded database \(no DATABASE_URL\) needs the package @electric-sql\/pglite, which is not installed/);
    assert.match(lines[0], /npm install @electric-sql\/pglite/);
    assert.doesNotMatch(c.stderr(), /\n\s+at /, 'no stack trace');
    assert.equal(c.stdout(), '');
  });
});
