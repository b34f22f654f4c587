// <consent-gate>'s "Always allow <provider>" (with scope="embed"): what it grants next to "Load
// content", the provider's privacy link, and that a privacy signal's refusal is not overridden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, eventually, page, testSite } from './helpers.mjs';

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: { analytics: {}, advertising: { services: ['youtube', { id: 'adnet', name: 'Ad Net' }] } },
})}</script>`;

const gate = (attrs) =>
  page({
    attrs: 'data-config="#cfg"',
    head: CONFIG,
    body: `<consent-gate id="gate" ${attrs}><template><img src="/t/embed.gif" alt="Embed"></template></consent-gate>`,
  });

const web = testSite({
  '/provider.html': gate('category="advertising" provider="YouTube"'),
  '/service.html': gate('category="advertising/youtube"'),
  '/embed.html': gate('category="analytics" scope="embed" provider="Map Co"'),
  '/embed-service.html': gate('category="advertising/youtube" scope="embed"'),
});

async function open(path, { gpc } = {}) {
  const init = gpc && (() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  const opened = await web.open(path, { init });
  await opened.p.locator('#gate [part~=placeholder]').waitFor();
  await opened.p.evaluate(() => {
    window.changes = [];
    document.addEventListener('consent-change', (e) => window.changes.push({ source: e.detail.source, categories: e.detail.categories }));
  });
  return opened;
}

const allowed = (p, ...keys) => p.evaluate((keys) => keys.map((k) => window.Consentry.allowed(k)), keys);
const buttons = async (p) => (await p.locator('#gate').getByRole('button').allTextContents()).map((t) => t.trim());

test('a category gate offers "Load content" only (it grants the category), with the privacy link of the service named by `provider`', async () => {
  const { p, context } = await open('/provider.html');
  const group = p.locator('#gate').getByRole('group', { name: 'YouTube' });
  await group.waitFor();
  assert.deepEqual(await buttons(p), ['Load content']);
  assert.equal(await group.getByRole('link', { name: 'Privacy policy of YouTube' }).getAttribute('href'), 'https://policies.google.com/privacy');
  await p.evaluate(() => window.Consentry.hide());
  assert.deepEqual(await axe(p, '#gate'), []);
  await context.close();
});

test('with scope="embed" on a service gate, "Always allow" grants that service only (source "embed"), lastingly', async () => {
  const { p, context, seen } = await open('/embed-service.html');
  assert.deepEqual(await buttons(p), ['Load content', 'Always allow YouTube']);
  assert.deepEqual(await axe(p, '#gate'), []);
  await p.locator('#gate').getByRole('button', { name: 'Always allow YouTube' }).click();
  await p.locator('#gate img[alt=Embed]').waitFor();
  assert.deepEqual(await allowed(p, 'advertising/youtube', 'advertising', 'advertising/adnet'), [true, false, false]);
  assert.deepEqual(await p.evaluate(() => window.changes.map((c) => c.source)), ['embed']);
  assert.deepEqual(await eventually(() => seen, ['embed.gif']), ['embed.gif']);
  // Lasting: the next page shows the content at once.
  await p.reload();
  await p.locator('#gate img[alt=Embed]').waitFor();
  await context.close();
});

test('where "Load content" already grants the provider (a service gate), only "Load content" is offered', async () => {
  const { p, context } = await open('/service.html');
  assert.deepEqual(await buttons(p), ['Load content']);
  await context.close();
});

test('with scope="embed", "Load content" grants nothing and "Always allow" grants what `category` names', async () => {
  const { p, context } = await open('/embed.html');
  assert.deepEqual(await buttons(p), ['Load content', 'Always allow Map Co']);
  assert.equal(await p.locator('#gate').getByRole('link').count(), 0, 'no policy known, no link');
  await p.locator('#gate').getByRole('button', { name: 'Always allow Map Co' }).click();
  await p.locator('#gate img[alt=Embed]').waitFor();
  assert.deepEqual(await allowed(p, 'analytics', 'advertising'), [true, false]);
  await context.close();
});

test('under GPC, a scope="embed" gate of a sold category offers no "Always allow", and "Load content" grants nothing', async () => {
  const { p, context } = await open('/embed-service.html', { gpc: true });
  assert.deepEqual(await buttons(p), ['Load content']);
  await p.locator('#gate').getByRole('button', { name: 'Load content' }).click();
  await p.locator('#gate img[alt=Embed]').waitFor();
  assert.deepEqual(await allowed(p, 'advertising/youtube', 'advertising'), [false, false]);
  assert.deepEqual(await p.evaluate(() => window.changes), []);
  await context.close();
});
