// Global Privacy Control and Do Not Track in every mode, opt-out mode, notice mode and the
// <consent-opt-out> element, as a visitor (and the network) sees them.
/* global changes -- set on window by the pages below */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, cookieSettled, inBanner, page, testSite } from './helpers.mjs';

const PIXELS = '<img data-consent="advertising" data-src="/ad.gif" alt=""><img data-consent="analytics" data-src="/stats.gif" alt="">';
const FOOTER = '<footer><consent-opt-out></consent-opt-out></footer>';
const cfg = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: { analytics: {}, advertising: {}, partners: { label: 'Partner offers', saleOrShare: true } },
})}</script>`;

const gif = { body: 'GIF89a', type: 'image/gif' };
const web = testSite({
  '/ad.gif': gif,
  '/stats.gif': gif,
  '/opt-in': page({ body: PIXELS + FOOTER }),
  '/opt-out': page({ attrs: 'data-mode="opt-out"', body: PIXELS + FOOTER }),
  '/notice': page({ attrs: 'data-mode="notice"', body: PIXELS + FOOTER }),
  '/opt-out-dnt': page({ attrs: 'data-mode="opt-out" data-honor-dnt="true"', body: PIXELS + FOOTER }),
  '/opt-out-no-gpc': page({ attrs: 'data-mode="opt-out" data-honor-gpc="false"', body: PIXELS + FOOTER }),
  '/de': page({ lang: 'de', attrs: 'data-mode="opt-out"', body: FOOTER }),
  '/partners': `<!doctype html><html lang="en"><head><title>t</title>${cfg}<script src="/dist/consentry.js" data-config="#cfg" data-mode="opt-out"></script></head>
    <body><main>x</main>${FOOTER}</body></html>`,
});

/** A browser context whose navigator sends the given signals. */
async function visitor({ gpc, dnt } = {}) {
  const context = await web.browser.newContext();
  await context.addInitScript(
    ({ gpc, dnt }) => {
      if (gpc !== undefined) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => gpc, configurable: true });
      if (dnt !== undefined) Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => dnt, configurable: true });
      window.changes = [];
      document.addEventListener('consent-change', (e) => changes.push({ source: e.detail.source, changed: e.detail.changed }));
    },
    { gpc, dnt },
  );
  return context;
}

async function open(context, path) {
  const opened = await web.open(path, { context });
  await opened.p.waitForLoadState('load');
  return { ...opened, hits: () => opened.hits().map((h) => new URL(h, 'http://x').pathname) };
}

const state = (p) => p.evaluate(() => ({ ...Consentry.get().categories, gpc: Consentry.get().gpc, decided: Consentry.get().decided }));
const bannerShown = async (p) => (await inBanner(p, '[part~=banner]').count()) > 0;
const cookie = async (context) => (await context.cookies()).find((c) => c.name === 'consentry');
const optOut = (p) => p.locator('consent-opt-out').locator('[part=button], [part=status]');

describe('Global Privacy Control', () => {
  it('opt-in mode, GPC on: the banner still asks; advertising stays refused after "Accept all"', async () => {
    const context = await visitor({ gpc: true });
    const { p, hits } = await open(context, '/opt-in');
    assert.deepEqual(await state(p), { necessary: true, analytics: false, advertising: false, gpc: true, decided: false });
    assert.ok(await bannerShown(p));
    assert.equal(await cookie(context), undefined, 'nothing written before a decision');
    assert.equal((await optOut(p).textContent()).trim(), "Opt-out request honoured: your browser's Global Privacy Control signal");
    await inBanner(p, 'button[part~=accept]').click();
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, gpc: true, decided: true });
    await p.waitForFunction(() => document.querySelector('img[src="/stats.gif"]'));
    assert.ok(!hits().includes('/ad.gif'));
    // The preferences dialog says why.
    await p.evaluate(() => Consentry.showPreferences());
    assert.ok((await inBanner(p, 'dialog').textContent()).includes('Opt-out request honoured'));
    await context.close();
  });

  it('opt-in mode, GPC on: an explicit opt-in for this site is respected, also after a reload', async () => {
    const context = await visitor({ gpc: true });
    const { p } = await open(context, '/opt-in');
    await p.evaluate(() => Consentry.set({ analytics: true, advertising: true }));
    assert.equal((await state(p)).advertising, true);
    const again = await open(context, '/opt-in');
    assert.deepEqual(await state(again.p), { necessary: true, analytics: true, advertising: true, gpc: true, decided: true });
    assert.deepEqual(await again.p.evaluate(() => changes), []);
    await again.p.waitForFunction(() => document.querySelector('img[src="/ad.gif"]'));
    await context.close();
  });

  it('opt-in mode, GPC off: "Accept all" grants advertising', async () => {
    const context = await visitor({ gpc: false });
    const { p } = await open(context, '/opt-in');
    await inBanner(p, 'button[part~=accept]').click();
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: true, gpc: false, decided: true });
    assert.equal((await optOut(p).textContent()).trim(), 'Do not sell or share my personal information');
    await context.close();
  });

  it('a stored acceptance made without the signal is overridden when GPC arrives, without a pop-up, as a "gpc" decision', async () => {
    for (const path of ['/opt-in', '/opt-out', '/notice']) {
      const plain = await visitor({ gpc: false });
      const { p } = await open(plain, path);
      await p.evaluate(() => Consentry.acceptAll());
      const stored = [await cookieSettled(plain)];
      await plain.close();
      const context = await visitor({ gpc: true });
      await context.addCookies(stored);
      const { p: q, hits } = await open(context, path);
      assert.deepEqual(await state(q), { necessary: true, analytics: true, advertising: false, gpc: true, decided: true }, path);
      assert.ok(!(await bannerShown(q)), path);
      assert.deepEqual(await q.evaluate(() => changes), [{ source: 'gpc', changed: [] }], path);
      assert.ok(!hits().includes('/ad.gif'), path);
      // Recorded once: the next page view has nothing to change.
      const again = await open(context, path);
      assert.deepEqual(await again.p.evaluate(() => changes), [], path);
      assert.equal((await state(again.p)).advertising, false, path);
      await context.close();
    }
  });

  it('opt-out mode, GPC on: no banner; the refusal is recorded (source gpc) and persists; analytics runs', async () => {
    const context = await visitor({ gpc: true });
    const { p, hits } = await open(context, '/opt-out');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, gpc: true, decided: true });
    assert.ok(!(await bannerShown(p)));
    assert.deepEqual(await p.evaluate(() => changes), [{ source: 'gpc', changed: [] }]);
    assert.ok(await cookieSettled(context), 'the GPC decision is stored');
    await p.waitForFunction(() => document.querySelector('img[src="/stats.gif"]'));
    assert.ok(!hits().includes('/ad.gif'));
    assert.equal((await optOut(p).textContent()).trim(), "Opt-out request honoured: your browser's Global Privacy Control signal");
    const again = await open(context, '/opt-out');
    assert.deepEqual(await again.p.evaluate(() => changes), []);
    assert.ok(!(await bannerShown(again.p)));
    assert.ok(!again.hits().includes('/ad.gif'));
    await context.close();
  });

  it('opt-out mode, GPC off: optional categories run until the visitor opts out; the opt-out persists across reloads', async () => {
    const context = await visitor({ gpc: false });
    const { p, hits } = await open(context, '/opt-out');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: true, gpc: false, decided: false });
    assert.ok(await bannerShown(p));
    assert.equal((await inBanner(p, 'button[part~=reject]').textContent()).trim(), 'Do not sell or share my personal information');
    await p.waitForFunction(() => document.querySelector('img[src="/ad.gif"]'));
    assert.ok(hits().includes('/ad.gif') && hits().includes('/stats.gif'));
    assert.equal(await cookie(context), undefined, 'nothing written before a decision');
    await inBanner(p, 'button[part~=reject]').click();
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, gpc: false, decided: true });
    assert.deepEqual(await p.evaluate(() => changes), [{ source: 'banner', changed: ['advertising'] }]);
    const again = await open(context, '/opt-out');
    assert.deepEqual(await state(again.p), { necessary: true, analytics: true, advertising: false, gpc: false, decided: true });
    assert.ok(!(await bannerShown(again.p)));
    assert.ok(!again.hits().includes('/ad.gif'));
    assert.ok(again.hits().includes('/stats.gif'));
    assert.equal((await optOut(again.p).textContent()).trim(), 'Opt-out request honoured: we do not sell or share your personal information');
    await context.close();
  });

  it('notice mode: GPC refuses advertising without a pop-up of its own; without GPC everything is granted', async () => {
    const on = await visitor({ gpc: true });
    const a = await open(on, '/notice');
    assert.deepEqual(await state(a.p), { necessary: true, analytics: true, advertising: false, gpc: true, decided: true });
    await a.p.waitForFunction(() => document.querySelector('img[src="/stats.gif"]'));
    assert.ok(!a.hits().includes('/ad.gif'));
    assert.deepEqual(await a.p.evaluate(() => changes), []);
    assert.equal(await cookie(on), undefined);
    await on.close();
    const off = await visitor({ gpc: false });
    const b = await open(off, '/notice');
    assert.deepEqual(await state(b.p), { necessary: true, analytics: true, advertising: true, gpc: false, decided: true });
    await b.p.waitForFunction(() => document.querySelector('img[src="/ad.gif"]'));
    await off.close();
  });

  it('honor-gpc="false" ignores the signal, but the snapshot still reports it', async () => {
    const context = await visitor({ gpc: true });
    const { p } = await open(context, '/opt-out-no-gpc');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: true, gpc: true, decided: false });
    assert.deepEqual(await p.evaluate(() => changes), []);
    await context.close();
  });

  it('a saleOrShare category is refused with advertising; analytics is not', async () => {
    const context = await visitor({ gpc: true });
    const { p } = await open(context, '/partners');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, partners: false, gpc: true, decided: true });
    await context.close();
  });
});

describe('Do Not Track', () => {
  it('ignored by default (honor-dnt="false")', async () => {
    const context = await visitor({ dnt: '1' });
    const { p } = await open(context, '/opt-out');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: true, gpc: false, decided: false });
    await context.close();
  });

  it("with honor-dnt, DNT=1 acts like GPC (the snapshot's gpc stays false)", async () => {
    const context = await visitor({ dnt: '1' });
    const { p, hits } = await open(context, '/opt-out-dnt');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, gpc: false, decided: true });
    assert.deepEqual(await p.evaluate(() => changes), [{ source: 'gpc', changed: [] }]);
    assert.ok(!(await bannerShown(p)));
    assert.ok(!hits().includes('/ad.gif'));
    assert.equal((await optOut(p).textContent()).trim(), "Opt-out request honoured: your browser's Do Not Track signal");
    await context.close();
  });

  it('with honor-dnt, DNT=0 changes nothing', async () => {
    const context = await visitor({ dnt: '0' });
    const { p } = await open(context, '/opt-out-dnt');
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: true, gpc: false, decided: false });
    await context.close();
  });
});

describe('<consent-opt-out>', () => {
  it('refuses advertising and saleOrShare categories (source opt-out), then says so and takes focus; it persists', async () => {
    const context = await visitor({ gpc: false });
    const { p, log } = await open(context, '/partners');
    const button = p.getByRole('button', { name: 'Do not sell or share my personal information' });
    // The banner's and the footer's: the footer's is the one in <consent-opt-out>.
    const footer = p.locator('consent-opt-out').getByRole('button');
    assert.equal(await footer.textContent().then((t) => t.trim()), 'Do not sell or share my personal information');
    assert.equal(await button.count(), 2);
    assert.deepEqual(await axe(p, 'consent-opt-out'), []);
    await footer.focus();
    await p.keyboard.press('Enter');
    assert.deepEqual(await p.evaluate(() => changes), [{ source: 'opt-out', changed: ['advertising', 'partners'] }]);
    assert.deepEqual(await state(p), { necessary: true, analytics: true, advertising: false, partners: false, gpc: false, decided: true });
    const status = p.locator('consent-opt-out').getByRole('status');
    assert.equal((await status.textContent()).trim(), 'Opt-out request honoured: we do not sell or share your personal information');
    assert.ok(await status.evaluate((el) => el.getRootNode().activeElement === el), 'focus moves to the status');
    assert.deepEqual(await axe(p, 'consent-opt-out'), []);
    const again = await open(context, '/partners');
    assert.equal(
      (await again.p.locator('consent-opt-out').getByRole('status').textContent()).trim(),
      'Opt-out request honoured: we do not sell or share your personal information',
    );
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('speaks the UI language', async () => {
    const context = await visitor({ gpc: false });
    const { p } = await open(context, '/de');
    await p.locator('consent-opt-out').getByRole('button', { name: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben' }).click();
    assert.equal(
      (await p.locator('consent-opt-out').getByRole('status').textContent()).trim(),
      'Widerspruch berücksichtigt: Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht weiter',
    );
    await context.close();
  });

  it('works in opt-in mode too: before a decision it offers the opt-out', async () => {
    const context = await visitor({ gpc: false });
    const { p } = await open(context, '/opt-in');
    await p.locator('consent-opt-out').getByRole('button').click();
    assert.deepEqual(await p.evaluate(() => changes), [{ source: 'opt-out', changed: [] }]);
    assert.deepEqual(await state(p), { necessary: true, analytics: false, advertising: false, gpc: false, decided: true });
    await context.close();
  });
});
