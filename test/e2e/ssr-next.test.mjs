// The Next.js App Router example (docs/examples/ssr-next/, docs/frameworks.md#nextjs-app-router):
// built once with `next build`, served by `next start` on a free loopback port. A first visit has
// the banner in its HTML (shown with JavaScript off), the drop-in adopts it (the same nodes, no
// layout shift, no redraw, the same events), and a returning visitor's HTML has no banner markup.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ROOT } from './helpers.mjs';
import { adopts, appFiles, DEVICES, firstVisit, freePort, prepare, returning, run, startServer } from './ssr-apps.mjs';

const APP = ROOT + 'docs/examples/ssr-next';
// The whole app, as docs/frameworks.md#nextjs-app-router shows it (its configuration is docs/examples/ssr/consent.json).
const FILES = ['docs/examples/ssr-next/app/layout.jsx', 'docs/examples/ssr-next/app/page.jsx', 'docs/examples/ssr-next/package.json'];
const NEXT = ROOT + 'node_modules/.bin/next';
let browser;
let server;
let origin;

before(
  async () => {
    prepare(APP, '.next');
    const build = await run(NEXT, ['build'], { cwd: APP });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = await startServer(NEXT, ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: APP, origin });
    console.log(`ssr-next: next build ${(build / 1000).toFixed(1)} s, next start ${(server.ms / 1000).toFixed(1)} s`);
    browser = await launch();
  },
  { timeout: 300_000 },
);
after(async () => {
  await browser?.close();
  await server?.close();
});

it('the app is the files the docs show', () => assert.deepEqual(appFiles(APP), FILES));

describe('the Next.js App Router example', () => {
  let accepted;

  it('a first visit: the banner is in the HTML, kept out of shared caches, and shown with JavaScript off', () => firstVisit(browser, origin + '/'));

  it('desktop: the drop-in adopts the banner (the same nodes in the top layer, no redraw, no layout shift), and Reject all decides', () =>
    adopts(browser, origin + '/', { device: DEVICES.desktop, button: 'reject' }));

  it('phone: the same, and Accept all decides', async () => {
    accepted = await adopts(browser, origin + '/', { device: DEVICES.phone, button: 'accept' });
  });

  it('a returning visitor: no banner markup in the HTML, and none drawn', () => returning(browser, origin + '/', accepted));
});
