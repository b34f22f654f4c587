// Google Tag Manager with `datalayer`: a stand-in for GTM reads `dataLayer` as GTM does (every
// push, in order) and sees Consent Mode's `default` first, then `consentry_ready`, then one
// `consentry_change` per decision, with the categories, services and region.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, testSite } from './helpers.mjs';

/**
 * Stands in for GTM's container snippet, which runs before Consentry in the real recipe: it wraps
 * `dataLayer.push` and records each entry as GTM would process it.
 */
const CONSUMER = `<script>
  window.dataLayer = window.dataLayer || [];
  window.seen = [];
  const record = (e) => seen.push(Object.prototype.toString.call(e) === '[object Arguments]' ? ['gtag', ...e].slice(0, 3) : ['event', e.event, e.consentry]);
  dataLayer.forEach(record);
  const push = dataLayer.push.bind(dataLayer);
  dataLayer.push = (...entries) => (entries.forEach(record), push(...entries));
</script>`;

const html = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GTM</title>${CONSUMER}
<script src="/dist/consentry.js" data-categories="analytics advertising" ${attrs}></script></head><body><main><h1>GTM</h1></main></body></html>`;

const web = testSite({ '/': html('data-datalayer="on"'), '/off': html(''), '/no-consent-mode': html('data-datalayer="on" data-consent-mode="off"') });

const seen = (p) => p.evaluate(() => window.seen);
const events = (list) => list.filter((e) => e[0] === 'event');

describe('datalayer', () => {
  it('pushes consentry_ready after the Consent Mode default, then consentry_change per decision', async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    await p.goto(web.server.origin + '/');
    await p.waitForFunction(() => window.seen.some((e) => e[1] === 'consentry_ready'));
    const first = await seen(p);
    const defaults = first.findIndex((e) => e[0] === 'gtag' && e[1] === 'consent' && e[2] === 'default');
    const ready = first.findIndex((e) => e[1] === 'consentry_ready');
    assert.ok(defaults >= 0 && defaults < ready, JSON.stringify(first));
    assert.deepEqual(first[ready], [
      'event',
      'consentry_ready',
      { categories: { necessary: true, analytics: false, advertising: false }, services: {}, region: null },
    ]);

    await inBanner(p, '[part~=accept]').click();
    await p.evaluate(() => Consentry.set({ advertising: false }));
    const after = events(await seen(p));
    assert.deepEqual(after, [
      ['event', 'consentry_ready', { categories: { necessary: true, analytics: false, advertising: false }, services: {}, region: null }],
      ['event', 'consentry_change', { categories: { necessary: true, analytics: true, advertising: true }, services: {}, region: null }],
      ['event', 'consentry_change', { categories: { necessary: true, analytics: true, advertising: false }, services: {}, region: null }],
    ]);
    // On the next page, the stored decision is ready, again after the default.
    await p.reload();
    await p.waitForFunction(() => window.seen.some((e) => e[1] === 'consentry_ready'));
    const next = await seen(p);
    const d = next.findIndex((e) => e[2] === 'default');
    const r = next.findIndex((e) => e[1] === 'consentry_ready');
    assert.ok(d >= 0 && d < r, JSON.stringify(next));
    assert.deepEqual(next[r][2].categories, { necessary: true, analytics: true, advertising: false });
    await context.close();
  });

  it('pushes the events without Consent Mode too', async () => {
    const p = await web.browser.newPage();
    await p.goto(web.server.origin + '/no-consent-mode');
    await p.waitForFunction(() => window.seen.some((e) => e[1] === 'consentry_ready'));
    await p.evaluate(() => Consentry.rejectAll());
    const all = await seen(p);
    assert.deepEqual(
      all.filter((e) => e[0] === 'gtag' && e[1] === 'consent'),
      [],
    );
    assert.deepEqual(
      events(all).map((e) => e[1]),
      ['consentry_ready', 'consentry_change'],
    );
    await p.close();
  });

  it('pushes nothing of its own by default (datalayer off)', async () => {
    const p = await web.browser.newPage();
    await p.goto(web.server.origin + '/off');
    await p.waitForFunction(() => window.Consentry);
    await p.evaluate(() => Consentry.acceptAll());
    const all = await seen(p);
    assert.ok(
      all.some((e) => e[2] === 'default'),
      'Consent Mode is on',
    );
    assert.deepEqual(events(all), []);
    await p.close();
  });
});
