// Google Consent Mode v2 and the Google Analytics opt-out, as Google's tags see them: the
// `dataLayer` entries, entry by entry, and the `ga-disable-<id>` flags.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieNamesSettled, inBanner, page, testSite } from './helpers.mjs';

const json = (obj) => `<script type="application/json" id="cfg">${JSON.stringify(obj)}</script>`;
/** A stand-in for a Google tag, loaded through gating: it records what it found on dataLayer. */
const TAG = 'window.tagSaw = dataLayer.map((e) => [Object.prototype.toString.call(e), ...e]);';

const web = testSite({
  '/tag.js': { body: TAG, type: 'text/javascript' },
  '/': page({
    attrs: 'data-categories="functional analytics advertising"',
    body: '<script type="text/plain" data-consent="analytics" src="/tag.js"></script>',
  }),
  '/plain': page({}),
  '/off': page({ attrs: 'data-consent-mode="off" data-ga-id="G-OFF1"' }),
  '/options': page({ attrs: 'data-wait-for-update="1500" data-url-passthrough="true" data-ads-data-redaction="false"' }),
  '/own-gtag': `<!doctype html><html lang="en"><head><title>t</title>
    <script>window.dataLayer = [['page', 'array']]; window.calls = []; function gtag() { calls.push([...arguments]); dataLayer.push(arguments); }</script>
    <script src="/dist/consentry.js"></script>
    <script>gtag('js', 'now'); gtag('config', 'G-PAGE');</script></head><body><main>x</main></body></html>`,
  '/regions': `<!doctype html><html lang="en"><head><title>t</title>${json({
    consentModeRegions: [
      { region: ['US-CA', 'US-VA'], analytics: true, advertising: true },
      { region: ['GB'], functional: true },
    ],
  })}<script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main>x</main></body></html>`,
  '/bad-regions': `<!doctype html><html lang="en"><head><title>t</title>${json({
    consentModeRegions: [
      { region: ['US-CA'], analytics: true },
      { region: 'US-CA', analytics: true },
      { region: ['us-ca'], analytics: true },
      { region: ['DE'], analytics: 'yes' },
      { region: ['FR'], sales: true },
      { region: [] },
      'EU',
    ],
  })}<script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main>x</main></body></html>`,
  '/not-a-table': `<!doctype html><html lang="en"><head><title>t</title>${json({ consentModeRegions: { US: true } })}
    <script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main>x</main></body></html>`,
  '/ga': page({ attrs: 'data-ga-id="G-AAA111 G-BBB222"' }),
  '/ga-bad': page({ attrs: 'data-ga-id="G-GOOD1 g-lower junk G-<b>"' }),
  '/ga-no-analytics': page({ attrs: 'data-ga-id="G-AAA111" data-categories="advertising"' }),
});

const open = (path, context) => web.open(path, { context });

/** dataLayer as `[kind, ...args]`, where kind tells an `arguments` object from anything else. */
const layer = (p) => p.evaluate(() => (window.dataLayer || []).map((e) => [Object.prototype.toString.call(e), ...e]));

const ARGS = '[object Arguments]';
const G = 'granted';
const D = 'denied';
/** The seven types for advertising (ad), analytics (an) and functional (fn). */
const types = (ad, an, fn) => ({
  ad_storage: ad,
  ad_user_data: ad,
  ad_personalization: ad,
  analytics_storage: an,
  functionality_storage: fn,
  personalization_storage: fn,
  security_storage: G,
});
const def = (t, wait = 500) => [ARGS, 'consent', 'default', { ...t, wait_for_update: wait }];
const upd = (t) => [ARGS, 'consent', 'update', t];
const redaction = (on) => [ARGS, 'set', 'ads_data_redaction', on];

describe('Consent Mode v2', () => {
  it('first visit: the default (all seven types) and ads_data_redaction, as arguments objects, before any gated tag', async () => {
    const { p, context, log } = await open('/');
    const first = [def(types(D, D, D)), redaction(true)];
    assert.deepEqual(await layer(p), first);
    assert.equal(await p.evaluate(() => typeof window.gtag), 'function');
    // Accepting runs the gated tag: the default was already there, and the update came first.
    await inBanner(p, 'button[part~=accept]').click();
    await p.waitForFunction(() => window.tagSaw);
    const accepted = [...first, upd(types(G, G, G)), redaction(false)];
    assert.deepEqual(await p.evaluate(() => window.tagSaw), accepted);
    assert.deepEqual(await layer(p), accepted);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('returning visitor: the default is the stored decision, and no redaction once advertising is granted', async () => {
    const { p, context } = await open('/');
    await p.evaluate(() => Consentry.acceptAll());
    const again = await open('/', context);
    assert.deepEqual(await layer(again.p), [def(types(G, G, G))]);
    // The gated tag ran after the default.
    await again.p.waitForFunction(() => window.tagSaw);
    assert.deepEqual((await again.p.evaluate(() => window.tagSaw))[0], def(types(G, G, G)));
    await context.close();
  });

  it('reject, partial choice and withdrawal each push an update', async () => {
    const { p, context } = await open('/');
    await inBanner(p, 'button[part~=reject]').click();
    const base = [def(types(D, D, D)), redaction(true)];
    assert.deepEqual(await layer(p), [...base, upd(types(D, D, D))]);
    await p.evaluate(() => Consentry.set({ analytics: true }));
    assert.deepEqual(await layer(p), [...base, upd(types(D, D, D)), upd(types(D, G, D))]);
    await p.evaluate(() => Consentry.set({ advertising: true, functional: true }));
    await p.evaluate(() => Consentry.rejectAll());
    assert.deepEqual(await layer(p), [
      ...base,
      upd(types(D, D, D)),
      upd(types(D, G, D)),
      upd(types(G, G, G)),
      redaction(false),
      upd(types(D, D, D)),
      redaction(true),
    ]);
    // A returning visitor after withdrawal starts refused.
    const again = await open('/', context);
    assert.deepEqual(await layer(again.p), [def(types(D, D, D)), redaction(true)]);
    await context.close();
  });

  it('a partial choice made in the preferences dialog', async () => {
    const { p, context } = await open('/');
    await inBanner(p, 'button[part~=preferences]').click();
    await inBanner(p, 'dialog input[role=switch] >> nth=2').check();
    await inBanner(p, 'button[part~=save]').click();
    const entries = await layer(p);
    assert.deepEqual(entries.slice(2), [upd(types(D, G, D))]);
    assert.ok(entries.every((e) => e[0] === ARGS));
    await context.close();
  });

  it('consent-mode="off" pushes nothing and defines no gtag', async () => {
    const { p, context } = await open('/off');
    await p.evaluate(() => Consentry.acceptAll());
    assert.equal(await p.evaluate(() => window.dataLayer), undefined);
    assert.equal(await p.evaluate(() => typeof window.gtag), 'undefined');
    // The GA opt-out does not depend on Consent Mode.
    assert.equal(await p.evaluate(() => window['ga-disable-G-OFF1']), false);
    await context.close();
  });

  it('wait-for-update, url-passthrough and ads-data-redaction="false"', async () => {
    const { p, context } = await open('/options');
    assert.deepEqual(await layer(p), [def(types(D, D, D), 1500), [ARGS, 'set', 'url_passthrough', true]]);
    await context.close();
  });

  it("uses the page's own gtag and keeps the page's earlier entries", async () => {
    const { p, context } = await open('/own-gtag');
    const entries = await layer(p);
    assert.deepEqual(entries[0], ['[object Array]', 'page', 'array']);
    assert.deepEqual(entries.slice(1), [def(types(D, D, D)), redaction(true), [ARGS, 'js', 'now'], [ARGS, 'config', 'G-PAGE']]);
    assert.equal((await p.evaluate(() => window.calls)).length, 4);
    await context.close();
  });

  it('per-region defaults precede the global default, and not for a visitor who has decided', async () => {
    const { p, context, log } = await open('/regions');
    const wait = { wait_for_update: 500 };
    assert.deepEqual(await layer(p), [
      [ARGS, 'consent', 'default', { ...types(G, G, D), region: ['US-CA', 'US-VA'], ...wait }],
      [ARGS, 'consent', 'default', { ...types(D, D, G), region: ['GB'], ...wait }],
      def(types(D, D, D)),
      redaction(true),
    ]);
    assert.deepEqual(log.errors, []);
    await p.evaluate(() => Consentry.rejectAll());
    const again = await open('/regions', context);
    assert.deepEqual(await layer(again.p), [def(types(D, D, D)), redaction(true)]);
    await context.close();
  });

  it('malformed region entries and tables are reported with [consentry] and ignored', async () => {
    const { p, context, log } = await open('/bad-regions');
    const entries = await layer(p);
    assert.deepEqual(entries, [
      [ARGS, 'consent', 'default', { ...types(D, G, D), region: ['US-CA'], wait_for_update: 500 }],
      def(types(D, D, D)),
      redaction(true),
    ]);
    const bad = log.errors.filter((e) => e.startsWith('[consentry] consentModeRegions['));
    assert.deepEqual(
      bad.map((e) => e.match(/\[(\d)\]/)[1]),
      ['1', '2', '3', '4', '5', '6'],
    );
    assert.ok(bad.every((e) => e.includes('is not a region default')));
    const table = await open('/not-a-table', context);
    assert.deepEqual(await layer(table.p), [def(types(D, D, D)), redaction(true)]);
    assert.ok(table.log.errors.some((e) => e.startsWith('[consentry] consentModeRegions=') && e.includes('{"US":true}')));
    await context.close();
  });
});

describe('Google Analytics opt-out', () => {
  const flags = (p, ids) => p.evaluate((ids) => ids.map((id) => window['ga-disable-' + id]), ids);

  it('sets ga-disable-<id> for every id while analytics is not granted', async () => {
    const { p, context, log } = await open('/ga');
    const ids = ['G-AAA111', 'G-BBB222'];
    assert.deepEqual(await flags(p, ids), [true, true]);
    await p.evaluate(() => Consentry.set({ analytics: true }));
    assert.deepEqual(await flags(p, ids), [false, false]);
    // Google Analytics is declared as a service of analytics: refusing it alone disables GA.
    assert.equal(await p.evaluate(() => Consentry.get().services['google-analytics']), true);
    await p.evaluate(() => Consentry.set({ 'google-analytics': false }));
    assert.deepEqual(await flags(p, ids), [true, true]);
    await p.evaluate(() => Consentry.set({ analytics: true }));
    await p.evaluate(() => Consentry.rejectAll());
    assert.deepEqual(await flags(p, ids), [true, true]);
    // A returning visitor who granted analytics has GA enabled from the start.
    await p.evaluate(() => Consentry.acceptAll());
    const again = await open('/ga', context);
    assert.deepEqual(await flags(again.p, ids), [false, false]);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it("deletes GA's cookies on withdrawal and leaves other cookies alone", async () => {
    const { p, context } = await open('/ga');
    await p.evaluate(() => Consentry.acceptAll());
    const GA = ['_ga', '_ga_AAA111', '_gid', '_gat_gtag_G_AAA111'];
    await p.evaluate((names) => {
      for (const n of [...names, 'site_pref']) document.cookie = `${n}=1; path=/`;
    }, GA);
    await p.evaluate(() => Consentry.set({ analytics: false }));
    assert.deepEqual(await cookieNamesSettled(context, ['consentry', 'site_pref']), ['consentry', 'site_pref']);
    await context.close();
  });

  it('invalid measurement ids are reported with [consentry] and ignored', async () => {
    const { p, context, log } = await open('/ga-bad');
    const keys = await p.evaluate(() => Object.keys(window).filter((k) => k.startsWith('ga-disable-')));
    assert.deepEqual(keys, ['ga-disable-G-GOOD1']);
    for (const bad of ['g-lower', 'junk', 'G-<b>'])
      assert.ok(
        log.errors.some((e) => e.startsWith('[consentry] ga-id="' + bad + '"')),
        bad,
      );
    await context.close();
  });

  it('ga-id without an analytics category is reported; GA stays disabled', async () => {
    const { p, context, log } = await open('/ga-no-analytics');
    await p.evaluate(() => Consentry.acceptAll());
    assert.equal(await p.evaluate(() => window['ga-disable-G-AAA111']), true);
    assert.ok(log.errors.some((e) => e.startsWith('[consentry] ga-id needs the "analytics" category')));
    await context.close();
  });
});
