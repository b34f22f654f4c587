// Gating loads when it has something to do (decision 27): a first visit with gated tags loads the
// drop-in alone until something is granted, and a returning visitor on a page without gated tags
// fetches no gating; a decision made here, in another tab, or markup added later starts it, and
// nothing gated runs before.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, page, testSite } from './helpers.mjs';

const GATED = '<script type="text/plain" data-consent="analytics">window.ran = true</script><img data-consent="analytics" data-src="/t/pixel.gif" alt="">';
const web = testSite({
  '/gated.html': page({ attrs: 'data-categories="analytics advertising"', body: GATED }),
  '/plain.html': page({ attrs: 'data-categories="analytics advertising"', body: '<p>Nothing gated.</p>' }),
});

/**
 * Once the page has loaded and the drop-in's work after the banner's first frame has run (it
 * waits for the next frame, or 500 ms at most: src/core/after-first-frame.ts).
 */
const settle = (p) =>
  p.evaluate(() =>
    new Promise((ok) => (document.readyState == 'complete' ? ok() : addEventListener('load', () => ok()))).then(
      () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 600))),
    ),
  );

/** The files of Consentry the page asked for, in order. */
const files = (hits) => hits().filter((h) => h.startsWith('/dist/'));

describe('gating on need', () => {
  it('a first visit with gated tags loads only the drop-in; "Accept all" loads gating, which runs the tags', async () => {
    const { p, seen, hits, errors } = await web.open('/gated.html');
    await settle(p);
    assert.deepEqual(files(hits), ['/dist/consentry.js']);
    assert.equal(await p.evaluate(() => window.ran), undefined);
    assert.deepEqual(seen, []);
    await inBanner(p, '[part~=accept]').click();
    await p.waitForFunction(() => window.ran === true);
    await p.waitForFunction(() => document.querySelector('img').complete);
    assert.deepEqual(seen, ['pixel.gif']);
    assert.ok(files(hits).includes('/dist/consentry.extras.js'), files(hits).join());
    assert.deepEqual(
      errors.filter((e) => e.includes('[consentry]')),
      [],
    );
  });

  it('"Reject all" loads gating too (markup gated on a refusal may run), and runs nothing granted', async () => {
    const { p, seen, hits } = await web.open('/gated.html');
    await settle(p);
    await inBanner(p, '[part~=reject]').click();
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/consentry.extras.js')));
    await settle(p);
    assert.equal(await p.evaluate(() => window.ran), undefined);
    assert.deepEqual(seen, []);
    assert.ok(files(hits).includes('/dist/consentry.extras.js'));
  });

  it('a returning visitor on a page without gated tags fetches no gating; on a page with some, gating runs them', async () => {
    const first = await web.open('/gated.html');
    await inBanner(first.p, '[part~=accept]').click();
    await first.p.waitForFunction(() => window.ran === true);
    const plain = await web.open('/plain.html', { context: first.context });
    await settle(plain.p);
    assert.ok(!files(plain.hits).includes('/dist/consentry.extras.js'), files(plain.hits).join());
    const gated = await web.open('/gated.html', { context: first.context });
    await gated.p.waitForFunction(() => window.ran === true);
  });

  it("another tab's decision runs this tab's gated tags", async () => {
    const one = await web.open('/gated.html');
    await settle(one.p);
    const two = await web.open('/gated.html', { context: one.context });
    await inBanner(two.p, '[part~=accept]').click();
    await one.p.waitForFunction(() => window.ran === true);
    assert.ok(files(one.hits).includes('/dist/consentry.extras.js'));
  });

  it('markup a single-page app adds later starts gating: `necessary` before a decision, the rest after one', async () => {
    const { p, hits } = await web.open('/plain.html');
    await settle(p);
    const add = (consent, name) =>
      p.evaluate(
        ([consent, name]) => {
          const s = document.createElement('script');
          s.type = 'text/plain';
          s.dataset.consent = consent;
          s.text = `window.${name} = true`;
          document.body.append(s);
        },
        [consent, name],
      );
    await add('analytics', 'early');
    await settle(p);
    assert.deepEqual(files(hits), ['/dist/consentry.js']);
    await add('necessary', 'needed');
    await p.waitForFunction(() => window.needed === true);
    assert.equal(await p.evaluate(() => window.early), undefined);
    await inBanner(p, '[part~=accept]').click();
    await p.waitForFunction(() => window.early === true);
  });

  it('on a page without gated tags, gated markup added after the decision runs', async () => {
    const { p, hits } = await web.open('/plain.html');
    await settle(p);
    await inBanner(p, '[part~=accept]').click();
    await settle(p);
    assert.ok(!files(hits).includes('/dist/consentry.extras.js'), files(hits).join());
    await p.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img data-consent="analytics" data-src="/t/later.gif" alt="">'));
    await p.waitForFunction(() => document.querySelector('img')?.getAttribute('src') === '/t/later.gif');
  });
});
