// Visual regression: every element of Consentry in every layout, theme, direction and width,
// compared with the committed baselines (test/visual/baselines/*.png), so that a change of look
// is a reviewed change. `UPDATE_SCREENSHOTS=1 node --test test/e2e/visual.test.mjs` rewrites the
// baselines and the README's pictures (docs/images/) from the same run (CONTRIBUTING.md).
// Deterministic rendering: fixed viewports, device scale factor 1, reduced motion and animations
// off, the machine's DejaVu fonts (the page's font is set to them), no caret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { inBanner, page, ROOT, testSite } from './helpers.mjs';

const UPDATE = !!process.env.UPDATE_SCREENSHOTS;
const BASELINES = ROOT + 'test/visual/baselines/';
const FAILURES = ROOT + 'test-results/visual/';
/** Share of pixels that may differ (anti-aliasing), and pixelmatch's per-pixel colour threshold. */
const TOLERANCE = 0.002;
const THRESHOLD = 0.1;

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: { analytics: { services: ['google-analytics'] }, advertising: { services: ['youtube', 'meta-pixel'] } },
})}</script>`;
const BODY = (
  lang,
) => `<style>body{margin:0;padding:1.5rem;font:16px/1.5 'DejaVu Sans',sans-serif${lang === 'ar' ? ';direction:rtl' : ''}}consent-gate{max-inline-size:36rem}</style>
<consent-gate id="gate" category="advertising/youtube" scope="embed"><template><p>video</p></template></consent-gate>
<p id="optout"><consent-opt-out></consent-opt-out></p>`;
const FONT = `consent-banner,consent-gate{--consentry-font:1rem/1.5 'DejaVu Sans',sans-serif}`;

const pages = {};
for (const layout of ['bar', 'box', 'modal'])
  for (const lang of ['en', 'ar'])
    pages[`/${layout}-${lang}.html`] = page({
      attrs: `data-config="#cfg" data-layout="${layout}" data-lang="${lang}" data-policy-url="/privacy"`,
      head: CONFIG + `<style>${FONT}</style>`,
      body: BODY(lang),
      lang,
    });
const web = testSite(pages);

const VARIANTS = [];
for (const theme of ['light', 'dark'])
  for (const lang of ['en', 'ar'])
    for (const [width, viewport] of [
      ['desktop', { width: 1024, height: 768 }],
      ['phone', { width: 375, height: 740 }],
    ])
      VARIANTS.push({ theme, lang, width, viewport, name: `${theme}-${lang === 'ar' ? 'rtl' : 'ltr'}-${width}` });

/** Compares a screenshot with its baseline (or writes the baseline); returns a failure message or ''. */
function compare(name, png) {
  const file = BASELINES + name + '.png';
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) return `no baseline ${file}: run UPDATE_SCREENSHOTS=1 node --test test/e2e/visual.test.mjs`;
    writeFileSync(file, png);
    return '';
  }
  const [want, got] = [PNG.sync.read(readFileSync(file)), PNG.sync.read(png)];
  let diff = 0;
  let out;
  if (want.width === got.width && want.height === got.height) {
    out = new PNG({ width: want.width, height: want.height });
    diff = pixelmatch(want.data, got.data, out.data, want.width, want.height, { threshold: THRESHOLD });
    if (diff <= want.width * want.height * TOLERANCE) return '';
  }
  mkdirSync(FAILURES, { recursive: true });
  writeFileSync(FAILURES + name + '.actual.png', png);
  if (out) writeFileSync(FAILURES + name + '.diff.png', PNG.sync.write(out));
  return `${name}: ${out ? diff + ' pixels differ' : `size ${got.width}x${got.height}, baseline ${want.width}x${want.height}`}; actual and diff in ${FAILURES}`;
}

async function open(path, v) {
  const contextOptions = { viewport: v.viewport, deviceScaleFactor: 1, colorScheme: v.theme, reducedMotion: 'reduce' };
  const opened = await web.open(path, { contextOptions });
  await opened.p.evaluate(() => document.fonts.ready);
  await opened.p.locator('#gate [part~=placeholder]').waitFor();
  await inBanner(opened.p, '[part~=banner]').waitFor();
  return opened;
}

const shot = (locator) => locator.screenshot({ animations: 'disabled', caret: 'hide' });

for (const v of VARIANTS) {
  test(`every element, ${v.name}`, async () => {
    const failures = [];
    const check = async (element, locator) => failures.push(compare(`${element}-${v.name}`, await shot(locator)));
    for (const layout of ['box', 'modal']) {
      const { p, context } = await open(`/${layout}-${v.lang}.html`, v);
      await check(`banner-${layout}`, inBanner(p, '[part~=banner]'));
      await context.close();
    }
    const { p, context } = await open(`/bar-${v.lang}.html`, v);
    await check('banner-bar', inBanner(p, '[part~=banner]'));
    await check('gate', p.locator('#gate'));
    await check('opt-out', p.locator('#optout'));
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog[open]').waitFor();
    await inBanner(p, 'dialog [part~=details] summary').last().click();
    await check('dialog', inBanner(p, 'dialog'));
    await inBanner(p, 'dialog [part~=reject]').click();
    await check('revisit', inBanner(p, '.revisit'));
    await context.close();
    assert.deepEqual(failures.filter(Boolean), []);
  });
}

// The README's pictures: the demo page with the banner, and with the preferences dialog.
test('the README pictures (docs/images/) come from this run', async () => {
  const contextOptions = { viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' };
  const { p, context } = await web.open('/demo/index.html', { contextOptions });
  await inBanner(p, '[part~=banner]').waitFor();
  await p.evaluate(() => document.fonts.ready);
  const images = { banner: await p.screenshot({ animations: 'disabled', caret: 'hide' }) };
  await inBanner(p, '[part~=preferences]').click();
  await inBanner(p, 'dialog[open]').waitFor();
  images.preferences = await p.screenshot({ animations: 'disabled', caret: 'hide' });
  await context.close();
  const failures = [];
  for (const [name, png] of Object.entries(images)) {
    if (UPDATE) writeFileSync(ROOT + `docs/images/${name}.png`, png);
    failures.push(compare(`readme-${name}`, png));
  }
  assert.deepEqual(failures.filter(Boolean), []);
});
