// An app that imports `consentry` and is bundled by esbuild and by webpack: the lazily loaded
// parts must come from the app's own output (split by the bundler), not from next to a
// `consentry.js` that the app does not have. Uses dist/, so build first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import webpack from 'webpack';
import { serve } from '../../scripts/serve.mjs';
import { inBanner, launch, ROOT, watchConsole } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'consentry-app-'));
const html = readFileSync(new URL('../bundlers/index.html', import.meta.url), 'utf8');
let browser;
let server;
let origin;
const hits = [];

/** The app's sources, with `consentry` installed as a package would be (a link to this repository). */
function app() {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'consentry'));
  writeFileSync(join(dir, 'app.js'), readFileSync(new URL('../bundlers/app.js', import.meta.url)));
  writeFileSync(join(dir, 'tracker.js'), 'window.trackerRan = true;');
}

const BUNDLERS = {
  async esbuild(out) {
    await build({ entryPoints: [join(dir, 'app.js')], bundle: true, splitting: true, format: 'esm', outdir: out, minify: true, logLevel: 'silent' });
  },
  async webpack(out) {
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: './app.js',
      output: { path: out, filename: 'app.js', publicPath: 'auto' },
      experiments: { outputModule: true },
      infrastructureLogging: { level: 'error' },
    });
    const stats = await new Promise((ok, fail) => compiler.run((e, s) => (e ? fail(e) : ok(s))));
    await new Promise((ok) => compiler.close(ok));
    assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  },
};

before(async () => {
  app();
  for (const [name, bundle] of Object.entries(BUNDLERS)) {
    const out = join(dir, name);
    await bundle(out);
    writeFileSync(join(out, 'index.html'), html);
  }
  browser = await launch();
  server = await serve({ root: dir, route: (req, res) => (hits.push(req.url), req.url === '/favicon.ico' && !!res.writeHead(204).end()) });
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? (server.close(ok), server.closeAllConnections()) : ok()));
  rmSync(dir, { recursive: true, force: true });
});

for (const name of Object.keys(BUNDLERS))
  describe(`an app bundled by ${name}`, () => {
    it('splits the lazy parts into its own files', () => {
      const files = readdirSync(join(dir, name)).filter((f) => f.endsWith('.js'));
      assert.ok(files.length > 10, files.join(' '));
    });

    it('shows the banner in German, opens the dialog and gates, loading the parts from its own output', async () => {
      hits.length = 0;
      const context = await browser.newContext();
      const p = await context.newPage();
      const log = watchConsole(p);
      await p.goto(`${origin}/${name}/index.html`);
      await p.waitForFunction(() => window.appReady);
      // The German texts are a part of their own (a language file of the drop-in).
      await inBanner(p, '[part~=accept]').waitFor();
      assert.equal(await inBanner(p, '[part~=accept]').textContent(), 'Alle akzeptieren');
      await p.click('#settings');
      await inBanner(p, 'dialog').waitFor();
      assert.match(await inBanner(p, 'dialog').textContent(), /Alle ablehnen/);
      assert.equal(await p.evaluate(() => window.trackerRan), undefined, 'nothing runs before consent');
      await inBanner(p, 'dialog [part~=accept]').click();
      await p.waitForFunction(() => window.trackerRan);
      assert.deepEqual(log.errors, [], hits.join(' '));
      assert.deepEqual(log.pageErrors, []);
      const wrong = hits.filter(
        (h) => /consentry\.[\w.-]+\.js|\/tracker\.js.*404/.test(h) || (!h.startsWith(`/${name}/`) && !/^\/(tracker\.js|favicon\.ico)$/.test(h)),
      );
      assert.deepEqual(wrong, [], 'every file comes from the app output');
      await context.close();
    });
  });
