// A stand-in for a Shopify storefront's Customer Privacy API, written from Shopify's documentation
// (docs/integrations.md, Shopify): Shopify cannot run here. The demo page and
// test/e2e/platforms-shopify.test.mjs load it; on a storefront, Shopify's own script is there.
//
// - `Shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], callback)` loads
//   `Shopify.customerPrivacy`, then calls `callback(error)`;
// - `customerPrivacy.setTrackingConsent({ analytics, marketing, preferences, sale_of_data }, callback)`
//   stores the visitor's choice (true or false per field) and calls `callback()`;
// - `customerPrivacy.currentVisitorConsent()` returns each field as `'yes'`, `'no'` or `''`
//   (no choice yet); `analyticsProcessingAllowed()`, `marketingAllowed()`,
//   `preferencesProcessingAllowed()` and `saleOfDataAllowed()` answer from it.
// The stand-in keeps the choice in sessionStorage (`shopify-standin`), so that a reload keeps it
// as Shopify would.
(function () {
  const KEY = 'shopify-standin';
  const read = () => JSON.parse(sessionStorage.getItem(KEY) || '{}');
  const word = (v) => (v === true ? 'yes' : v === false ? 'no' : '');
  const privacy = {
    setTrackingConsent(consent, callback) {
      sessionStorage.setItem(KEY, JSON.stringify({ ...read(), ...consent }));
      document.dispatchEvent(new CustomEvent('visitorConsentCollected', { detail: consent }));
      if (typeof callback === 'function') setTimeout(() => callback({}));
    },
    currentVisitorConsent() {
      const c = read();
      return { analytics: word(c.analytics), marketing: word(c.marketing), preferences: word(c.preferences), sale_of_data: word(c.sale_of_data) };
    },
    analyticsProcessingAllowed: () => read().analytics === true,
    marketingAllowed: () => read().marketing === true,
    preferencesProcessingAllowed: () => read().preferences === true,
    saleOfDataAllowed: () => read().sale_of_data !== false,
  };
  window.Shopify = window.Shopify || {};
  window.Shopify.shop = 'consentry-demo.myshopify.com';
  window.Shopify.loadFeatures = function (features, callback) {
    const known = features.every((f) => f.name === 'consent-tracking-api');
    setTimeout(() => {
      if (known) window.Shopify.customerPrivacy = privacy;
      callback(known ? null : new Error('unknown feature'));
    });
  };
})();
