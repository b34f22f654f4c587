// Accessibility of the banner and the dialog: axe-core, keyboard-only use, focus, small screens.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, inBanner, page, testSite } from './helpers.mjs';

const LINKS = '<p><a href="#top">Top</a> <a href="#" data-consent-open>Cookie settings</a></p>';

const web = testSite({
  '/light': page({ attrs: 'data-theme="light" data-policy-url="/privacy"', body: LINKS }),
  '/dark': page({ attrs: 'data-theme="dark" data-policy-url="/privacy"', body: LINKS }),
  '/modal': page({ attrs: 'data-layout="modal" data-position="center"', body: LINKS }),
  '/box': page({ attrs: 'data-layout="box" data-position="bottom-right"', body: LINKS }),
  '/none': page({ attrs: 'data-revisit="none"', body: LINKS }),
});

async function open(path, options = {}) {
  const opened = await web.open(path, { contextOptions: { viewport: { width: 1024, height: 768 }, ...options }, ready: false });
  await inBanner(opened.p, '[part~=banner]').waitFor();
  return opened;
}

/** Waits until the UI's entrance animation has finished, so that colours are final. */
const settled = (p) =>
  p.evaluate(() =>
    Promise.all(
      document
        .querySelector('consent-banner')
        .shadowRoot.getAnimations()
        .map((a) => a.finished),
    ),
  );

/** Name of the focused element, looking through shadow roots. */
const focused = (p) =>
  p.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.getAttribute('aria-label') || el?.labels?.[0]?.textContent || el?.textContent || el?.tagName || '').trim();
  });

describe('axe-core', () => {
  for (const theme of ['light', 'dark']) {
    for (const scheme of ['light', 'dark']) {
      it(`banner and dialog have no violations (${theme} theme, ${scheme} system scheme)`, async () => {
        const { p, context } = await open('/' + theme, { colorScheme: scheme });
        await settled(p);
        assert.deepEqual(await axe(p), []);
        await inBanner(p, '[part~=preferences]').click();
        await inBanner(p, 'dialog[open]').waitFor();
        await settled(p);
        assert.deepEqual(await axe(p), []);
        await p.screenshot({ path: `test-results/dialog-${theme}-${scheme}.png` });
        await context.close();
      });
    }
  }

  it('modal and box layouts have no violations', async () => {
    for (const path of ['/modal', '/box']) {
      const { p, context } = await open(path);
      await settled(p);
      assert.deepEqual(await axe(p), [], path);
      await p.screenshot({ path: `test-results/layout${path.replace('/', '-')}.png` });
      await context.close();
    }
  });
});

describe('keyboard', () => {
  it('reaches the banner first, opens, traps and closes the dialog, and returns focus', async () => {
    const { p, context } = await open('/light');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'Privacy notice', 'the banner is first in tab order');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'Accept all');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'Reject all');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'Preferences');
    await p.keyboard.press('Enter');
    await inBanner(p, 'dialog[open]').waitFor();
    assert.equal(await p.evaluate(() => document.querySelector('consent-banner').shadowRoot.querySelector('dialog').matches(':modal')), true);
    // Focus stays inside the dialog however far one tabs.
    const seen = new Set();
    for (let i = 0; i < 14; i++) {
      await p.keyboard.press('Tab');
      seen.add(await focused(p));
      const inside = await p.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        // Past the last control the browser's own UI may take focus (the page itself is inert).
        return !el || !!el.closest('dialog') || el === document.body || el === document.documentElement;
      });
      assert.ok(inside, 'focus left the dialog');
    }
    assert.ok(seen.has('Save choices') && seen.has('Close') && seen.has('Analytics'), [...seen].join(', '));
    await p.keyboard.press('Escape');
    await inBanner(p, 'dialog').waitFor({ state: 'detached' });
    assert.equal(await focused(p), 'Preferences', 'focus returns to what opened the dialog');
    assert.equal(await p.evaluate(() => Consentry.get().decided), false, 'Escape decides nothing');
    await context.close();
  });

  it('switches work with the keyboard, Save choices decides, and focus goes to the revisit control', async () => {
    const { p, context } = await open('/light');
    await inBanner(p, '[part~=preferences]').click();
    const analytics = inBanner(p, 'input[role=switch] >> nth=1');
    await analytics.focus();
    assert.equal(await analytics.evaluate((el) => el.labels[0].textContent.trim()), 'Analytics');
    await p.keyboard.press('Space');
    assert.equal(await analytics.isChecked(), true);
    const necessary = inBanner(p, 'input[role=switch] >> nth=0');
    assert.deepEqual([await necessary.isChecked(), await necessary.isDisabled()], [true, true]);
    await inBanner(p, '[part~=save]').focus();
    await p.keyboard.press('Enter');
    await inBanner(p, '[part~=revisit]').waitFor();
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: true, advertising: false });
    assert.equal(await focused(p), 'Privacy settings');
    // Withdrawing takes two activations from any page: the control, then "Reject all".
    await p.keyboard.press('Enter');
    await inBanner(p, 'dialog[open]').waitFor();
    await inBanner(p, 'dialog [part~=reject]').click();
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: false, advertising: false });
    await context.close();
  });

  it('a data-consent-open link opens the dialog, and focus returns to it', async () => {
    const { p, context } = await open('/none');
    await inBanner(p, '[part~=reject]').click();
    assert.equal(await inBanner(p, '[part~=revisit]').count(), 0, 'revisit="none" leaves no control');
    await p.getByRole('link', { name: 'Cookie settings' }).focus();
    await p.keyboard.press('Enter');
    await inBanner(p, 'dialog[open]').waitFor();
    assert.equal(await p.evaluate(() => location.hash), '', 'the link did not navigate');
    await inBanner(p, '[part~=close]').click();
    await inBanner(p, 'dialog').waitFor({ state: 'detached' });
    assert.equal(await focused(p), 'Cookie settings');
    await context.close();
  });

  it('the modal banner stays open on Escape and decides nothing', async () => {
    const { p, context } = await open('/modal');
    assert.equal(await inBanner(p, 'dialog[part~=banner]').evaluate((d) => d.matches(':modal')), true);
    await p.keyboard.press('Escape');
    await p.waitForTimeout(100);
    assert.equal(await inBanner(p, 'dialog[part~=banner][open]').count(), 1);
    assert.equal(await p.evaluate(() => Consentry.get().decided), false);
    await context.close();
  });
});

describe('small screens and motion', () => {
  it('is usable at 320 CSS pixels: no horizontal overflow, all buttons visible', async () => {
    const { p, context } = await open('/light', { viewport: { width: 320, height: 640 } });
    await p.screenshot({ path: 'test-results/banner-320.png' });
    const boxes = await p.evaluate(() =>
      [...document.querySelector('consent-banner').shadowRoot.querySelectorAll('button')].map((b) => b.getBoundingClientRect().toJSON()),
    );
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= 320 && b.top >= 0 && b.bottom <= 640, JSON.stringify(b));
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 320);
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog[open]').waitFor();
    const dialog = await inBanner(p, 'dialog').evaluate((d) => d.getBoundingClientRect().toJSON());
    assert.ok(dialog.left >= 0 && dialog.right <= 320, JSON.stringify(dialog));
    await p.screenshot({ path: 'test-results/dialog-320.png' });
    await context.close();
  });

  it('prefers-reduced-motion disables the animation', async () => {
    const still = await open('/light', { reducedMotion: 'reduce' });
    assert.equal(await inBanner(still.p, '[part~=banner]').evaluate((el) => getComputedStyle(el).animationName), 'none');
    await still.context.close();
    const moving = await open('/light', { reducedMotion: 'no-preference' });
    assert.notEqual(await inBanner(moving.p, '[part~=banner]').evaluate((el) => getComputedStyle(el).animationName), 'none');
    await moving.context.close();
  });
});
