// Markup a visitor wrote cannot make a click decide: the banner (every layout) and the dialog are
// in the top layer, above any z-index, and for a moment after they appear they ignore the second
// click of a double click, so that a double click on a page-sized `data-consent-open` link does not
// land on "Accept all".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, inBanner, page, testSite } from './helpers.mjs';

/** A visitor's comment: a page-sized opener and a layer at the highest z-index. */
const OPENER = '<a href="#" data-consent-open style="position:fixed;inset:0;z-index:2147483647;background:#f003">Win a prize: click twice!</a>';
const LAYER = '<div id="layer" style="position:fixed;inset:0;z-index:2147483647;background:#00f3"><button>Accept all</button></div>';

const web = testSite({
  // The bar at the top, clear of where the dialog's buttons appear.
  '/opener': page({ attrs: 'data-policy-url="/privacy" data-position="top"', body: OPENER }),
  ...Object.fromEntries(
    [
      ['bar', ''],
      ['box', 'data-position="bottom-right"'],
      ['modal', ''],
    ].map(([layout, attrs]) => [`/layer-${layout}`, page({ attrs: `data-layout="${layout}" ${attrs}`, body: LAYER })]),
  ),
});

const open = (path) => web.open(path, { contextOptions: { viewport: { width: 1024, height: 768 } }, ready: false });

/** The centre of each button in `selector`, and the element the page finds there (through shadow roots). */
const hits = (p, selector) =>
  p.evaluate((selector) => {
    const root = document.querySelector('consent-banner').shadowRoot;
    return [...root.querySelectorAll(selector)].map((b) => {
      const r = b.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      let el = document.elementFromPoint(x, y);
      while (el?.shadowRoot?.elementFromPoint(x, y) && el.shadowRoot.elementFromPoint(x, y) !== el) el = el.shadowRoot.elementFromPoint(x, y);
      return { name: b.textContent.trim() || b.ariaLabel, found: !!el && b.contains(el), at: el?.outerHTML.slice(0, 80), x, y };
    });
  }, selector);

describe('the top layer', () => {
  for (const layout of ['bar', 'box', 'modal']) {
    it(`a fixed layer at the highest z-index cannot cover the ${layout} banner or the dialog`, async () => {
      const { p, context } = await open('/layer-' + layout);
      try {
        await inBanner(p, '[part~=banner]').waitFor();
        const banner = await hits(p, '[part~=actions] button');
        assert.equal(banner.length, 3);
        for (const b of banner) assert.ok(b.found, `${b.name}: ${b.at}`);
        // The dialog, opened from the banner.
        await inBanner(p, '[part~=preferences]').click();
        await inBanner(p, 'dialog[open][part=dialog]').waitFor();
        const dialog = await hits(p, '[part=dialog] button');
        assert.ok(dialog.length >= 4);
        for (const b of dialog) assert.ok(b.found, `${b.name}: ${b.at}`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the click guard', () => {
  it('the second click of a double click on a page-sized opener grants nothing; a click after a moment works', async () => {
    // On a loaded machine the test's second click can come later than a visitor's would: such an
    // attempt tests nothing, and is made again in a new page.
    for (let attempt = 1; ; attempt++) {
      const { p, context } = await open('/opener');
      try {
        await inBanner(p, '[part~=banner]').waitFor();
        // Where the dialog's "Accept all" appears: open it once with the keyboard, and close it.
        await p.locator('[data-consent-open]').focus();
        await p.keyboard.press('Enter');
        await inBanner(p, 'dialog[open]').waitFor();
        const [accept] = await hits(p, 'dialog [part~=accept]');
        await p.keyboard.press('Escape');
        await inBanner(p, '[part=dialog]').waitFor({ state: 'detached' });
        await p.evaluate(() => {
          window.changes = [];
          window.clicks = [];
          document.addEventListener('consent-change', (e) => window.changes.push(e.detail.source));
          document.addEventListener('consent-ui', (e) => e.detail.view === 'preferences' && (window.shown = e.timeStamp));
          addEventListener('click', (e) => window.clicks.push(e.timeStamp), true);
        });

        // The visitor double-clicks on the comment, where "Accept all" is about to appear. The
        // browser counts the second press at the same spot as the second click of a double click
        // (`detail` 2), which is what the test's second press says it is.
        await p.mouse.click(accept.x, accept.y);
        await p.waitForFunction(() => document.querySelector('consent-banner').shadowRoot.querySelector('dialog[open]'), null, { polling: 'raf' });
        await p.mouse.down({ clickCount: 2 });
        await p.mouse.up({ clickCount: 2 });
        if (await p.evaluate(() => window.clicks[1] - window.shown > 400)) {
          assert.ok(attempt < 5, 'the machine is too slow to click twice within 400 ms');
          continue;
        }
        const [again] = await hits(p, 'dialog [part~=accept]');
        assert.ok(again.found, 'the second click landed on "Accept all"');
        assert.deepEqual(await p.evaluate(() => window.changes), [], 'no decision');
        assert.equal(await cookieSettled(context, 'consentry', 300), undefined, 'no consent cookie');
        assert.equal(await inBanner(p, 'dialog[open]').count(), 1, 'the dialog is still open');

        // The visitor who reads the dialog and then clicks is heard.
        await p.waitForTimeout(600);
        await p.mouse.click(accept.x, accept.y);
        await p.waitForFunction(() => window.changes.length === 1);
        assert.deepEqual(await p.evaluate(() => [window.changes, Consentry.get().categories]), [
          ['preferences'],
          { necessary: true, analytics: true, advertising: true },
        ]);
        return;
      } finally {
        await context.close();
      }
    }
  });

  it('a single click right after the dialog appeared is not slowed, nor is the keyboard', async () => {
    const { p, context } = await open('/opener');
    try {
      // Opened by the pointer somewhere else, then straight to "Reject all".
      await inBanner(p, '[part~=banner]').waitFor();
      await p.mouse.click(20, 400);
      await inBanner(p, 'dialog[open]').waitFor();
      await inBanner(p, 'dialog [part~=reject]').click();
      await inBanner(p, '[part~=revisit]').waitFor();
      assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: false, advertising: false });

      // Opened with the keyboard, then focus on "Accept all" (as Tab brings it) and Enter at once.
      await p.locator('[data-consent-open]').focus();
      await p.keyboard.press('Enter');
      await inBanner(p, 'dialog[open]').waitFor();
      await inBanner(p, 'dialog [part~=accept]').focus();
      await p.keyboard.press('Enter');
      await inBanner(p, 'dialog').waitFor({ state: 'detached' });
      assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: true, advertising: true });
    } finally {
      await context.close();
    }
  });
});
