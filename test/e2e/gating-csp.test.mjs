// Gating under a strict Content-Security-Policy (nonces + 'strict-dynamic') and with Trusted
// Types enforced: no violation, gated scripts still run; markup without the nonce does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, testSite, watchConsole } from './helpers.mjs';

const NONCE = 'gating-n0nce';
const STRICT = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
const TRUSTED = `${STRICT}; require-trusted-types-for 'script'; trusted-types consentry`;
// lit-html (the UI's renderer) creates a policy of its own at start-up.
const TRUSTED_LIT = `${TRUSTED} lit-html`;

const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script src="/dist/consentry.js" nonce="${NONCE}"></script></head><body><main>
<script type="text/plain" data-consent="analytics" data-src="/t/external.js" nonce="${NONCE}" integrity="" crossorigin="anonymous" referrerpolicy="no-referrer"></script>
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">window.ran.push('inline:' + typeof external);</script>
<script type="text/plain" data-consent="analytics" data-type="module" nonce="${NONCE}">window.ran.push('module');</script>
<script type="text/plain" data-consent="analytics">window.ran.push('no-nonce');</script>
<script type="text/plain" data-consent="analytics" data-src="/t/no-nonce.js"></script>
<img data-consent="analytics" data-src="/t/pixel.gif" alt="">
<iframe data-consent="analytics" data-src="/t/frame.html" title="frame"></iframe>
<consent-gate category="analytics" provider="Video Co"><template><img src="/t/gate.gif" alt=""></template></consent-gate>
</main></body></html>`;

const web = testSite({
  '/strict.html': { body, headers: { 'content-security-policy': STRICT } },
  '/trusted.html': { body, headers: { 'content-security-policy': TRUSTED } },
  '/trusted-lit.html': { body, headers: { 'content-security-policy': TRUSTED_LIT } },
  '/t/external.js': { body: "window.external = 1; window.ran.push('external');", type: 'text/javascript' },
  '/t/no-nonce.js': { body: "window.ran.push('external-no-nonce');", type: 'text/javascript' },
  '/t/frame.html': '<p>frame</p>',
});

for (const [name, path] of [
  ['strict CSP', '/strict.html'],
  ['strict CSP with Trusted Types (consentry, lit-html)', '/trusted-lit.html'],
  ['strict CSP with Trusted Types (consentry only)', '/trusted.html'],
]) {
  test(`${name}: no violation; gated scripts with the nonce run after consent, those without do not`, async () => {
    const context = await web.browser.newContext();
    await context.addInitScript(() => {
      window.ran = [];
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const p = await context.newPage();
    const { errors, pageErrors } = watchConsole(p);
    const seen = [];
    p.on('request', (r) => r.url().includes('/t/') && seen.push(new URL(r.url()).pathname));
    await p.goto(web.server.origin + path);
    await p.waitForLoadState('load');
    assert.deepEqual(pageErrors, [], 'the drop-in starts');
    await p.waitForFunction(() => window.Consentry);
    assert.deepEqual(seen, []);
    await p.evaluate(() => window.Consentry.acceptAll());
    await p.waitForFunction(() => window.ran.includes('module'));
    await p.waitForFunction(() => document.querySelector('consent-gate img')?.complete !== undefined);
    await p.waitForTimeout(200);
    assert.deepEqual(await p.evaluate(() => window.ran), ['external', 'inline:number', 'module']);
    const all = ['/t/external.js', '/t/frame.html', '/t/gate.gif', '/t/pixel.gif'];
    assert.deepEqual(await eventually(() => [...seen].sort(), all), all);
    assert.deepEqual(
      await p.evaluate(() => {
        const s = document.querySelector('script[src="/t/external.js"]');
        return [s.nonce, s.crossOrigin, s.referrerPolicy, s.getAttribute('integrity')];
      }),
      [NONCE, 'anonymous', 'no-referrer', ''],
    );
    assert.deepEqual(await p.evaluate(() => window.violations), []);
    assert.equal(errors.filter((e) => e.includes("lacks the page's nonce")).length, 2, String(errors));
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
}
