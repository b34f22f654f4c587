// The Shopify bridge (dist/consentry.shopify.js) against a recording stand-in of the Customer
// Privacy API written from Shopify's documentation (demo/shopify/customer-privacy.js;
// docs/integrations.md, Shopify): Shopify cannot run here, so these are the documented calls,
// not a storefront.
/* global rec, Shopify -- set on window by the pages below */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inBanner, testSite } from './helpers.mjs';

/** The stand-in, and a recorder of the calls made to it (`window.rec`). */
const STOREFRONT = `<script src="/demo/shopify/customer-privacy.js"></script>
<script>
window.rec = [];
const load = Shopify.loadFeatures;
Shopify.loadFeatures = (features, done) => {
  rec.push(['loadFeatures', features]);
  load(features, (error) => {
    const privacy = Shopify.customerPrivacy;
    const set = privacy.setTrackingConsent;
    privacy.setTrackingConsent = (consent, callback) => (rec.push(['setTrackingConsent', consent]), set(consent, callback));
    done(error);
  });
};
</script>`;
const head = (before, attrs = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${before}<script src="/dist/consentry.js" ${attrs}></script></head><body><main>x</main></body></html>`;

const web = testSite({
  '/shop': head(STOREFRONT),
  '/broken': head("<script>window.Shopify = { loadFeatures: (f, done) => setTimeout(() => done(new Error('no'))) };</script>"),
});

const FEATURES = [{ name: 'consent-tracking-api', version: '0.1' }];
const calls = async (p, n) => (await p.waitForFunction((n) => rec.length >= n, n), p.evaluate(() => rec.splice(0)));
/** Shopify's choice as the storefront stored it before (the stand-in keeps it in sessionStorage). */
const shopifyKnows = (choice) => `sessionStorage.setItem('shopify-standin', ${JSON.stringify(JSON.stringify(choice))})`;

describe('Shopify: the Customer Privacy API', () => {
  it("loads the API, sends nothing before a decision, then each decision as Shopify's four fields", async () => {
    const { p, context, errors } = await web.open('/shop');
    assert.deepEqual(await calls(p, 1), [['loadFeatures', FEATURES]]);
    await p.waitForFunction(() => Shopify.customerPrivacy);
    await inBanner(p, 'button:has-text("Accept all")').click();
    assert.deepEqual(await calls(p, 1), [['setTrackingConsent', { analytics: true, marketing: true, preferences: false, sale_of_data: true }]]);
    assert.deepEqual(await p.evaluate(() => Shopify.customerPrivacy.currentVisitorConsent()), {
      analytics: 'yes',
      marketing: 'yes',
      preferences: 'no',
      sale_of_data: 'yes',
    });
    await p.evaluate(() => Consentry.set({ advertising: false }));
    assert.deepEqual(await calls(p, 1), [['setTrackingConsent', { analytics: true, marketing: false, preferences: false, sale_of_data: false }]]);
    assert.equal(await p.evaluate(() => Shopify.customerPrivacy.marketingAllowed()), false);
    // A new tab: Shopify's stand-in forgot (its sessionStorage), Consentry's record did not: sent at start.
    const again = await web.open('/shop', { context });
    assert.deepEqual(await calls(again.p, 2), [
      ['loadFeatures', FEATURES],
      ['setTrackingConsent', { analytics: true, marketing: false, preferences: false, sale_of_data: false }],
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('takes over the choice a visitor already made with Shopify, and the banner goes', async () => {
    const { p, context } = await web.open('/shop', { init: shopifyKnows({ analytics: true, marketing: false, preferences: false, sale_of_data: false }) });
    await p.waitForFunction(() => Consentry.get().decided);
    assert.deepEqual((await p.evaluate(() => Consentry.get())).categories, { necessary: true, analytics: true, advertising: false });
    assert.equal(await inBanner(p, 'button:has-text("Accept all")').isVisible(), false);
    // Nothing to send back: Shopify already has that choice.
    assert.deepEqual(await calls(p, 1), [['loadFeatures', FEATURES]]);
    await context.close();
  });

  it('reports a storefront that cannot load the API, once', async () => {
    const { p, context, errors } = await web.open('/broken');
    await p.evaluate(() => Consentry.acceptAll());
    const reported = () => errors.filter((e) => e.includes('[consentry] could not load Shopify.customerPrivacy')).length;
    assert.equal(await eventually(reported, 1), 1, errors.join('\n'));
    await context.close();
  });
});
