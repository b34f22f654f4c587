// The Next.js App Router example (docs/examples/ssr-next/, docs/frameworks.md#nextjs-app-router):
// built once with `next build`, served by `next start` on a free loopback port. A first visit has
// the banner in its HTML (shown with JavaScript off), the drop-in adopts it (the same nodes, no
// layout shift, no redraw, the same events), and a returning visitor's HTML has no banner markup.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, launch, ROOT, watchConsole } from './helpers.mjs';
import { bannerState, freePort, prepare, probe, run, settle, startServer } from './ssr-apps.mjs';

const APP = ROOT + 'docs/examples/ssr-next';
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

/** The `consentry` cookie a visitor gets by clicking Accept all, read from the browser. */
let accepted;

describe('the Next.js App Router example', () => {
  it('a first visit: the banner is in the HTML, kept out of shared caches, and shown with JavaScript off', async () => {
    const res = await fetch(origin + '/');
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control'), /private/);
    assert.match(html, /<consent-banner lang="en" dir="ltr"><template shadowrootmode="open"><style>/);
    assert.match(html, /<h2 part="title" id="title">Cookies on example.com<\/h2>/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(origin + '/');
      assert.equal(await inBanner(p, '[part=title]').textContent(), 'Cookies on example.com');
      assert.ok(await inBanner(p, '[part~=accept]').isVisible());
    } finally {
      await context.close();
    }
  });

  for (const [name, device] of [
    ['desktop', { viewport: { width: 1350, height: 940 } }],
    ['phone', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ])
    it(`${name}: the drop-in adopts the banner (the same nodes in the top layer, no redraw, no layout shift), and its buttons decide`, async () => {
      const context = await browser.newContext(device);
      try {
        await context.addInitScript(probe);
        const p = await context.newPage();
        const { errors, pageErrors } = watchConsole(p);
        await p.goto(origin + '/');
        await p.waitForFunction(() => window.Consentry);
        await settle(p);
        assert.deepEqual(await bannerState(p), { same: true, open: true, mutations: 0, shifts: [], banners: 1 });
        // The keyboard reaches the buttons, and they decide.
        const button = name === 'desktop' ? 'reject' : 'accept';
        await inBanner(p, `[part~=${button}]`).focus();
        await p.keyboard.press('Enter');
        await p.waitForFunction(() => window.events.some(([t]) => t === 'consent-change'));
        const granted = button === 'accept';
        const categories = { necessary: true, analytics: granted, advertising: granted };
        assert.deepEqual(await p.evaluate(() => window.events), [
          ['consent-ready', { necessary: true, analytics: false, advertising: false }],
          ['consent-change', categories],
        ]);
        assert.equal(await inBanner(p, '[part=banner]').count(), 0, 'the banner is gone');
        assert.deepEqual(errors, []);
        assert.deepEqual(pageErrors, []);
        if (granted) accepted = (await context.cookies()).find((c) => c.name === 'consentry');
      } finally {
        await context.close();
      }
    });

  it('a returning visitor: no banner markup in the HTML, and none drawn', async () => {
    assert.ok(accepted, 'the phone test accepted');
    const html = await (await fetch(origin + '/', { headers: { cookie: `consentry=${accepted.value}` } })).text();
    assert.match(html, /<h1>Shop<\/h1>/);
    assert.doesNotMatch(html, /<consent-banner|shadowrootmode/);
    const context = await browser.newContext();
    try {
      await context.addCookies([accepted]);
      await context.addInitScript(probe);
      const p = await context.newPage();
      await p.goto(origin + '/');
      await p.waitForFunction(() => window.Consentry);
      await settle(p);
      assert.deepEqual(await p.evaluate(() => [window.ssrPanel, window.events, window.shifts]), [
        null,
        [['consent-ready', { necessary: true, analytics: true, advertising: true }]],
        [],
      ]);
      assert.equal(await inBanner(p, '[part=banner]').count(), 0);
    } finally {
      await context.close();
    }
  });
});
