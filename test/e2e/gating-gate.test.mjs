// <consent-gate>: an accessible placeholder naming the provider until consent; "Load content"
// grants the category (or only this embed); the content renders in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, eventually, page, testSite } from './helpers.mjs';

const CONFIG = `<script type="application/json" id="cfg">${JSON.stringify({
  categories: {
    analytics: {},
    advertising: {
      services: [
        { id: 'youtube', name: 'YouTube' },
        { id: 'maps', name: 'Maps' },
      ],
    },
  },
})}</script>`;

const GATES = `
<consent-gate category="advertising" provider="Video Co" id="video"><template><iframe src="/t/video.html" title="A video"></iframe></template></consent-gate>
<consent-gate category="advertising/youtube" id="service"><template><img src="/t/youtube.gif" alt="">
  <img data-consent="analytics" data-src="/t/nested.gif" alt=""></template></consent-gate>
<consent-gate category="analytics" scope="embed" provider="Map Co" id="embed"><template><img src="/t/map.gif" alt=""></template></consent-gate>
<consent-gate category="nope" id="unknown"><template><img src="/t/unknown.gif" alt=""></template></consent-gate>`;

const web = testSite({
  '/gate.html': page({ attrs: 'data-config="#cfg"', head: CONFIG, body: GATES }),
  '/t/video.html': '<p>video</p>',
});

async function open() {
  const opened = await web.open('/gate.html');
  await opened.p.waitForLoadState('load');
  await opened.p.evaluate(() => {
    window.changes = [];
    document.addEventListener('consent-change', (e) => window.changes.push(e.detail));
  });
  return opened;
}

test('the placeholder names the provider, loads nothing and has no axe violations', async () => {
  const { context, p, seen, errors } = await open();
  await p.waitForTimeout(200);
  assert.deepEqual(seen, []);
  const video = p.locator('#video');
  await assert.doesNotReject(video.getByRole('group', { name: /Video Co/ }).waitFor());
  assert.match(await video.getByRole('group').textContent(), /Content from Video Co is not loaded/);
  assert.equal(await video.getByRole('button').textContent(), 'Load content');
  // Without `provider`, the service's name.
  await assert.doesNotReject(
    p
      .locator('#service')
      .getByRole('group', { name: /YouTube/ })
      .waitFor(),
  );
  await p.evaluate(() => window.Consentry.hide());
  assert.deepEqual(await axe(p, '#video'), []);
  assert.equal(errors.filter((e) => e.startsWith('[consentry]') && e.includes('"nope"')).length, 1, String(errors));
  await context.close();
});

test('"Load content" grants the category (source "embed") and renders the content in place', async () => {
  const { context, p, seen } = await open();
  await p.locator('#video').getByRole('button', { name: 'Load content' }).click();
  await p.locator('#video iframe').waitFor();
  const change = await p.evaluate(() => window.changes.map((d) => [d.source, d.categories.advertising, d.categories.analytics]));
  assert.deepEqual(change, [['embed', true, false]]);
  // Every gate of the category opens, wherever the consent came from; nested gated elements stay gated.
  await p.locator('#service img').first().waitFor({ state: 'attached' });
  await p.waitForTimeout(200);
  assert.deepEqual(await eventually(() => [...seen].sort(), ['video.html', 'youtube.gif']), ['video.html', 'youtube.gif']);
  assert.equal(await p.locator('#video').getByRole('button').count(), 0, 'the placeholder is gone');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'video', 'focus stays where the content appeared');
  // Consent from the API renders the rest, once.
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForFunction(() => document.querySelector('#embed img'));
  await p.waitForTimeout(200);
  const all = ['map.gif', 'nested.gif', 'video.html', 'youtube.gif'];
  assert.deepEqual(await eventually(() => [...seen].sort(), all), all);
  assert.equal(await p.locator('#video iframe').count(), 1);
  assert.ok(!seen.includes('unknown.gif'));
  await context.close();
});

test('scope="embed" loads only this embed and decides nothing', async () => {
  const { context, p, seen } = await open();
  await p.locator('#embed').getByRole('button', { name: 'Load content' }).click();
  await p.locator('#embed img').waitFor({ state: 'attached' });
  await p.waitForTimeout(200);
  assert.deepEqual(seen, ['map.gif']);
  assert.deepEqual(await p.evaluate(() => [window.changes.length, window.Consentry.get().decided, window.Consentry.allowed('analytics')]), [0, false, false]);
  // Granting the category later does not render it a second time.
  await p.evaluate(() => window.Consentry.acceptAll());
  await p.waitForTimeout(200);
  assert.equal(await p.locator('#embed img').count(), 1);
  await context.close();
});

test("a provider name is text: `$'`, `$&` and `$$` in it are not replacement patterns", async () => {
  const { context, p } = await open();
  const names = ["Tom$'s Videos", 'A$&B', 'C$$D', 'E$`F', '$1'];
  for (const [i, name] of names.entries())
    await p.evaluate(
      ([i, name]) => {
        const gate = document.createElement('consent-gate');
        Object.entries({ id: 'dollar' + i, category: 'advertising', provider: name }).forEach(([k, v]) => gate.setAttribute(k, v));
        gate.append(document.createElement('template'));
        document.body.append(gate);
      },
      [i, name],
    );
  for (const [i, name] of names.entries()) {
    const group = p.locator('#dollar' + i).getByRole('group');
    await group.waitFor();
    assert.equal((await group.textContent()).includes(`Content from ${name} is not loaded`), true, await group.textContent());
  }
  await context.close();
});
