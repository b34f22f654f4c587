// Amazon Ads' consent signal, told to a recording stand-in of Amazon's consent library
// (amzn-consent.js, `window.amznConsent`), written from Amazon's integration guide for consent
// management platforms (docs/integrations.md, Amazon Ads' consent signal): the builder
// `amznConsent().setCountryCode(…).setEnableAdStorage(…).setEnableUserData(…).build()`.
/* global acs */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, testSite } from './helpers.mjs';

/** Records each signal built as the object of the fields set on the builder, in `window.acs`. */
const STANDIN = `<script>
window.acs = [];
window.amznConsent = function (direct) {
  if (direct) return void acs.push({ direct });
  const signal = {};
  const builder = {};
  for (const field of ['IpAddress', 'CountryCode', 'EnableAdStorage', 'EnableUserData'])
    builder['set' + field] = (v) => ((signal[field[0].toLowerCase() + field.slice(1)] = v), builder);
  builder.build = () => void acs.push(signal);
  return builder;
};
</script>`;

const doc = (attrs = '', cfg) =>
  `<!doctype html><html lang="en"><head><title>t</title>${STANDIN}${cfg ? `<script type="application/json" id="cfg">${JSON.stringify(cfg)}</script>` : ''}
  <script src="/dist/consentry.js" ${cfg ? 'data-config="#cfg"' : ''} ${attrs}></script></head><body><main>x</main></body></html>`;

/** The worked example of docs/regions.md, shortened: opt-in in the EEA and the UK, opt-out in US states with a privacy law. */
const REGIONS = {
  categories: { analytics: {}, advertising: {} },
  regions: { 'EEA UK': { mode: 'opt-in' }, 'US-PRIVACY': { mode: 'opt-out' }, '*': { mode: 'notice' } },
};

const web = testSite({
  '/': doc(),
  '/de': doc('data-region="DE"'),
  '/uk': doc('data-region="GB"'),
  '/regions-ca': doc('data-region="US-CA"', REGIONS),
  '/regions-fr': doc('data-region="FR"', REGIONS),
  '/throws': `<!doctype html><html lang="en"><head><title>t</title><script>window.amznConsent = () => { throw new Error('boom'); };</script>
    <script src="/dist/consentry.js"></script></head><body><main>x</main></body></html>`,
});

/** Waits until `n` signals are recorded, then returns them and empties the list. */
async function signals(p, n) {
  await p.waitForFunction((n) => window.acs.length >= n, n);
  return p.evaluate(() => acs.splice(0));
}

const DENIED = { enableAdStorage: 'DENIED', enableUserData: 'DENIED' };
const GRANTED = { enableAdStorage: 'GRANTED', enableUserData: 'GRANTED' };
const GPC = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });

describe("Amazon Ads' consent signal", () => {
  it('starts denied, follows every decision with the builder, and sends no country when the region is unknown', async () => {
    const { p, context, errors } = await web.open('/');
    assert.deepEqual(await signals(p, 1), [DENIED]);
    await p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await signals(p, 1), [GRANTED]);
    await p.evaluate(() => Consentry.set({ advertising: false }));
    assert.deepEqual(await signals(p, 1), [DENIED]);
    // A decision that leaves advertising as it was is not sent again.
    await p.evaluate(() => Consentry.set({ analytics: false }));
    await p.evaluate(() => Consentry.set({ advertising: true }));
    assert.deepEqual(await signals(p, 1), [GRANTED]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("names the visitor's country as Amazon writes it, and tells a returning visitor their decision at start", async () => {
    const de = await web.open('/de');
    assert.deepEqual(await signals(de.p, 1), [{ countryCode: 'DE', ...DENIED }]);
    await de.p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await signals(de.p, 1), [{ countryCode: 'DE', ...GRANTED }]);
    const again = await web.open('/de', { context: de.context });
    assert.deepEqual(await signals(again.p, 1), [{ countryCode: 'DE', ...GRANTED }]);
    await de.context.close();
    const uk = await web.open('/uk');
    assert.deepEqual(await signals(uk.p, 1), [{ countryCode: 'UK', ...DENIED }]);
    await uk.context.close();
  });

  it("follows the region's rules: granted in an opt-out state until refused, denied under GPC, denied in the EEA until accepted", async () => {
    const ca = await web.open('/regions-ca');
    assert.deepEqual((await signals(ca.p, 1)).at(-1), { countryCode: 'US', ...GRANTED });
    await ca.p.evaluate(() => Consentry.rejectAll());
    assert.deepEqual(await signals(ca.p, 1), [{ countryCode: 'US', ...DENIED }]);
    await ca.context.close();
    const gpc = await web.open('/regions-ca', { init: GPC });
    assert.deepEqual((await signals(gpc.p, 1)).at(-1), { countryCode: 'US', ...DENIED });
    await gpc.context.close();
    const fr = await web.open('/regions-fr');
    assert.deepEqual((await signals(fr.p, 1)).at(-1), { countryCode: 'FR', ...DENIED });
    await fr.context.close();
  });

  it('reports a library that throws once, and the page goes on', async () => {
    const { p, context, errors } = await web.open('/throws');
    await p.waitForFunction(() => Consentry.get());
    await p.evaluate(() => Consentry.acceptAll());
    const told = () => errors.filter((e) => e.includes('[consentry] could not tell amznConsent the consent state')).length;
    assert.equal(await eventually(told, 1), 1, errors.join('\n'));
    assert.equal(await p.evaluate(() => Consentry.allowed('advertising')), true);
    await context.close();
  });
});
