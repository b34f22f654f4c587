// The service catalogue: a lazy chunk, loaded only when the configuration names a catalogue id;
// until it arrives those services are unknown (nothing they gate runs), then they are resolved.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cookieNamesSettled, inBanner, page, ROOT, testSite } from './helpers.mjs';

/** Holds back dist/consentry.services.js until `release()` is called (for the /slow page). */
let release;
let held;

const withConfig = (cfg, body = '') =>
  `<!doctype html><html lang="en"><head><title>t</title><script type="application/json" id="cfg">${JSON.stringify(cfg)}</script>
  <script src="/dist/consentry.js" data-config="#cfg"></script></head><body><main>x</main>${body}</body></html>`;

const HOTJAR = '<script type="text/plain" data-consent="analytics/hotjar">window.hotjarRan = true</script>';

// Made once dist/ is there (the tests' before()), as the rest of the pages.
const web = testSite(() => {
  const chunk = readFileSync(ROOT + 'dist/consentry.services.js', 'utf8');
  return {
    '/known': withConfig(
      {
        categories: {
          analytics: { services: ['google-analytics', 'hotjar'] },
          advertising: {
            services: [
              { id: 'meta-pixel', purpose: 'Our own ads' },
              { id: 'own-pixel', name: 'Own pixel' },
            ],
          },
        },
      },
      HOTJAR,
    ),
    '/unknown': withConfig({ categories: { analytics: { services: ['google-analytics', 'no-such-service', 42] } } }),
    '/none': withConfig({ categories: { analytics: { services: [{ id: 'own', name: 'Own analytics' }] } } }),
    '/slow': withConfig({ categories: { analytics: { services: ['hotjar'] } } }, HOTJAR).replaceAll('/dist/consentry.js', '/slow/consentry.js'),
    '/slow/consentry.js': { body: readFileSync(ROOT + 'dist/consentry.js', 'utf8'), type: 'text/javascript' },
    // Gating lives in the extras chunk, and reading the JSON configuration in the json chunk, next to the drop-in.
    '/slow/consentry.extras.js': { body: readFileSync(ROOT + 'dist/consentry.extras.js', 'utf8'), type: 'text/javascript' },
    '/slow/consentry.json.js': { body: readFileSync(ROOT + 'dist/consentry.json.js', 'utf8'), type: 'text/javascript' },
    '/slow/consentry.services.js': () =>
      new Promise((resolve) => {
        release = () => resolve({ body: chunk, type: 'text/javascript' });
        held?.();
      }),
    '/plain': page({}),
    '/csp': {
      headers: {
        'content-security-policy':
          "script-src 'nonce-n0nce' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types consentry lit-html",
      },
      body: `<!doctype html><html lang="en"><head><title>t</title>
      <script type="application/json" id="cfg">${JSON.stringify({ categories: { analytics: { services: ['hotjar'] } } })}</script>
      <script nonce="n0nce">window.calls = []; window.fbq = (...a) => calls.push(a);</script>
      <script nonce="n0nce" src="/dist/consentry.js" data-config="#cfg"></script></head><body><main>x</main></body></html>`,
    },
  };
});

/** The console errors: none is expected, not even for a catalogue service gated while the catalogue loads. */
const errors = (log) => log.errors;

const open = (path, waitUntil = 'load') => web.open(path, { waitUntil });

describe('service catalogue', () => {
  it('is not part of the drop-in', () => {
    const dropIn = readFileSync(ROOT + 'dist/consentry.js', 'utf8');
    const chunk = readFileSync(ROOT + 'dist/consentry.services.js', 'utf8');
    for (const fact of ['hubspotutk', 'cto_bundle', 'intercom-session', 'https://posthog.com/privacy']) {
      assert.ok(!dropIn.includes(fact), fact);
      assert.ok(chunk.includes(fact), fact);
    }
  });

  it('a catalogue id is enough; an object with a catalogue id overrides it field by field', async () => {
    const { p, context, log, hits } = await open('/known');
    await p.waitForFunction(() => 'hotjar' in Consentry.get().services);
    assert.ok(hits().some((h) => h === '/dist/consentry.services.js'));
    assert.deepEqual(Object.keys(await p.evaluate(() => Consentry.get().services)), ['google-analytics', 'hotjar', 'meta-pixel', 'own-pixel']);
    await p.evaluate(() => Consentry.showPreferences());
    const dialog = inBanner(p, 'dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    for (const shown of ['Google Analytics', 'Hotjar', 'Meta Pixel', 'Own pixel']) assert.ok(text.includes(shown), shown);
    // The dialog's details name the catalogue's provider beside the purpose the site overrode.
    const meta = await dialog.locator('section[aria-label="Meta Pixel"]').textContent();
    assert.ok(meta.includes('Meta Platforms') && meta.includes('Our own ads'), meta);
    // Its declared cookies are deleted when the category is refused.
    await p.evaluate(() => Consentry.acceptAll());
    await p.evaluate(() => {
      for (const n of ['_hjSession_123', '_hjSessionUser_123', '_fbp', 'mine']) document.cookie = n + '=1; path=/';
    });
    await p.evaluate(() => Consentry.rejectAll());
    assert.deepEqual(await cookieNamesSettled(context, ['consentry', 'mine']), ['consentry', 'mine']);
    assert.deepEqual(errors(log), []);
    await context.close();
  });

  it('unknown service names are reported with [consentry] and ignored', async () => {
    const { p, context, log } = await open('/unknown');
    await p.waitForFunction(() => 'google-analytics' in Consentry.get().services);
    assert.deepEqual(Object.keys(await p.evaluate(() => Consentry.get().services)), ['google-analytics']);
    assert.ok(
      log.errors.includes('[consentry] categories.analytics.services[1]="no-such-service" is not a known service; using "nothing"'),
      log.errors.join('\n'),
    );
    assert.ok(log.errors.some((e) => e.startsWith('[consentry] categories.analytics.services[2]=42 is not a known service')));
    await context.close();
  });

  it('is not loaded when no catalogue id is named', async () => {
    for (const path of ['/none', '/plain']) {
      const { p, context, hits } = await open(path);
      await p.waitForLoadState('load');
      await p.evaluate(() => Consentry.acceptAll());
      assert.ok(!hits().some((h) => h.includes('consentry.services.js')), path);
      await context.close();
    }
  });

  it('the catalogue and integrations chunks load under a strict CSP with Trusted Types', async () => {
    const { p, context, log } = await open('/csp');
    await p.waitForFunction(() => 'hotjar' in Consentry.get().services);
    await p.waitForFunction(() => window.calls.length === 1);
    assert.deepEqual(await p.evaluate(() => window.calls), [['consent', 'revoke']]);
    assert.equal(await p.evaluate(() => Object.prototype.toString.call(window.dataLayer[0])), '[object Arguments]');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(errors(log), []);
    await context.close();
  });

  it('until it arrives, its services are unknown: what they gate does not run, even when granted', async () => {
    const waiting = new Promise((resolve) => (held = resolve));
    // The held chunk holds back the load event.
    const { p, context, log } = await open('/slow', 'domcontentloaded');
    await waiting;
    await p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await p.evaluate(() => [Consentry.allowed('analytics'), Consentry.allowed('analytics/hotjar'), window.hotjarRan]), [
      true,
      false,
      undefined,
    ]);
    release();
    await p.waitForFunction(() => 'hotjar' in Consentry.get().services);
    await p.waitForFunction(() => window.hotjarRan === true);
    assert.equal(await p.evaluate(() => Consentry.allowed('analytics/hotjar')), true);
    assert.deepEqual(errors(log), []);
    await context.close();
  });
});
