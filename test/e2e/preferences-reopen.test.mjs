// The preferences dialog closed with Escape and reopened at once with showPreferences(): the
// dialog's `close` event arrives as a later task, after the reopening, and must not close it again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, page, testSite } from './helpers.mjs';

const web = testSite({ '/': page() });

/** The dialog and the view once queued `close` events and renders have run. */
async function settled(p) {
  await p.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 50)), 50)));
  return p.evaluate(() => {
    const d = document.querySelector('consent-banner').shadowRoot.querySelector('dialog[part~=dialog]');
    return { dialog: !!d, open: !!d?.open, view: window.__view };
  });
}

async function open() {
  const opened = await web.open('/');
  await opened.p.evaluate(() => Consentry.on('ui', (d) => (window.__view = d.view)));
  await inBanner(opened.p, '[part~=preferences]').click();
  await inBanner(opened.p, 'dialog[open]').waitFor();
  return opened;
}

describe('reopening the preferences dialog right after Escape', () => {
  it('showPreferences() between Escape and the close event: the dialog stays open', async () => {
    const { p, context, log } = await open();
    for (let i = 0; i < 5; i++) {
      // Reopen as soon as Escape has closed the dialog (its `open` attribute goes), before the
      // `close` event, which the browser queues as a task of its own.
      await p.evaluate(() => {
        const d = document.querySelector('consent-banner').shadowRoot.querySelector('dialog');
        const watch = new MutationObserver(() => {
          if (d.open) return;
          watch.disconnect();
          Consentry.showPreferences();
        });
        watch.observe(d, { attributes: true, attributeFilter: ['open'] });
      });
      await p.keyboard.press('Escape');
      assert.deepEqual(await settled(p), { dialog: true, open: true, view: 'preferences' }, 'round ' + i);
    }
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  it('Escape then showPreferences() from the test, 20 times: the dialog is there every time', async () => {
    const { p, context } = await open();
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press('Escape');
      await p.evaluate(() => Consentry.showPreferences());
      assert.deepEqual(await settled(p), { dialog: true, open: true, view: 'preferences' }, 'round ' + i);
    }
    // Escape alone still closes it.
    await p.keyboard.press('Escape');
    assert.deepEqual(await settled(p), { dialog: false, open: false, view: 'banner' });
    await context.close();
  });
});
