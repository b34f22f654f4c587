// The quick start's snippet, `<script defer src="consentry.js">` in <head>, and what it guarantees
// (docs/performance.md#where-the-script-goes): inline scripts hear `consent-ready`, deferred and
// module scripts after it find `Consentry`, and a Google tag loaded after it, deferred, sees Consent
// Mode's default before its own commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, testSite } from './helpers.mjs';

const pages = {
  // A stand-in gtag.js: notes the commands queued before it ran, as the real one reads them.
  '/gtag.js': {
    type: 'text/javascript',
    body: 'window.queuedBeforeTag = (window.dataLayer || []).map((e) => e[0] + " " + (typeof e[1] === "string" ? e[1] : ""));',
  },
  '/after.js': { type: 'text/javascript', body: 'window.fromDeferred = typeof Consentry === "object" && Consentry.get().decided === false;' },
};
const web = testSite(pages);

const SNIPPET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>
<script defer src="/dist/consentry.js" data-ga-id="G-TEST123"></script>
<script defer src="/gtag.js"></script>
<script type="module">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-TEST123');
  window.fromModule = typeof Consentry === 'object';
</script>
<script defer src="/after.js"></script>
</head><body><h1>Snippet</h1>
<script>
  window.readyHeard = [];
  document.addEventListener('consent-ready', (e) => readyHeard.push(e.detail.decided));
  window.consentryDuringParse = typeof window.Consentry;
</script>
<p>The end.</p></body></html>`;

test('defer in <head>: inline scripts hear consent-ready; deferred and module scripts find Consentry; the deferred Google tag sees the default first', async () => {
  pages['/snippet.html'] = SNIPPET;
  const { p, context, log } = await web.open('/snippet.html', { ready: false });
  await inBanner(p, '.panel').waitFor();
  const seen = await p.evaluate(() => ({
    during: window.consentryDuringParse,
    ready: window.readyHeard,
    deferred: window.fromDeferred,
    module: window.fromModule,
    queued: window.queuedBeforeTag,
    layer: window.dataLayer.map((e) => e[0] + ' ' + (typeof e[1] === 'string' ? e[1] : '')),
  }));
  assert.equal(seen.during, 'undefined', 'the drop-in has not run while the page is parsed: it does not block it');
  assert.deepEqual(seen.ready, [false], 'an inline listener hears consent-ready once');
  assert.equal(seen.deferred, true, 'a deferred script after it calls Consentry');
  assert.equal(seen.module, true, 'a module script after it calls Consentry');
  // The tag ran after the drop-in: the default was already queued, and the page's commands came after.
  assert.equal(seen.queued[0], 'consent default');
  assert.ok(seen.layer.indexOf('consent default') < seen.layer.indexOf('config G-TEST123'), seen.layer.join(', '));
  assert.ok(seen.layer.indexOf('consent default') < seen.layer.indexOf('js '), seen.layer.join(', '));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
