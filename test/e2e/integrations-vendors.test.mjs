// The consent APIs of common tags, through stand-in globals that record every call; and the
// promise not to be a TCF CMP.
/* global originals, tcfCalls -- set on window by the pages below */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { page, testSite } from './helpers.mjs';

/** Stand-ins for the vendors' globals: every call is recorded as [name, ...args]. */
const STANDINS = `<script>
window.calls = [];
const rec = (name) => (...a) => { calls.push([name, ...a]); };
window.fbq = rec('fbq');
window.uetq = { push: rec('uetq.push') };
window.clarity = rec('clarity');
window._paq = { push: rec('_paq.push') };
window.ttq = { grantConsent: rec('ttq.grantConsent'), revokeConsent: rec('ttq.revokeConsent') };
window.posthog = { opt_in_capturing: rec('posthog.opt_in_capturing'), opt_out_capturing: rec('posthog.opt_out_capturing') };
window.mixpanel = { opt_in_tracking: rec('mixpanel.opt_in_tracking'), opt_out_tracking: rec('mixpanel.opt_out_tracking') };
</script>`;
const head = (body, attrs = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${body}<script src="/dist/consentry.js" ${attrs}></script></head><body><main>x</main></body></html>`;

/** A page's own TCF stubs, as a registered CMP's snippet would define them. */
const TCF = `<script>
window.tcfCalls = [];
window.__tcfapi = function () { tcfCalls.push([...arguments]); };
window.__gpp = function () { tcfCalls.push(['gpp', ...arguments]); };
window.originals = [window.__tcfapi, window.__gpp];
document.cookie = 'euconsent-v2=CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA; path=/';
</script>`;

const web = testSite({
  '/vendors': head(STANDINS),
  '/notice': head(
    STANDINS.replace('window.posthog = {', 'window.posthog = { has_opted_in_capturing: () => true, has_opted_out_capturing: () => false, '),
    'data-mode="notice"',
  ),
  '/late': page({ body: "<script>window.calls = []; window.fbq = (...a) => calls.push(['fbq', ...a]);</script>" }),
  '/throws': head(
    "<script>window.calls = []; window.fbq = () => { throw new Error('boom'); }; window.ttq = { revokeConsent: () => calls.push(['ttq.revokeConsent']) };</script>",
  ),
  '/none': page({}),
  '/tcf': `<!doctype html><html lang="en"><head><title>t</title>${TCF}<script src="/dist/consentry.js"></script></head>
    <body><main>x</main><iframe name="__tcfapiLocator" title="tcf" hidden></iframe></body></html>`,
});

const open = (path, context) => web.open(path, { context });

/** Waits until `n` calls are recorded, then returns them (the vendor table is a lazy chunk). */
async function calls(p, n) {
  await p.waitForFunction((n) => window.calls.length >= n, n);
  return p.evaluate(() => window.calls.splice(0));
}

const refused = [
  ['fbq', 'consent', 'revoke'],
  ['uetq.push', 'consent', 'update', { ad_storage: 'denied' }],
  ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
  ['_paq.push', ['requireConsent'], ['requireCookieConsent']],
  ['_paq.push', ['forgetConsentGiven'], ['forgetCookieConsentGiven']],
  ['ttq.revokeConsent'],
  ['posthog.opt_out_capturing'],
  ['mixpanel.opt_out_tracking'],
];

describe('vendor consent APIs', () => {
  it('tells every vendor present at start, on every change, and only what changed', async () => {
    const { p, context, log } = await open('/vendors');
    assert.deepEqual(await calls(p, refused.length), refused);
    await p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await calls(p, 7), [
      ['fbq', 'consent', 'grant'],
      ['uetq.push', 'consent', 'update', { ad_storage: 'granted' }],
      ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
      ['_paq.push', ['setConsentGiven'], ['setCookieConsentGiven']],
      ['ttq.grantConsent'],
      ['posthog.opt_in_capturing'],
      ['mixpanel.opt_in_tracking'],
    ]);
    // Withdrawing advertising stops the advertising libraries at once; analytics ones are left alone.
    await p.evaluate(() => Consentry.set({ advertising: false }));
    assert.deepEqual(await calls(p, 4), [
      ['fbq', 'consent', 'revoke'],
      ['uetq.push', 'consent', 'update', { ad_storage: 'denied' }],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['ttq.revokeConsent'],
    ]);
    await p.evaluate(() => Consentry.set({ analytics: false }));
    assert.deepEqual(await calls(p, 4), [
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['_paq.push', ['forgetConsentGiven'], ['forgetCookieConsentGiven']],
      ['posthog.opt_out_capturing'],
      ['mixpanel.opt_out_tracking'],
    ]);
    // A decision that changes nothing tells nobody: the next calls are those of the next change.
    await p.evaluate(() => Consentry.rejectAll());
    await p.evaluate(() => Consentry.set({ analytics: true }));
    assert.deepEqual(await calls(p, 4), [
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['_paq.push', ['setConsentGiven'], ['setCookieConsentGiven']],
      ['posthog.opt_in_capturing'],
      ['mixpanel.opt_in_tracking'],
    ]);
    assert.deepEqual(log.errors, []);
    // A returning visitor: the stored decision at start.
    const again = await open('/vendors', context);
    assert.deepEqual(await calls(again.p, 8), [
      ['fbq', 'consent', 'revoke'],
      ['uetq.push', 'consent', 'update', { ad_storage: 'denied' }],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['_paq.push', ['requireConsent'], ['requireCookieConsent']],
      ['_paq.push', ['setConsentGiven'], ['setCookieConsentGiven']],
      ['ttq.revokeConsent'],
      ['posthog.opt_in_capturing'],
      ['mixpanel.opt_in_tracking'],
    ]);
    await context.close();
  });

  it('does not opt PostHog in again when it already is (no spurious opt-in event)', async () => {
    const { p, context } = await open('/notice');
    const got = await calls(p, 7);
    assert.ok(!got.some((c) => c[0] === 'posthog.opt_in_capturing'));
    assert.ok(got.some((c) => c[0] === 'mixpanel.opt_in_tracking'));
    await context.close();
  });

  it('a vendor defined after Consentry is told at DOMContentLoaded', async () => {
    const { p, context } = await open('/late');
    assert.deepEqual(await calls(p, 1), [['fbq', 'consent', 'revoke']]);
    await context.close();
  });

  it('a vendor API that throws is reported and does not stop the others', async () => {
    const { p, context, log } = await open('/throws');
    assert.deepEqual(await calls(p, 1), [['ttq.revokeConsent']]);
    assert.ok(log.errors.some((e) => e === '[consentry] could not tell fbq the consent state'));
    await context.close();
  });

  it('with no vendor on the page, the integrations chunk is not loaded', async () => {
    const before = web.server.hits.length;
    const { p, context } = await open('/none');
    await p.evaluate(() => Consentry.acceptAll());
    await p.waitForLoadState('load');
    assert.ok(!web.server.hits.slice(before).some((h) => h.includes('consentry.integrations.js')));
    await context.close();
  });
});

describe('not a TCF CMP', () => {
  it('never defines __tcfapi, __gpp, a __tcfapiLocator frame or euconsent-v2', async () => {
    const { p, context } = await open('/none');
    await p.evaluate(() => Consentry.acceptAll());
    await p.evaluate(() => Consentry.rejectAll());
    assert.deepEqual(
      await p.evaluate(() => [typeof window.__tcfapi, typeof window.__gpp, !!window.frames.__tcfapiLocator, document.querySelectorAll('iframe').length]),
      ['undefined', 'undefined', false, 0],
    );
    assert.ok(!(await context.cookies()).some((c) => c.name === 'euconsent-v2'));
    await context.close();
  });

  it("leaves a page's own TCF stub, locator frame and euconsent-v2 cookie untouched", async () => {
    const { p, context } = await open('/tcf');
    await p.evaluate(() => Consentry.acceptAll());
    await p.evaluate(() => Consentry.rejectAll());
    await p.evaluate(() => Consentry.reset());
    assert.deepEqual(
      await p.evaluate(() => [
        window.__tcfapi === originals[0],
        window.__gpp === originals[1],
        tcfCalls.length,
        document.querySelectorAll('iframe[name=__tcfapiLocator]').length,
      ]),
      [true, true, 0, 1],
    );
    const cookie = (await context.cookies()).find((c) => c.name === 'euconsent-v2');
    assert.equal(cookie?.value, 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA');
    await context.close();
  });
});
