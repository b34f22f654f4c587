// "Load content" on a <consent-gate> grants what the placeholder names and nothing more: a
// service-scoped gate grants that service, not its category; under GPC a gate for a category
// whose data is sold or shared loads its embed only, and the signal's refusal stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: {
    advertising: {
      services: [
        { id: 'youtube', name: 'YouTube' },
        { id: 'adnet', name: 'Ad Net' },
      ],
    },
  },
})}</script>`;

const MARKUP = (gate) => `
${gate}
<img data-consent="advertising" data-src="/t/advertising.gif" alt="">
<img data-consent="advertising/adnet" data-src="/t/adnet.gif" alt="">
<img data-consent="advertising/youtube" data-src="/t/youtube.gif" alt="">
<script type="text/plain" data-consent="advertising">window.advertisingRan = true;</script>`;

const PAGES = {
  '/service.html': page({
    attrs: 'data-config="#cfg"',
    head: CONFIG,
    body: MARKUP('<consent-gate id="gate" category="advertising/youtube"><template><img src="/t/embed.gif" alt="Video"></template></consent-gate>'),
  }),
  '/category.html': page({
    attrs: 'data-config="#cfg"',
    head: CONFIG,
    body: MARKUP('<consent-gate id="gate" category="advertising" provider="Video Co"><template><img src="/t/embed.gif" alt="Video"></template></consent-gate>'),
  }),
};

const web = testSite(PAGES);

async function open(path, { gpc } = {}) {
  const init = gpc && (() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  const opened = await web.open(path, { init });
  await opened.p.evaluate(() => {
    window.changes = [];
    document.addEventListener('consent-change', (e) => window.changes.push(e.detail));
  });
  return opened;
}

const state = (p) =>
  p.evaluate(() => ({
    advertising: window.Consentry.allowed('advertising'),
    youtube: window.Consentry.allowed('advertising/youtube'),
    adnet: window.Consentry.allowed('advertising/adnet'),
    ran: !!window.advertisingRan,
  }));

test('a service-scoped "Load content" grants that service only: the category and its other markup stay refused, also on the next page', async () => {
  const { context, p, seen, pageErrors } = await open('/service.html');
  await p.locator('#gate').getByRole('button', { name: 'Load content' }).click();
  assert.deepEqual(await eventually(() => [...seen].sort(), ['embed.gif', 'youtube.gif']), ['embed.gif', 'youtube.gif']);
  await p.waitForTimeout(300);
  assert.deepEqual([...seen].sort(), ['embed.gif', 'youtube.gif']);
  assert.deepEqual(await state(p), { advertising: false, youtube: true, adnet: false, ran: false });
  const [change] = await p.evaluate(() => window.changes);
  assert.equal(change.source, 'embed');
  assert.equal(change.categories.advertising, false);
  assert.deepEqual(change.services, { youtube: true, adnet: false });
  // The mirror on <html> follows the category.
  assert.equal(await p.evaluate(() => document.documentElement.dataset.consentAdvertising), 'denied');
  // The next page reads the same decision back.
  seen.length = 0;
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  assert.deepEqual(await eventually(() => [...seen].sort(), ['embed.gif', 'youtube.gif']), ['embed.gif', 'youtube.gif']);
  assert.deepEqual(await state(p), { advertising: false, youtube: true, adnet: false, ran: false });
  // Refusing the category refuses its services too.
  await p.evaluate(() => window.Consentry.rejectAll());
  assert.deepEqual(await state(p), { advertising: false, youtube: false, adnet: false, ran: false });
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('with GPC on, a category-scoped "Load content" loads this embed only: the GPC refusal stands and other advertising markup stays inert', async () => {
  const { context, p, seen, pageErrors } = await open('/category.html', { gpc: true });
  await p.locator('#gate').getByRole('button', { name: 'Load content' }).click();
  assert.deepEqual(await eventually(() => seen, ['embed.gif']), ['embed.gif']);
  await p.waitForTimeout(300);
  assert.deepEqual(seen, ['embed.gif']);
  assert.deepEqual(await state(p), { advertising: false, youtube: false, adnet: false, ran: false });
  assert.deepEqual(await p.evaluate(() => window.changes), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('with GPC on, a service-scoped "Load content" in a sold category loads this embed only and grants nothing', async () => {
  const { context, p, seen } = await open('/service.html', { gpc: true });
  await p.locator('#gate').getByRole('button', { name: 'Load content' }).click();
  assert.deepEqual(await eventually(() => seen, ['embed.gif']), ['embed.gif']);
  await p.waitForTimeout(300);
  assert.deepEqual(seen, ['embed.gif']);
  assert.deepEqual(await state(p), { advertising: false, youtube: false, adnet: false, ran: false });
  await context.close();
});

test('without GPC, a category-scoped "Load content" still grants the category (source "embed")', async () => {
  const { context, p } = await open('/category.html');
  await p.locator('#gate').getByRole('button', { name: 'Load content' }).click();
  await p.waitForFunction(() => window.advertisingRan);
  assert.deepEqual(await state(p), { advertising: true, youtube: true, adnet: true, ran: true });
  assert.equal((await p.evaluate(() => window.changes))[0].source, 'embed');
  await context.close();
});
