// window.Consentry and the ES module, as a site's own JavaScript uses them.
/* global views -- set on window by the pages below */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieNamesSettled, inBanner, page, testSite } from './helpers.mjs';

const web = testSite({
  '/': page({ attrs: 'data-categories="functional analytics advertising"' }),
  '/services': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">${JSON.stringify({
      categories: {
        analytics: {
          services: [
            { id: 'hotjar', name: 'Hotjar', provider: 'Hotjar Ltd.' },
            { id: 'matomo', name: 'Matomo' },
          ],
        },
        advertising: {},
      },
    })}</script>`,
  }),
  '/esm': `<!doctype html><html lang="en"><head><title>ESM</title></head><body><main><h1>ESM</h1></main>
    <script type="module">
      window.before = { banner: !!document.querySelector('consent-banner'), cookie: document.cookie };
      const m = await import('/dist/consentry.mjs');
      window.after = { banner: !!document.querySelector('consent-banner'), defined: !!customElements.get('consent-banner'), global: window.Consentry === m.Consentry, exports: Object.keys(m).sort(), html: document.documentElement.getAttributeNames() };
    </script></body></html>`,
  '/esm-element': `<!doctype html><html lang="en"><head><title>ESM element</title><script type="module" src="/dist/consentry.mjs"></script></head>
    <body><main><h1>ESM element</h1></main><consent-banner categories="analytics" layout="box"></consent-banner></body></html>`,
  '/opt-out': page({ attrs: 'data-mode="opt-out"' }),
  '/notice': page({ attrs: 'data-mode="notice"' }),
});

const open = (path) => web.open(path, { ready: false });

describe('window.Consentry', () => {
  it('get, allowed, set, acceptAll, rejectAll, and on() with unsubscribe', async () => {
    const { p, context } = await open('/');
    const result = await p.evaluate(async () => {
      const out = {};
      const changes = [];
      const ui = [];
      let ready;
      Consentry.on('ready', (d) => (ready = d.decided));
      const off = Consentry.on('change', (d) => changes.push([d.source, d.changed]));
      Consentry.on('ui', (d) => ui.push(d.view));
      out.initial = Consentry.get();
      out.set = Consentry.set({ analytics: true }).categories;
      out.allowed = [Consentry.allowed('analytics'), Consentry.allowed('functional'), Consentry.allowed('necessary'), Consentry.allowed('nope')];
      Consentry.acceptAll();
      out.all = Consentry.get().categories;
      off();
      Consentry.rejectAll();
      out.none = Consentry.get().categories;
      out.changes = changes;
      out.ui = ui;
      out.ready = ready;
      out.language = Consentry.language;
      return out;
    });
    assert.equal(result.initial.decided, false);
    assert.deepEqual(result.set, { necessary: true, functional: false, analytics: true, advertising: false });
    assert.deepEqual(result.allowed, [true, false, true, false]);
    assert.deepEqual(result.all, { necessary: true, functional: true, analytics: true, advertising: true });
    assert.deepEqual(result.none, { necessary: true, functional: false, analytics: false, advertising: false });
    assert.deepEqual(result.changes, [
      ['api', ['analytics']],
      ['api', ['functional', 'advertising']],
    ]);
    assert.deepEqual(result.ui, ['none']);
    assert.equal(result.ready, false);
    assert.equal(result.language, 'en');
    await context.close();
  });

  it('showBanner, showPreferences and hide drive the UI and fire consent-ui; hide decides nothing', async () => {
    const { p, context } = await open('/');
    await inBanner(p, '[part~=banner]').waitFor();
    await p.evaluate(() => {
      window.views = [];
      document.addEventListener('consent-ui', (e) => views.push(e.detail.view));
    });
    await p.evaluate(() => Consentry.hide());
    await inBanner(p, '[part~=banner]').waitFor({ state: 'detached' });
    await p.evaluate(() => Consentry.showPreferences());
    await inBanner(p, 'dialog[open]').waitFor();
    await p.evaluate(() => Consentry.showBanner());
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual(await p.evaluate(() => views), ['none', 'preferences', 'banner']);
    assert.equal(await p.evaluate(() => Consentry.get().decided), false);
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it('reset forgets the decision, withdraws, deletes the cookie and shows the banner', async () => {
    const { p, context } = await open('/');
    await p.evaluate(() => Consentry.acceptAll());
    assert.deepEqual(await cookieNamesSettled(context, ['consentry']), ['consentry']);
    const detail = await p.evaluate(() => {
      let d;
      Consentry.on('change', (x) => (d = x));
      Consentry.reset();
      return d;
    });
    assert.equal(detail.decided, false);
    assert.deepEqual(detail.changed.sort(), ['advertising', 'analytics', 'functional']);
    assert.deepEqual(await cookieNamesSettled(context, []), []);
    await inBanner(p, '[part~=banner]').waitFor();
    await context.close();
  });

  it('whenAllowed resolves on consent; set() rejects a non-object clearly', async () => {
    const { p, context } = await open('/');
    const order = await p.evaluate(async () => {
      const log = [];
      const waiting = Consentry.whenAllowed('analytics').then(() => log.push('granted'));
      log.push('asked');
      Consentry.set({ analytics: true });
      await waiting;
      try {
        Consentry.set('analytics');
      } catch (e) {
        log.push(e instanceof TypeError && e.message.startsWith('[consentry]'));
      }
      return log;
    });
    assert.deepEqual(order, ['asked', 'granted', true]);
    await context.close();
  });

  it('per-service switches in the dialog and in the snapshot', async () => {
    const { p, context } = await open('/services');
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog[open]').waitFor();
    const hotjar = p.locator('consent-banner >> label:has-text("Hotjar") input');
    await hotjar.check();
    assert.equal(await p.locator('consent-banner >> label:has-text("Analytics") input').isChecked(), true);
    await inBanner(p, '[part~=save]').click();
    const s = await p.evaluate(() => Consentry.get());
    assert.deepEqual(s.services, { hotjar: true, matomo: false });
    assert.deepEqual(await p.evaluate(() => [Consentry.allowed('analytics/hotjar'), Consentry.allowed('analytics/matomo')]), [true, false]);
    await context.close();
  });
});

describe('modes', () => {
  it('opt-out mode offers "Do not sell or share" and runs optional categories until refused', async () => {
    const { p, context } = await open('/opt-out');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: true, advertising: true });
    await inBanner(p, 'button:has-text("Do not sell or share my personal information")').click();
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: true, advertising: false });
    await p.reload();
    assert.equal(await p.evaluate(() => Consentry.allowed('advertising')), false);
    await context.close();
  });

  it('notice mode informs once and grants everything', async () => {
    const { p, context } = await open('/notice');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.equal(await p.evaluate(() => Consentry.get().decided), true);
    assert.equal(await inBanner(p, '[part~=reject]').count(), 0);
    await inBanner(p, '[part~=accept]').click();
    await p.reload();
    await inBanner(p, '[part~=revisit]').waitFor();
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    await context.close();
  });
});

describe('ES module', () => {
  it('importing defines the elements and the global, and nothing else', async () => {
    const { p, context } = await open('/esm');
    await p.waitForFunction(() => window.after);
    const after = await p.evaluate(() => window.after);
    assert.deepEqual(after.banner, false);
    assert.equal(after.defined, true);
    assert.equal(after.global, true);
    for (const name of [
      'get',
      'allowed',
      'whenAllowed',
      'acceptAll',
      'rejectAll',
      'set',
      'showBanner',
      'showPreferences',
      'hide',
      'reset',
      'on',
      'Consentry',
    ]) {
      assert.ok(after.exports.includes(name), name);
    }
    assert.deepEqual(after.html, ['lang']);
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it("a page's own <consent-banner> starts it with its attributes", async () => {
    const { p, context } = await open('/esm-element');
    await inBanner(p, '[part~=banner].box').waitFor();
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: false });
    await context.close();
  });
});
