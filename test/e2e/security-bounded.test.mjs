// Hostile or huge configuration costs little: each input below is reported, cut or ignored, and
// the banner still appears with nothing thrown. No wall-clock assertions: the inputs are large
// enough that the quadratic work they once caused (seconds at 30 KB, minutes at these sizes)
// could not finish within a test's timeout, and what is kept is counted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, page, testSite } from './helpers.mjs';

const BIG = 100_000;
const json = (config) => `<script type="application/json" id="cfg">${JSON.stringify(config)}</script>`;
const deep = (n) => '['.repeat(n) + ']'.repeat(n);

const web = testSite({
  '/html-lang.html': page({ lang: 'de-' + 'x'.repeat(BIG) }),
  '/html-lang-subtags.html': page({ lang: 'de' + '-abcdefgh'.repeat(BIG / 9) }),
  '/data-lang.html': page({ attrs: `data-lang="de${'-abcdefgh'.repeat(BIG / 9)}"` }),
  '/links.html': page({ head: json({ texts: { en: { text: '[a]('.repeat(BIG / 4), title: 'x'.repeat(60_000) } } }), attrs: 'data-config="#cfg"' }),
  '/deep.html': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">{"categories":{"analytics":{"services":[{"id":"matomo","name":"Matomo"},${deep(20_000)}]}},"mode":${deep(20_000)}}</script>`,
  }),
  '/many-categories.html': page({ attrs: `data-categories="${Array.from({ length: 5000 }, (_, i) => 'c' + i).join(' ')}"` }),
  '/many-services.html': page({
    attrs: 'data-config="#cfg"',
    head: json({
      categories: Object.fromEntries(
        Array.from({ length: 60 }, (_, c) => ['c' + c, { services: Array.from({ length: 100 }, (_, s) => ({ id: `s${c}-${s}`, name: 'S' })) }]),
      ),
    }),
  }),
});

/** Opens `path` and waits for the banner's accept button: the banner appeared. */
async function open(path) {
  const opened = await web.open(path, { ready: false });
  await inBanner(opened.p, '[part~="accept"]').waitFor();
  return opened;
}

describe('bounded input', () => {
  for (const [what, path] of [
    ['<html lang> of 100 KB', '/html-lang.html'],
    ['<html lang> of 100 KB in valid-looking subtags', '/html-lang-subtags.html'],
  ])
    it(`${what}: reported and skipped; the UI shows in the browser's language`, { timeout: 20_000 }, async () => {
      const { p, context, log } = await open(path);
      assert.equal(await p.evaluate(() => Consentry.language), 'en');
      assert.ok(
        log.errors.some((e) => e.startsWith('[consentry] lang="de-') && e.endsWith('is too long; using "the next language"')),
        log.errors.join('\n'),
      );
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });

  it('data-lang of 100 KB: reported as invalid; the automatic choice applies', { timeout: 20_000 }, async () => {
    const { p, context, log } = await open('/data-lang.html');
    assert.equal(await p.evaluate(() => Consentry.language), 'en');
    assert.ok(
      log.errors.some((e) => e.startsWith('[consentry] lang="de-abcdefgh') && e.endsWith('is invalid; using "auto"')),
      log.errors.join('\n'),
    );
    await context.close();
  });

  it('texts of tens of KB (a link pattern repeated 25,000 times, a 60 KB title) are cut and reported', { timeout: 20_000 }, async () => {
    const { p, context, log } = await open('/links.html');
    const shown = await p.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      return {
        title: root.querySelector('[part~="title"]').textContent.length,
        text: root.querySelector('[part~="text"]').textContent.length,
        links: root.querySelectorAll('[part~="text"] a').length,
      };
    });
    assert.deepEqual(shown, { title: 5000, text: 5001, links: 0 });
    assert.ok(log.errors.includes('[consentry] config text "title": more than 5000; the rest are ignored'));
    assert.ok(log.errors.includes('[consentry] config text "text": more than 5000; the rest are ignored'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('JSON nested 20,000 levels deep: the deep parts are dropped and reported, the rest configures', { timeout: 20_000 }, async () => {
    const { p, context, log } = await open('/deep.html');
    const snap = await p.evaluate(() => Consentry.get());
    assert.deepEqual({ mode: snap.mode, services: snap.services }, { mode: 'opt-in', services: { matomo: false } });
    assert.ok(log.errors.includes('[consentry] config levels: more than 32; the rest are ignored'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('5,000 categories: the first 50 are kept (and mirrored on <html>), the rest reported', { timeout: 20_000 }, async () => {
    const { p, context, log } = await open('/many-categories.html');
    const counts = await p.evaluate(() => ({
      categories: Object.keys(Consentry.get().categories).length,
      attributes: document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-consent-')).length,
    }));
    assert.deepEqual(counts, { categories: 51, attributes: 51 });
    assert.ok(log.errors.includes('[consentry] categories: more than 50; the rest are ignored'));
    // Kept categories still work.
    assert.equal(await p.evaluate(() => (Consentry.acceptAll(), Consentry.allowed('c49') && !Consentry.allowed('c50'))), true);
    await context.close();
  });

  it('6,000 services: the first 500 are kept, the rest reported', { timeout: 20_000 }, async () => {
    const { p, context, log } = await open('/many-services.html');
    const counts = await p.evaluate(() => ({
      categories: Object.keys(Consentry.get().categories).length,
      services: Object.keys(Consentry.get().services).length,
    }));
    assert.deepEqual(counts, { categories: 51, services: 500 });
    assert.ok(log.errors.includes('[consentry] services: more than 500; the rest are ignored'));
    await context.close();
  });
});
