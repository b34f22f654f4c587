// How the drop-in starts on a first visit: the banner is legible in the first frame it is drawn
// in, work the first frame does not need waits until after it, and the drop-in carries only what
// the first layer needs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inBanner, page, ROOT, testSite, watchConsole } from './helpers.mjs';

const web = testSite({
  '/': page({
    attrs: 'data-policy-url="/privacy"',
    body: '<script type="text/plain" data-consent="necessary">window.gated = true</script><script type="text/plain" data-consent="!analytics">window.refusedRan = true</script>',
  }),
});

/** Records the first animation frame in which the banner's "Accept all" button is laid out. */
const FIRST_FRAME = `(() => {
  const tick = () => {
    const el = document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~=accept]');
    const box = el?.getBoundingClientRect();
    if (!box?.width) return requestAnimationFrame(tick);
    window.__firstFrame = {
      at: performance.now(),
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      opacity: getComputedStyle(el.closest('[part~=banner]')).opacity,
      inside: box.top >= 0 && box.bottom <= innerHeight,
    };
  };
  requestAnimationFrame(tick);
})();`;

async function firstVisit({ reducedMotion = 'no-preference' } = {}) {
  const context = await web.browser.newContext({ viewport: { width: 390, height: 700 }, reducedMotion });
  const p = await context.newPage();
  const log = watchConsole(p);
  await p.addInitScript(FIRST_FRAME);
  await p.goto(web.server.origin + '/');
  await p.waitForFunction(() => window.__firstFrame);
  return { p, context, log };
}

describe('start-up on a first visit', () => {
  it('the banner is fully opaque and inside the viewport in the first frame it is drawn in', async () => {
    const { p, context, log } = await firstVisit();
    const first = await p.evaluate(() => window.__firstFrame);
    assert.deepEqual({ visible: first.visible, opacity: first.opacity, inside: first.inside }, { visible: true, opacity: '1', inside: true });
    // It still moves in, unless the visitor asks for less motion.
    assert.notEqual(await inBanner(p, '[part~=banner]').evaluate((el) => getComputedStyle(el).animationName), 'none');
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('the banner draws its text in regular and bold only, the weights pages use, so its first frame looks up no other font face', async () => {
    const { p, context } = await firstVisit();
    const weights = await p.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim()));
      return [...new Set(texts.map((el) => getComputedStyle(el).fontWeight))].sort();
    });
    assert.deepEqual(weights, ['400', '700']);
    await context.close();
  });

  it('gating is requested only after the banner’s first frame, and then runs', async () => {
    const { p, context, log } = await firstVisit();
    await p.waitForFunction(() => window.gated === true);
    const [first, extras] = await p.evaluate(() => [
      window.__firstFrame.at,
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('/consentry.extras.js'))?.startTime,
    ]);
    assert.ok(extras > first, `consentry.extras.js requested at ${extras} ms, the banner's first frame at ${first} ms`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('a returning visitor gets gating without a banner and without waiting for one', async () => {
    const { p, context } = await firstVisit();
    await inBanner(p, '[part~=reject]').click();
    const again = await context.newPage();
    await again.goto(web.server.origin + '/');
    await again.waitForFunction(() => window.refusedRan === true);
    assert.equal(await again.evaluate(() => Consentry.get().decided), true);
    assert.equal(await again.locator('consent-banner >> [part~=banner]').count(), 0);
    await context.close();
  });

  it('reads the cookies once, as its very first statement, for a first visitor and a returning one', async () => {
    const context = await web.browser.newContext();
    // Every `document.cookie` read until `consent-ready`, with whether any of the drop-in's own
    // code had run by then (it defines `window.Consentry` before it configures).
    await context.addInitScript(() => {
      const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      window.__reads = [];
      let ready = false;
      document.addEventListener('consent-ready', () => (ready = true));
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          if (!ready) window.__reads.push({ consentry: 'Consentry' in window, currentScript: document.currentScript?.src ?? null });
          return own.get.call(this);
        },
        set(v) {
          own.set.call(this, v);
        },
      });
    });
    const p = await context.newPage();
    await p.goto(web.server.origin + '/');
    const first = await p.evaluate(() => window.__reads);
    assert.deepEqual(first, [{ consentry: false, currentScript: web.server.origin + '/dist/consentry.js' }]);
    await inBanner(p, '[part~=accept]').click();
    // With a stored decision: the same single early read answers the start, and the decision is
    // the stored one.
    const again = await context.newPage();
    await again.goto(web.server.origin + '/');
    const reads = await again.evaluate(() => window.__reads);
    assert.equal(reads.length, 1, JSON.stringify(reads));
    assert.ok(
      reads.every((r) => !r.consentry),
      'a read happened after the drop-in had started configuring',
    );
    assert.equal(await again.evaluate(() => Consentry.get().categories.analytics), true);
    await context.close();
  });
});

describe('the drop-in file', () => {
  const dropIn = readFileSync(ROOT + 'dist/consentry.js', 'utf8');

  it('asks V8 to compile its functions while it downloads (explicit compile hint)', () => {
    assert.ok(dropIn.startsWith('//# allFunctionsCalledOnLoad\n'), dropIn.slice(0, 60));
  });

  it('carries the first layer’s English, and the dialog gets the rest from its own chunk', async () => {
    for (const shown of ['Accept all', 'Reject all', 'Your privacy choices']) assert.ok(dropIn.includes(shown), shown);
    for (const later of ['Strictly necessary', 'Save choices', 'Always on', 'Load content']) assert.ok(!dropIn.includes(later), later);
    const { p, context, log } = await firstVisit();
    await inBanner(p, '[part~=preferences]').click();
    const dialog = inBanner(p, '[part~=dialog]');
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const shown of ['Privacy preferences', 'Strictly necessary', 'Always on', 'Save choices']) assert.ok(text.includes(shown), shown);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
