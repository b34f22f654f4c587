// Adding Consentry moves nothing on the page: no layout shift from <consent-gate> while its
// element loads, from the banner when a phone's page is wider than the screen, or on any demo
// page. Every shift counts, also those Chromium marks as after input while it emulates a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, page, testSite } from './helpers.mjs';

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1350, height: 940 } };

const pages = {};
const web = testSite(pages);

/** Records every layout shift from the start, with its sources, in `window.shifts`. */
function recordShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.shifts.push({
        value: e.value,
        sources: e.sources.map((s) => `${s.node?.nodeName ?? '?'}#${s.node?.id ?? ''} ${s.previousRect.y}->${s.currentRect.y}`),
      });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `path` in a new context (`device`), waits for `ready` and two more frames; returns the page. */
async function open(path, device, ready) {
  const { p, context } = await web.open(path, { contextOptions: device, init: recordShifts, ready: false });
  await p.waitForFunction(ready);
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { p, context };
}

const shiftsOf = (p) => p.evaluate(() => window.shifts);
const total = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);
const gateDrawn = () => !!document.querySelector('consent-gate')?.shadowRoot?.querySelector('[part=placeholder]');

const GATE = `<consent-gate category="advertising" provider="VideoHost"><template><iframe src="about:blank" title="Video"></iframe></template></consent-gate>
  <p id="below">Text below the embed.</p>`;

for (const [name, device] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
]) {
  test(`${name}: <consent-gate> keeps its room from the first frame; nothing below it moves when its element draws`, async () => {
    pages['/gate.html'] = page({ body: GATE });
    const { p, context } = await open('/gate.html', device, gateDrawn);
    assert.deepEqual(await shiftsOf(p), []);
    // The placeholder fills that room: the room is the placeholder's box.
    const [host, placeholder] = await p.evaluate(() => {
      const g = document.querySelector('consent-gate');
      return [g.getBoundingClientRect().height, g.shadowRoot.querySelector('[part=placeholder]').getBoundingClientRect().height];
    });
    assert.ok(host >= 150, `the room is kept (${host}px)`);
    assert.equal(placeholder, host);
    await context.close();
  });
}

test("the room is the site's to change (a rule of its own wins) and goes once the content is shown", async () => {
  pages['/gate-sized.html'] = page({ head: '<style>consent-gate { min-block-size: 0; aspect-ratio: 16 / 9; inline-size: 320px }</style>', body: GATE });
  const { p, context } = await open('/gate-sized.html', PHONE, gateDrawn);
  assert.equal(await p.$eval('consent-gate', (g) => Math.round(g.getBoundingClientRect().height)), 180);
  assert.deepEqual(await shiftsOf(p), []);
  await context.close();

  pages['/gate-room.html'] = page({ body: GATE });
  const shown = await open('/gate-room.html', PHONE, gateDrawn);
  await shown.p.locator('consent-gate >> [part~=load]').click();
  await shown.p.waitForSelector('consent-gate > iframe');
  // As tall as the iframe's own line (150px and its borders), no longer the room kept for the placeholder.
  const [gate, frame] = await shown.p.$eval('consent-gate', (g) => [
    g.getBoundingClientRect().height,
    g.querySelector('iframe').getBoundingClientRect().height,
  ]);
  assert.ok(gate >= frame && gate < frame + 12, `gate ${gate}px, iframe ${frame}px`);
  await shown.context.close();
});

test('phone: on a page that becomes wider than the screen the banner stays on the screen, unmoved; so do the box and the dialog', async () => {
  // The wide line arrives after the banner, as a late ad or a long unbroken log line would.
  const wide = "<script>setTimeout(() => document.body.append(Object.assign(document.createElement('pre'), { textContent: 'x'.repeat(150) })), 300)</script>";
  for (const attrs of ['', 'data-layout="box" data-position="bottom-right"']) {
    pages['/wide.html'] = page({ attrs, body: wide });
    const { p, context } = await open(
      '/wide.html',
      PHONE,
      () => document.querySelector('pre') && document.documentElement.scrollWidth > innerWidth - 1 && innerWidth > 412,
    );
    const screen = await p.evaluate(() => [visualViewport.width, visualViewport.height]);
    const panel = await inBanner(p, '.panel').boundingBox();
    assert.ok(panel.y >= 0 && panel.y + panel.height <= screen[1] + 1, `the banner is on the screen vertically (${JSON.stringify(panel)}, screen ${screen})`);
    assert.ok(panel.x >= 0 && panel.x + panel.width <= screen[0] + 1, `and horizontally (${JSON.stringify(panel)})`);
    assert.equal(total(await shiftsOf(p)), 0, attrs);
    await inBanner(p, 'button >> text=Preferences').click();
    const dialog = await inBanner(p, 'dialog[open]').boundingBox();
    assert.ok(
      dialog.y >= 0 && dialog.y + dialog.height <= screen[1] + 1 && dialog.x + dialog.width <= screen[0] + 1,
      `the dialog is on the screen (${JSON.stringify(dialog)})`,
    );
    await context.close();
  }
});

const DEMOS = {
  '/demo/': () => document.getElementById('log')?.textContent.includes('consent-ready'),
  '/demo/gating/': gateDrawn,
  '/demo/regions/': () => !!document.querySelector('#state dd')?.textContent,
  '/demo/notices/kayako-2012.html': () => document.querySelector('privacy-notice:not([aria-busy]) section'),
  '/demo/notices/clicktale-2011.html': () => document.querySelector('privacy-notice:not([aria-busy]) section'),
};

for (const [name, device] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
]) {
  test(`${name}: every demo page shifts by at most 0.01, and none is wider than the screen`, async () => {
    for (const [path, ready] of Object.entries(DEMOS)) {
      const { p, context } = await open(path, device, ready);
      const shifts = await shiftsOf(p);
      assert.ok(total(shifts) <= 0.01, `${path}: ${JSON.stringify(shifts)}`);
      assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), device.viewport.width, `${path} is no wider than the screen`);
      await context.close();
    }
  });
}
