// The WordPress bridge (dist/consentry.wordpress.js) against a stand-in of the WP Consent API
// written from its documented contract (demo/wordpress/wp-consent-api.js; docs/integrations.md,
// WordPress): the API plugin is not in Debian's packages and its code is not copied here. The
// plugin of integrations/wordpress/ on a real WordPress: test/e2e/platforms-wordpress-real.test.mjs.
/* global rec, wp_has_consent -- set on window by the pages below */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieNamesSettled, eventually, inBanner, page, testSite } from './helpers.mjs';

const API = '<script src="/demo/wordpress/wp-consent-api.js"></script>';
/** Records what a plugin using the API sees: the declared type, and every change event, in `window.rec`. */
const LISTENER = `<script>
window.rec = [];
document.addEventListener('wp_consent_type_defined', () => rec.push(['type', window.wp_consent_type]));
document.addEventListener('wp_listen_for_consent_change', (e) => rec.push(['change', e.detail]));
</script>`;
const head = (before, attrs = '', after = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${LISTENER}${before}<script src="/dist/consentry.js" ${attrs}></script>${after}</head><body><main>x</main></body></html>`;

const web = testSite({
  '/wp': head(API),
  '/wp-optout': head(API, 'data-mode="opt-out"'),
  // WordPress prints the API's script in the footer, after the drop-in.
  '/wp-footer': `<!doctype html><html lang="en"><head><title>t</title>${LISTENER}<script src="/dist/consentry.js"></script></head><body><main>x</main>${API}</body></html>`,
  '/named': page({ body: '<div id="wp_set_consent">planted</div><form name="wp_consent_type"></form>' }),
  '/none': page({}),
});

/** What a plugin saw since the last read. */
const seen = (p) => p.evaluate(() => rec.splice(0));
const sets = (values) => Object.entries(values).map(([category, value]) => ['change', { [category]: value }]);
const REFUSED = { functional: 'allow', preferences: 'deny', statistics: 'deny', 'statistics-anonymous': 'deny', marketing: 'deny' };
const ACCEPTED = { functional: 'allow', preferences: 'deny', statistics: 'allow', 'statistics-anonymous': 'allow', marketing: 'allow' };

describe('WordPress: the WP Consent API', () => {
  it('declares the consent type, sets every category at start and on every decision, and plugins read it', async () => {
    const { p, context, errors } = await web.open('/wp');
    await p.waitForFunction(() => rec.length >= 6);
    assert.deepEqual(await seen(p), [['type', 'optin'], ...sets(REFUSED)]);
    assert.equal(await p.evaluate(() => wp_has_consent('marketing')), false);
    await inBanner(p, 'button:has-text("Accept all")').click();
    await p.waitForFunction(() => rec.length >= 5);
    assert.deepEqual(await seen(p), sets(ACCEPTED));
    assert.deepEqual(await p.evaluate(() => ['marketing', 'statistics', 'preferences'].map(wp_has_consent)), [true, true, false]);
    // The API's own cookies, which plugins' PHP reads on the next request.
    assert.deepEqual(
      await cookieNamesSettled(
        context,
        ['wp_consent_functional', 'wp_consent_marketing', 'wp_consent_preferences', 'wp_consent_statistics', 'wp_consent_statistics-anonymous'],
        {
          filter: (n) => n.startsWith('wp_consent_'),
        },
      ),
      ['wp_consent_functional', 'wp_consent_marketing', 'wp_consent_preferences', 'wp_consent_statistics', 'wp_consent_statistics-anonymous'],
    );
    await p.evaluate(() => Consentry.set({ advertising: false }));
    await p.waitForFunction(() => rec.length >= 5);
    assert.equal(JSON.stringify((await seen(p)).at(-1)), JSON.stringify(['change', { marketing: 'deny' }]));
    assert.equal(await p.evaluate(() => wp_has_consent('marketing')), false);
    // Every decision is set, also one that changes nothing.
    await p.evaluate(() => Consentry.set({ advertising: false }));
    await p.waitForFunction(() => rec.length >= 5);
    assert.deepEqual(await seen(p), sets({ ...ACCEPTED, marketing: 'deny' }));
    // A returning visitor: the stored decision, declared at start.
    const again = await web.open('/wp', { context });
    await again.p.waitForFunction(() => rec.length >= 6);
    assert.deepEqual(await seen(again.p), [['type', 'optin'], ...sets({ ...ACCEPTED, marketing: 'deny' })]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('declares opt-out where the mode is opt-out, and finds an API printed after the drop-in', async () => {
    const out = await web.open('/wp-optout');
    await out.p.waitForFunction(() => rec.length >= 6);
    assert.deepEqual(await seen(out.p), [['type', 'optout'], ...sets(ACCEPTED)]);
    await out.context.close();
    const footer = await web.open('/wp-footer');
    await footer.p.waitForFunction(() => rec.length >= 6);
    assert.deepEqual(await seen(footer.p), [['type', 'optin'], ...sets(REFUSED)]);
    await footer.context.close();
  });

  it('loads no bridge without a platform, and a planted element is not the API', async () => {
    const none = await web.open('/none');
    await none.p.waitForFunction(() => Consentry.get());
    await none.p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(
      none.hits().filter((h) => /wordpress|shopify/.test(h)),
      [],
    );
    await none.context.close();
    const named = await web.open('/named');
    await named.p.evaluate(() => Consentry.acceptAll());
    await eventually(() => named.hits().some((h) => h.includes('consentry.wordpress.js')), true);
    assert.equal(await named.p.evaluate(() => typeof window.wp_consent_type), 'object');
    assert.deepEqual(await named.context.cookies().then((c) => c.filter((x) => x.name.startsWith('wp_consent')).map((x) => x.name)), []);
    assert.deepEqual(named.errors, []);
    assert.deepEqual(named.pageErrors, []);
    await named.context.close();
  });
});
