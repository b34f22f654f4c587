// Markup that names elements after `document` properties (a visitor's comment that a sanitiser
// let through) cannot steer or break Consentry: `cookie`, `body`, `documentElement`, `head`,
// `querySelector`, `readyState`, `createElement` and `addEventListener` still mean the browser's,
// and `window.dataLayer` / `window.gtag` named by markup do not stop Consent Mode.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, inBanner, testSite, watchConsole } from './helpers.mjs';

const NAMES = ['cookie', 'body', 'documentElement', 'head', 'readyState', 'visibilityState', 'dataLayer'];
const FORMS = ['querySelector', 'querySelectorAll', 'createElement', 'addEventListener', 'importNode', 'gtag'];
const hostile = [...NAMES.map((n) => `<img name="${n}" src="/pixel.gif" alt="">`), ...FORMS.map((n) => `<form name="${n}"></form>`)].join('');

const doc = (placement) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
<main><h1>Comments</h1><div class="comment">${hostile}</div>
<script type="text/plain" data-consent="analytics">window.analyticsRan = true</script></main>
${placement === 'end' ? '<script src="/dist/consentry.js"></script>' : ''}</body></html>`;

const web = testSite({
  '/end': doc('end'),
  '/pixel.gif': { body: '', type: 'image/gif' },
});

it('named elements before the drop-in: the banner is in <body>, the decision is written and read back, gating works', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  const { pageErrors, errors } = watchConsole(p);
  await p.goto(web.server.origin + '/end');
  await p.waitForFunction(() => window.Consentry);
  // The shadowing is real on this page.
  assert.equal(await p.evaluate(() => document.body instanceof HTMLImageElement && document.querySelector instanceof HTMLFormElement), true);
  await inBanner(p, '[part~=accept]').waitFor();
  assert.equal(
    await p.evaluate(() => document.getElementsByTagName('consent-banner')[0].parentElement === Document.prototype.querySelector.call(document, 'body')),
    true,
  );
  assert.equal(await p.evaluate(() => window.analyticsRan), undefined);
  // Consent Mode's default reached a real dataLayer, as Google's tags read it.
  assert.deepEqual(await p.evaluate(() => Array.isArray(window.dataLayer) && [...window.dataLayer[0]].slice(0, 2)), ['consent', 'default']);
  await inBanner(p, '[part~=accept]').click();
  await p.waitForFunction(() => window.analyticsRan === true);
  assert.ok(await cookieSettled(context), 'the consent cookie is written');
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  assert.equal(await p.evaluate(() => Consentry.get().decided), true);
  await p.waitForFunction(() => window.analyticsRan === true);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(errors, []);
  await context.close();
});
