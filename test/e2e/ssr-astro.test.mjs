// The Astro example (docs/examples/ssr-astro/, docs/frameworks.md#astro): built once with
// `astro build` and served by the Node adapter's standalone server on a free loopback port.
// `/` is rendered per request: a first visit has the banner in its HTML (shown with JavaScript
// off), the drop-in adopts it, a returning visitor's HTML has no banner markup. `/static/` is
// prerendered at build time with the hide snippet: the same banner for everyone, taken out
// before the first paint for a visitor who decided.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hideSnippet } from 'consentry/server';
import { launch, ROOT } from './helpers.mjs';
import { adopts, appFiles, DEVICES, firstVisit, freePort, prepare, returning, run, startServer } from './ssr-apps.mjs';

const APP = ROOT + 'docs/examples/ssr-astro';
// The whole app, as docs/frameworks.md#astro shows it (its configuration is docs/examples/ssr/consent.json).
const FILES = [
  'docs/examples/ssr-astro/astro.config.mjs',
  'docs/examples/ssr-astro/package.json',
  'docs/examples/ssr-astro/src/layouts/Page.astro',
  'docs/examples/ssr-astro/src/pages/index.astro',
  'docs/examples/ssr-astro/src/pages/static.astro',
];
const ASTRO = ROOT + 'node_modules/.bin/astro';
let browser;
let server;
let origin;

before(
  async () => {
    prepare(APP, 'dist');
    const build = await run(ASTRO, ['build'], { cwd: APP });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = await startServer('node', ['dist/server/entry.mjs'], { cwd: APP, origin, env: { HOST: '127.0.0.1', PORT: String(port) } });
    console.log(`ssr-astro: astro build ${(build / 1000).toFixed(1)} s, server start ${(server.ms / 1000).toFixed(1)} s`);
    browser = await launch();
  },
  { timeout: 300_000 },
);
after(async () => {
  await browser?.close();
  await server?.close();
});

it('the app is the files the docs show', () => assert.deepEqual(appFiles(APP), FILES));

describe('the Astro example, rendered per request', () => {
  let accepted;

  it('a first visit: the banner is in the HTML, kept out of shared caches, and shown with JavaScript off', () => firstVisit(browser, origin + '/'));

  it('desktop: the drop-in adopts the banner (the same nodes in the top layer, no redraw, no layout shift), and Reject all decides', () =>
    adopts(browser, origin + '/', { device: DEVICES.desktop, button: 'reject' }));

  it('phone: the same, and Accept all decides', async () => {
    accepted = await adopts(browser, origin + '/', { device: DEVICES.phone, button: 'accept' });
  });

  it('a returning visitor: no banner markup in the HTML, and none drawn', () => returning(browser, origin + '/', accepted));
});

describe('the Astro example, prerendered at build time', () => {
  let accepted;

  it('the built page has the banner and the hide snippet, whose CSP hash is the one in the docs', async () => {
    const file = readFileSync(APP + '/dist/client/static/index.html', 'utf8');
    const snippet = hideSnippet(JSON.parse(readFileSync(ROOT + 'docs/examples/ssr/consent.json', 'utf8')));
    assert.ok(file.includes(snippet), 'the hide snippet');
    const hash = `'sha256-${createHash('sha256')
      .update(/^<script>(.*)<\/script>$/.exec(snippet)[1])
      .digest('base64')}'`;
    assert.ok(readFileSync(ROOT + 'docs/frameworks.md', 'utf8').includes(hash), hash);
    await firstVisit(browser, origin + '/static/', { cacheControl: null });
  });

  it('a first visit: the drop-in adopts the banner', async () => {
    accepted = await adopts(browser, origin + '/static/', { device: DEVICES.phone, button: 'accept' });
  });

  it('a returning visitor: the snippet takes the banner out before the parser ends, and the drop-in draws none', () =>
    returning(browser, origin + '/static/', accepted, { html: false }));
});
