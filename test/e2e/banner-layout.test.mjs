// How the banner and the other elements look on a real site: the site's text styles stay out of
// their shadow roots (the privacy notice, in light DOM, keeps them), and the `bar` layout on a wide
// screen keeps its text and compact, equal buttons side by side. Screenshots go to test-results/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { inBanner, page, testSite } from './helpers.mjs';

mkdirSync('test-results', { recursive: true });

/** Vite's starter centres #root; a site's body typography at its worst. */
const HOSTILE = `<style>#root { text-align: center } body { text-transform: uppercase; letter-spacing: 3px; font-style: italic; white-space: nowrap;
  word-spacing: 9px; line-height: 4; font-weight: 300; text-indent: 2em; text-shadow: 1px 1px red; font-variant: small-caps } </style>`;
const NOTICE = JSON.stringify({
  notice: { controller: { name: 'Example Ltd', email: 'privacy@example.com' }, effectiveDate: '2026-01-01', practices: ['cookies'] },
});
const ELEMENTS = `<div id="root"><consent-banner policy-url="/privacy"></consent-banner>
<consent-gate category="advertising" provider="Video Co"><template><img src="/t/embed.gif" alt=""></template></consent-gate>
<footer><consent-opt-out></consent-opt-out></footer><privacy-notice></privacy-notice></div>`;
const withStyles = (styles, lang = 'en', attrs = '') =>
  page({ lang, attrs: 'data-config="#cfg" ' + attrs, head: `${styles}<script type="application/json" id="cfg">${NOTICE}</script>`, body: ELEMENTS });

const web = testSite({
  '/clean': withStyles(''),
  '/hostile': withStyles(HOSTILE),
  '/hostile-rtl': withStyles(HOSTILE, 'ar').replace('<html lang="ar">', '<html lang="ar" dir="rtl">'),
  '/bar': page({ attrs: 'data-policy-url="/privacy" data-layout="bar"' }),
  '/bar-de': page({ lang: 'de', attrs: 'data-policy-url="/privacy" data-layout="bar"' }),
  '/bar-opt-out': page({ attrs: 'data-policy-url="/privacy" data-layout="bar" data-mode="opt-out"' }),
  '/bar-rtl': page({ lang: 'ar', attrs: 'data-policy-url="/privacy" data-layout="bar" data-theme="dark"' }),
  '/box': page({ attrs: 'data-policy-url="/privacy" data-layout="box" data-position="bottom-right"' }),
  '/modal': page({ attrs: 'data-policy-url="/privacy" data-layout="modal" data-theme="dark"' }),
});

const PROPS = [
  'textAlign',
  'textTransform',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'whiteSpace',
  'textIndent',
  'textShadow',
  'textDecorationLine',
  'direction',
];

/**
 * The computed text styles of every element in the shadow roots of the banner, gate and opt-out
 * control, by position; and the elements wider than their box (overflow), or outside the screen.
 */
const styles = (p) =>
  p.evaluate((props) => {
    const out = {};
    const over = [];
    for (const host of document.querySelectorAll('consent-banner,consent-gate,consent-opt-out')) {
      host.shadowRoot.querySelectorAll('*').forEach((el, i) => {
        if (el.localName === 'style' || !el.checkVisibility()) return;
        const s = getComputedStyle(el);
        out[`${host.localName} ${i} ${el.localName}.${el.getAttribute('part') ?? ''}`] = props.map((k) => s[k]).join(' | ');
        const r = el.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth + 1 && s.overflowX !== 'visible') over.push(`${host.localName} ${el.localName} scrolls sideways`);
        if (host.localName === 'consent-banner' && (r.left < 0 || r.right > innerWidth + 0.5))
          over.push(`${el.localName}.${el.getAttribute('part')} is off screen: ${r.left}..${r.right}`);
      });
    }
    return { out, over };
  }, PROPS);

/** Opens `path`, shows every view in turn, and returns the styles of each. */
async function views(path, contextOptions = {}) {
  const { p, context } = await web.open(path, { contextOptions: { viewport: { width: 1280, height: 800 }, ...contextOptions }, ready: false });
  await inBanner(p, '[part~=banner]').waitFor();
  await p.locator('consent-gate >> [part=placeholder]').waitFor();
  await p.locator('consent-opt-out >> [part=button]').waitFor();
  const seen = { banner: await styles(p) };
  await inBanner(p, '[part~=preferences]').click();
  await inBanner(p, 'dialog[open]').waitFor();
  seen.dialog = await styles(p);
  await p.screenshot({ path: `test-results/styles${path.replace('/', '-')}-dialog.png` });
  await inBanner(p, 'dialog [part~=reject]').click();
  await inBanner(p, '[part~=revisit]').waitFor();
  seen.revisit = await styles(p);
  const notice = await p.evaluate(() => {
    const s = getComputedStyle(document.querySelector('privacy-notice .consentry-notice p, privacy-notice p'));
    return [s.textTransform, s.letterSpacing, s.fontStyle];
  });
  return { p, context, seen, notice };
}

describe("the site's styles", () => {
  it('do not reach into the banner, the dialog, the revisit control, the gate or the opt-out control', async () => {
    const clean = await views('/clean');
    const hostile = await views('/hostile');
    try {
      for (const view of ['banner', 'dialog', 'revisit']) {
        assert.ok(Object.keys(clean.seen[view].out).length > 5, `${view} is read`);
        assert.deepEqual(hostile.seen[view].out, clean.seen[view].out, `${view}: the same text styles as on a plain page`);
        assert.deepEqual(hostile.seen[view].over, [], `${view}: nothing overflows`);
      }
      // Nothing centred, upper-cased or spaced out inside: the defaults.
      const text = Object.entries(hostile.seen.banner.out)
        .find(([k]) => k.endsWith('p.text'))[1]
        .split(' | ');
      assert.deepEqual(text.slice(0, 4), ['start', 'none', 'normal', '0px']);
      assert.equal(text[5], 'normal');
      assert.equal(text[8], 'normal');
      // The notice is the site's own content, in light DOM: the site's typography applies.
      assert.deepEqual(hostile.notice, ['uppercase', '3px', 'italic']);
      await hostile.p.screenshot({ path: 'test-results/styles-hostile.png' });
    } finally {
      await clean.context.close();
      await hostile.context.close();
    }
  });

  it('leave right-to-left working', async () => {
    const { context, seen } = await views('/hostile-rtl', { viewport: { width: 390, height: 800 } });
    try {
      for (const view of ['banner', 'dialog', 'revisit']) {
        const directions = new Set(Object.values(seen[view].out).map((v) => v.split(' | ').at(-1)));
        assert.deepEqual([...directions], ['rtl'], view);
        assert.deepEqual(seen[view].over, [], `${view}: nothing overflows`);
      }
    } finally {
      await context.close();
    }
  });
});

/** The banner's panel, title, text and action buttons, measured. */
const measure = (p) =>
  p.evaluate(() => {
    const root = document.querySelector('consent-banner').shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width) };
    };
    return {
      panel: box(root.querySelector('[part~=banner]')),
      text: box(root.querySelector('[part~=text]')),
      buttons: [...root.querySelectorAll('[part~=actions] button')].map(box),
      width: innerWidth,
      scroll: document.documentElement.scrollWidth,
    };
  });

describe('the bar layout', () => {
  for (const path of ['/bar', '/bar-de', '/bar-opt-out', '/bar-rtl']) {
    it(`on a wide screen, keeps its text and compact, equal buttons side by side (${path})`, async () => {
      const { p, context } = await web.open(path, { contextOptions: { viewport: { width: 1440, height: 900 } }, ready: false });
      try {
        await inBanner(p, '[part~=banner]').waitFor();
        await p.screenshot({ path: `test-results/layout${path.replace('/', '-')}-wide.png` });
        const m = await measure(p);
        assert.equal(m.buttons.length, 3);
        assert.equal(new Set(m.buttons.map((b) => b.width)).size, 1, 'equal widths: ' + JSON.stringify(m.buttons));
        assert.equal(new Set(m.buttons.map((b) => b.top)).size, 1, 'in one row');
        assert.ok(m.buttons[0].width <= 300, `compact: ${m.buttons[0].width} px`);
        const rtl = path === '/bar-rtl';
        // The text beside the buttons, before them in reading order.
        if (rtl) assert.ok(m.text.left >= Math.max(...m.buttons.map((b) => b.right)), JSON.stringify(m));
        else assert.ok(m.text.right <= Math.min(...m.buttons.map((b) => b.left)), JSON.stringify(m));
        // The buttons follow the reading direction: accept first.
        assert.ok(rtl ? m.buttons[0].left > m.buttons[1].left : m.buttons[0].left < m.buttons[1].left);
        assert.ok(m.panel.left === 0 && m.panel.right === m.width, 'the bar spans the screen');
      } finally {
        await context.close();
      }
    });
  }

  it('on a phone, wraps its buttons into full rows within the screen', async () => {
    for (const path of ['/bar', '/bar-opt-out', '/bar-rtl']) {
      const { p, context } = await web.open(path, { contextOptions: { viewport: { width: 360, height: 740 }, hasTouch: true }, ready: false });
      try {
        await inBanner(p, '[part~=banner]').waitFor();
        await p.screenshot({ path: `test-results/layout${path.replace('/', '-')}-phone.png` });
        const m = await measure(p);
        assert.equal(m.scroll, m.width, 'the page does not widen');
        // Wrapped into rows they fill, each at least 9rem wide.
        for (const b of m.buttons) assert.ok(b.left >= m.panel.left && b.right <= m.panel.right && b.width >= 144, JSON.stringify(m));
      } finally {
        await context.close();
      }
    }
  });

  it('leaves box and modal as they were', async () => {
    for (const path of ['/box', '/modal']) {
      const { p, context } = await web.open(path, { contextOptions: { viewport: { width: 1440, height: 900 } }, ready: false });
      try {
        await inBanner(p, '[part~=banner]').waitFor();
        await p.screenshot({ path: `test-results/layout${path.replace('/', '-')}-wide.png` });
        const m = await measure(p);
        assert.ok(m.panel.width <= 26 * 16 + 1, `${path} is ${m.panel.width} px wide`);
        assert.equal(new Set(m.buttons.map((b) => b.width)).size <= 2, true);
      } finally {
        await context.close();
      }
    }
  });
});
