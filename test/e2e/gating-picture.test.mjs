// A gated <img> inside a gated <picture> of another category: both must be granted before anything loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const PAGES = {
  '/picture.html': page({
    body: `<picture data-consent="analytics"><source data-srcset="/t/wide.png" media="(min-width: 1px)"><img data-consent="advertising" data-src="/t/img.png" alt="" width="10" height="10"></picture>`,
  }),
};

const web = testSite(PAGES);

for (const first of ['analytics', 'advertising'])
  test(`granting ${first} alone loads nothing; granting both loads the picture`, async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    const seen = [];
    p.on('request', (r) => r.url().includes('/t/') && seen.push(new URL(r.url()).pathname.slice(3)));
    await p.goto(web.server.origin + '/picture.html');
    await p.waitForFunction(() => window.Consentry);
    await p.evaluate((c) => window.Consentry.set({ [c]: true }), first);
    await p.waitForTimeout(400);
    assert.deepEqual(seen, []);
    await p.evaluate(() => window.Consentry.acceptAll());
    assert.deepEqual(await eventually(() => seen.length > 0, true), true);
    await context.close();
  });
