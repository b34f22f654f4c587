// The preferences dialog shows the visitor's consent id once they have decided, with a copy
// button, in every shipped language, without accessibility violations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { axe, inBanner, page, testSite } from './helpers.mjs';

const web = testSite({
  '/': page({ attrs: 'data-theme="light"' }),
  '/dark': page({ attrs: 'data-theme="dark"' }),
  '/de': page({ attrs: 'data-lang="de"' }),
  '/ar': page({ attrs: 'data-lang="ar"' }),
});

const openDialog = async (p) => {
  await p.evaluate(() => window.Consentry.showPreferences());
  await inBanner(p, 'dialog[open]').waitFor();
};

describe('consent id in the preferences dialog', () => {
  it('is not shown before a decision (no id exists for the visitor yet)', async () => {
    const { p, context } = await web.open('/');
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog[open]').waitFor();
    assert.equal(await inBanner(p, '[part~=consent-id]').count(), 0);
    await context.close();
  });

  for (const path of ['/', '/dark']) {
    it(`after a decision shows the id with a copy button that copies it (${path}), axe finds nothing`, async () => {
      const context = await web.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const { p } = await web.open(path, { context });
      await inBanner(p, '[part~=accept]').first().click();
      const id = await p.evaluate(() => window.Consentry.get().id);
      assert.match(id, /^[A-Za-z0-9_-]{22}$/);
      await openDialog(p);
      const box = inBanner(p, '[part~=consent-id]');
      assert.match(await box.innerText(), new RegExp(`Your consent ID\\s+${id}`));
      const copy = inBanner(p, '[part~=copy]');
      assert.equal(await copy.evaluate((b) => b.computedName ?? b.textContent.trim()), 'Copy');
      assert.deepEqual(await axe(p), []);
      const status = inBanner(p, '[part~=consent-id] [role=status]');
      assert.equal((await status.innerText()).trim(), '');
      await copy.focus();
      await p.keyboard.press('Enter');
      await status.filter({ hasText: 'Copied' }).waitFor();
      assert.equal(await p.evaluate(() => navigator.clipboard.readText()), id);
      assert.deepEqual(await axe(p), []);
      await context.close();
    });
  }

  it('without clipboard access, the id is selected for copying by hand', async () => {
    const { p, context } = await web.open('/');
    await inBanner(p, '[part~=reject]').first().click();
    const id = await p.evaluate(() => window.Consentry.get().id);
    await p.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await openDialog(p);
    await inBanner(p, '[part~=copy]').click();
    assert.equal(await p.evaluate(() => document.querySelector('consent-banner').shadowRoot.getSelection?.()?.toString() ?? getSelection().toString()), id);
    assert.equal((await inBanner(p, '[part~=consent-id] [role=status]').innerText()).trim(), '');
    await context.close();
  });

  for (const [path, label, copy] of [
    ['/de', 'Ihre Einwilligungs-ID', 'Kopieren'],
    ['/ar', 'معرّف موافقتك', 'نسخ'],
  ])
    it(`is translated (${path})`, async () => {
      const { p, context } = await web.open(path);
      await inBanner(p, '[part~=reject]').first().click();
      await openDialog(p);
      await inBanner(p, '[part~=consent-id]').filter({ hasText: label }).waitFor();
      assert.equal((await inBanner(p, '[part~=copy]').innerText()).trim(), copy);
      assert.deepEqual(await axe(p), []);
      await context.close();
    });

  it('every shipped language has its own texts for it', () => {
    const tags = readdirSync(new URL('../../src/i18n/lang/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    assert.equal(tags.length, 50);
    const english = {
      consentId: 'Your consent ID',
      copy: 'Copy',
      copied: 'Copied',
      consentIdText: 'Quote this ID if you contact us about your privacy choices.',
    };
    for (const tag of tags) {
      const file = readFileSync(new URL(`../../dist/consentry.lang.${tag}.js`, import.meta.url), 'utf8');
      const table = JSON.parse(/,(\{.*\})\);\s*$/s.exec(file)[1]);
      for (const key of Object.keys(english)) {
        assert.equal(typeof table[key], 'string', `${tag}.${key}`);
        assert.ok(table[key].trim() && table[key] !== english[key], `${tag}.${key} is translated`);
      }
    }
  });
});
