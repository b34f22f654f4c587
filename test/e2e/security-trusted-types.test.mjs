// Consentry's Trusted Types policy under an enforced CSP, tried by a hostile page script: the
// policy, the shared modules that hold it and the chunk hook are out of its reach, and a new
// policy of the same name cannot be made; everything Consentry does still works.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inBanner, testSite, watchConsole } from './helpers.mjs';

const NONCE = 'tt-n0nce';
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types consentry lit-html`;

/** What an attacker's script (with the page's nonce, e.g. a compromised widget) tries. */
function attack() {
  const out = {};
  const shared = window[Symbol.for('consentry.shared')];
  out.shared = typeof shared === 'function' ? ['core/trusted', 'core/consent', 'lazy', 'boot', 'lit'].map((k) => shared(k) ?? null) : 'not a function';
  try {
    trustedTypes.createPolicy('consentry', { createScriptURL: (s) => s, createHTML: (s) => s });
    out.duplicate = 'created';
  } catch (e) {
    out.duplicate = e.name;
  }
  // Posing as a chunk: the hook must not take it.
  window[Symbol.for('consentry.chunk')]?.('preferences', { render() {} });
  // Whatever the page can reach must not turn a javascript: or data: URL, or markup, into a trusted value.
  const sink = document.createElement('script');
  for (const url of ['javascript:window.pwned=1', 'data:text/javascript,window.pwned=1'])
    try {
      sink.src = url;
      out[url.slice(0, 5)] = 'assigned';
    } catch (e) {
      out[url.slice(0, 5)] = e.name;
    }
  try {
    document.createElement('div').innerHTML = '<img src=x onerror="window.pwned=1">';
    out.html = 'assigned';
  } catch (e) {
    out.html = e.name;
  }
  return out;
}

const body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>t</title>
<script src="/dist/consentry.js" nonce="${NONCE}" data-categories="analytics"></script></head><body><main><h1>t</h1>
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">window.ran = (window.ran || 0) + 1;</script>
<script type="text/plain" data-consent="analytics" data-src="/t/ok.js" nonce="${NONCE}"></script>
<consent-gate category="analytics" provider="Video Co"><template><img src="/t/gate.gif" alt=""></template></consent-gate>
<script nonce="${NONCE}">window.attack = ${attack.toString()}; window.early = attack();</script>
</main></body></html>`;

const web = testSite({
  '/tt.html': { body, headers: { 'content-security-policy': CSP } },
  '/t/ok.js': { body: 'window.okScript = true;', type: 'text/javascript' },
  '/t/gate.gif': { body: '', type: 'image/gif' },
});

it('a page script cannot reach the policy or make javascript:/data: script URLs or HTML with it; Consentry still works', async () => {
  const context = await web.browser.newContext();
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const p = await context.newPage();
  const { errors, pageErrors } = watchConsole(p);
  await p.goto(web.server.origin + '/tt.html');
  await p.waitForFunction(() => window.Consentry?.audit().complete);
  // The UI (lit-html, through the policy) renders: the preferences dialog and the gate's placeholder.
  await p.evaluate(() => Consentry.showPreferences());
  await inBanner(p, '[part~="dialog"], dialog').first().waitFor();
  await p.locator('consent-gate >> button').waitFor();
  const early = await p.evaluate(() => window.early);
  const late = await p.evaluate(() => window.attack());
  for (const result of [early, late])
    assert.deepEqual(result, {
      shared: [null, null, null, null, null],
      duplicate: 'TypeError',
      javas: 'TypeError',
      'data:': 'TypeError',
      html: 'TypeError',
    });
  // Everything still works: gated inline and external scripts run once granted, the gate renders its content.
  await p.evaluate(() => Consentry.acceptAll());
  assert.equal(await eventually(() => p.evaluate(() => !!window.okScript && window.ran), 1), 1);
  await p.locator('consent-gate img').waitFor({ state: 'attached' });
  assert.equal(await p.evaluate(() => window.pwned ?? null), null);
  // The only violations are the attacker's own attempts, twice each: three assignments, one policy.
  const violations = (await p.evaluate(() => window.violations)).map((v) => v.split(' ')[0]).sort();
  assert.deepEqual(violations, [...Array(6).fill('require-trusted-types-for'), 'trusted-types', 'trusted-types']);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(
    errors.filter((e) => e.startsWith('[consentry]')),
    [],
  );
  await context.close();
});
