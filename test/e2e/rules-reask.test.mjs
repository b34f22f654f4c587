// A refusal is respected (issue 28, docs/regions.md#a-refusal-is-respected): a new `revision`
// voids an acceptance at once, but a refusal stands for `reask-after` days unless the new
// configuration has a category or service the refusal did not know; then the visitor is asked
// about that only. Fresh page loads in Chromium, the decision kept in the real cookie.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inBanner, page, testSite } from './helpers.mjs';
import { text } from '../shared/records.mjs';

/** A gated script per category: a category's script runs only once it is granted. */
const GATED = ['analytics', 'advertising', 'functional']
  .map((c) => `<script type="text/plain" data-consent="${c}">(window.ran ??= []).push('${c}');</script>`)
  .join('');
const SERVICE_GATED = `<script type="text/plain" data-consent="analytics/posthog">(window.ran ??= []).push('posthog');</script>`;

const json = (categories) => `<script type="application/json" id="c">${JSON.stringify({ categories })}</script>`;
const TWO = { analytics: { services: [{ id: 'matomo', name: 'Matomo' }] }, advertising: {} };
const THREE = { ...TWO, functional: {} };
const NEW_SERVICE = {
  analytics: {
    services: [
      { id: 'matomo', name: 'Matomo' },
      { id: 'posthog', name: 'PostHog' },
    ],
  },
  advertising: {},
};

const at = (revision, categories, attrs = '') =>
  page({ attrs: `data-config="#c" data-revision="${revision}" ${attrs}`, head: json(categories), body: GATED + SERVICE_GATED });

const web = testSite({
  '/r1': at('1', TWO),
  '/r2': at('2', TWO),
  '/r2-new-category': at('2', THREE),
  '/r2-new-service': at('2', NEW_SERVICE),
  '/r2-short': at('2', TWO, 'data-reask-after="30" data-cookie-days="395"'),
  '/r2-zero': at('2', TWO, 'data-reask-after="0"'),
  '/bad-word': at('1', TWO, 'data-reask-after="soon"'),
  '/bad-over': at('1', TWO, 'data-reask-after="300" data-cookie-days="90"'),
});

const banner = (p) => inBanner(p, '[part~=banner]');
const shown = async (p) => (await banner(p).count()) > 0;
const ran = (p) => p.evaluate(() => window.ran ?? []);
const snap = (p) => p.evaluate(() => Consentry.get());

/** Decides on `/r1` with `button` (`accept` or `reject`) in a new context; returns the context. */
async function decided(button) {
  const context = await web.browser.newContext();
  const { p } = await web.open('/r1', { context });
  await banner(p).waitFor();
  await inBanner(p, `[part~=${button}]`).click();
  await p.close();
  return context;
}

/** Opens `path` in `context` and waits for the decision to be known. */
async function visit(context, path) {
  const opened = await web.open(path, { context });
  await opened.p.evaluate(() => new Promise((ok) => Consentry.on('ready', ok)));
  return opened;
}

/** A refusal record of revision 1, made `days` ago, knowing the services of TWO. */
const oldRefusal = (days) =>
  text({
    revision: '1',
    id: 'RefusedLongAgoId000001',
    time: Date.now() - days * 864e5,
    categories: { analytics: false, advertising: false },
    services: { matomo: false },
    signal: false,
  });

describe('reask-after: a refusal stands through a new revision', () => {
  it('a refusal and a new revision within the window: no banner, still refused, nothing gated runs', async () => {
    const context = await decided('reject');
    const { p } = await visit(context, '/r2');
    const s = await snap(p);
    assert.equal(await shown(p), false);
    assert.equal(s.decided, true);
    assert.deepEqual(s.categories, { necessary: true, analytics: false, advertising: false });
    assert.deepEqual(await ran(p), []);
    assert.equal(s.revision, '2');
    await context.close();
  });

  it('an acceptance and a new revision: asked again, and nothing optional runs before the answer', async () => {
    const context = await decided('accept');
    const { p } = await visit(context, '/r2');
    await banner(p).waitFor();
    assert.equal((await snap(p)).decided, false);
    assert.deepEqual(await ran(p), []);
    await context.close();
  });

  it('after the window (the decision time stored in the record): asked again', async () => {
    const context = await web.browser.newContext();
    const { server } = web;
    // 40 days ago: past reask-after="30", well within cookie-days="395".
    await context.addCookies([{ name: 'consentry', value: oldRefusal(40), url: server.origin }]);
    const { p } = await visit(context, '/r2-short');
    await banner(p).waitFor();
    assert.equal((await snap(p)).decided, false);
    await context.close();
    // 20 days ago: within the window, the refusal stands.
    const again = await web.browser.newContext();
    await again.addCookies([{ name: 'consentry', value: oldRefusal(20), url: server.origin }]);
    const second = await visit(again, '/r2-short');
    assert.equal(await shown(second.p), false);
    assert.equal((await snap(second.p)).decided, true);
    await again.close();
  });

  it('reask-after="0": a new revision asks again, refusals included (the behaviour before the option)', async () => {
    const context = await decided('reject');
    const { p } = await visit(context, '/r2-zero');
    await banner(p).waitFor();
    await context.close();
  });

  it('a new category: asked about it only; "Accept all" grants it and the refused stay refused', async () => {
    const context = await decided('reject');
    const { p } = await visit(context, '/r2-new-category');
    await banner(p).waitFor();
    assert.deepEqual((await snap(p)).categories, { necessary: true, analytics: false, advertising: false, functional: false });
    assert.deepEqual(await ran(p), []);
    await inBanner(p, '[part~=accept]').click();
    assert.deepEqual(await eventually(() => ran(p), ['functional']), ['functional']);
    assert.deepEqual((await snap(p)).categories, { necessary: true, analytics: false, advertising: false, functional: true });
    // A fresh load: the new decision (revision 2) holds.
    const { p: q } = await visit(context, '/r2-new-category');
    assert.equal(await shown(q), false);
    assert.deepEqual(await eventually(() => ran(q), ['functional']), ['functional']);
    await context.close();
  });

  it('a new category refused: everything stays refused, and the next load asks nothing', async () => {
    const context = await decided('reject');
    const { p } = await visit(context, '/r2-new-category');
    await banner(p).waitFor();
    await inBanner(p, '[part~=reject]').click();
    const { p: q } = await visit(context, '/r2-new-category');
    assert.equal(await shown(q), false);
    assert.deepEqual((await snap(q)).categories, { necessary: true, analytics: false, advertising: false, functional: false });
    assert.deepEqual(await ran(q), []);
    await context.close();
  });

  it('a new service in a refused category: asked about it; "Accept all" grants that service alone', async () => {
    const context = await decided('reject');
    const { p } = await visit(context, '/r2-new-service');
    await banner(p).waitFor();
    await inBanner(p, '[part~=accept]').click();
    assert.deepEqual(await eventually(() => ran(p), ['posthog']), ['posthog']);
    const s = await snap(p);
    assert.deepEqual(s.categories, { necessary: true, analytics: false, advertising: false });
    assert.deepEqual(s.services, { matomo: false, posthog: true });
    await context.close();
  });
});

describe('reask-after: bad values', () => {
  it('a non-number: reported, the default (182) used, and a refusal still stands', async () => {
    const context = await decided('reject');
    const { p, errors } = await visit(context, '/bad-word');
    await eventually(() => errors.some((e) => e.includes('reask-after')), true);
    assert.deepEqual(
      errors.filter((e) => e.includes('reask-after')),
      ['[consentry] reask-after="soon" is invalid; using 182'],
    );
    assert.equal(await shown(p), false);
    await context.close();
  });

  it('more than cookie-days: reported and capped to cookie-days', async () => {
    const context = await web.browser.newContext();
    const { p, errors } = await visit(context, '/bad-over');
    await eventually(() => errors.some((e) => e.includes('reask-after')), true);
    assert.deepEqual(
      errors.filter((e) => e.includes('reask-after')),
      ['[consentry] reask-after=300 is more than cookie-days; using 90'],
    );
    await banner(p).waitFor();
    await context.close();
  });
});
