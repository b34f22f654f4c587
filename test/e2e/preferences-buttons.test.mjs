// The preferences dialog's own buttons (Accept all, Reject all, Save choices after toggling
// switches) with every built-in optional category and a site's own one: what is stored, what the
// consent-change event says and what `<html data-consent-*>` shows must all agree with the click.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, inBanner, page, testSite } from './helpers.mjs';

/** A failure is a quick red, not a hang. */
const TIMEOUT = 60_000;
const OPTIONAL = ['functional', 'analytics', 'advertising', 'partners'];
const web = testSite({
  '/': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">${JSON.stringify({
      categories: { functional: {}, analytics: {}, advertising: {}, partners: { label: 'Partner offers' } },
    })}</script>`,
    // Every consent-change detail, in order, from the page's first script on.
    body: '<script>window.__changes=[];document.addEventListener("consent-change",(e)=>__changes.push(e.detail))</script>',
  }),
});

/** The categories object expected when `granted` are on and every other optional one is off. */
const expected = (granted) => ({ necessary: true, ...Object.fromEntries(OPTIONAL.map((c) => [c, granted.includes(c)])) });

/** The switch of a category in the dialog, by its visible label. */
const sw = (p, label) => p.getByRole('switch', { name: label, exact: true });

/** Opens the dialog from the first layer (or, once decided, from the revisit control). */
async function openDialog(p) {
  const decided = await p.evaluate(() => Consentry.get().decided);
  await inBanner(p, decided ? '[part~=revisit]' : '[part~=banner] [part~=preferences]').click();
  await inBanner(p, 'dialog[open]').waitFor();
}

/** Clicks a dialog button and returns the consent-change detail it caused (5 s at most). */
async function click(p, part) {
  const count = await p.evaluate(() => window.__changes.length);
  await inBanner(p, `dialog [part~=${part}]`).click();
  await p.waitForFunction((n) => window.__changes.length > n, count, { timeout: 5000 });
  return p.evaluate((n) => window.__changes[n], count);
}

/** What the page shows for the decision: the stored one, the <html> attributes, the cookie. */
async function observed(p, context) {
  const { categories, decided } = await p.evaluate(() => Consentry.get());
  const html = await p.evaluate(
    (ids) => Object.fromEntries(ids.map((c) => [c, document.documentElement.getAttribute('data-consent-' + c)])),
    ['necessary', ...OPTIONAL],
  );
  const cookie = await cookieSettled(context);
  return { categories, decided, html, cookie: cookie && decodeURIComponent(cookie.value) };
}

/** Asserts that everything a visitor or the site sees says exactly `granted`. */
async function assertDecision(p, context, detail, granted, changed) {
  const want = expected(granted);
  assert.equal(detail.source, 'preferences');
  assert.deepEqual(detail.categories, want, 'the event detail');
  assert.deepEqual([...detail.changed].sort(), [...changed].sort(), 'the event names what changed');
  const seen = await observed(p, context);
  assert.equal(seen.decided, true);
  assert.deepEqual(seen.categories, want, 'Consentry.get()');
  assert.deepEqual(seen.html, Object.fromEntries(Object.entries(want).map(([c, on]) => [c, on ? 'granted' : 'denied'])), '<html data-consent-*>');
  // The stored record's fifth field names the granted categories before `!`, the refused after it.
  const [on, off] = seen.cookie.split('|')[4].split('!');
  const list = (s) => (s ? s.split('.') : []).sort();
  assert.deepEqual(list(on), OPTIONAL.filter((c) => want[c]).sort(), 'granted in the cookie: ' + seen.cookie);
  assert.deepEqual(list(off), OPTIONAL.filter((c) => !want[c]).sort(), 'refused in the cookie: ' + seen.cookie);
  // And after a reload, the same.
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  assert.deepEqual(await p.evaluate(() => Consentry.get().categories), want, 'after a reload');
}

describe('the preferences dialog buttons, with every category', () => {
  it('Accept all grants every optional category, built-in and custom', { timeout: TIMEOUT }, async () => {
    const { p, context } = await web.open('/', { ready: true });
    try {
      await openDialog(p);
      const detail = await click(p, 'accept');
      await assertDecision(p, context, detail, OPTIONAL, OPTIONAL);
    } finally {
      await context.close();
    }
  });

  it('Reject all, after everything was accepted, refuses every optional category (functional included)', { timeout: TIMEOUT }, async () => {
    const { p, context } = await web.open('/', { ready: true });
    try {
      await openDialog(p);
      await click(p, 'accept');
      await openDialog(p);
      for (const label of ['Functional', 'Analytics', 'Advertising', 'Partner offers'])
        assert.equal(await sw(p, label).isChecked(), true, label + ' on before');
      const detail = await click(p, 'reject');
      await assertDecision(p, context, detail, [], OPTIONAL);
    } finally {
      await context.close();
    }
  });

  it('Reject all as the first decision refuses every optional category', { timeout: TIMEOUT }, async () => {
    const { p, context } = await web.open('/', { ready: true });
    try {
      await openDialog(p);
      const detail = await click(p, 'reject');
      await assertDecision(p, context, detail, [], []);
    } finally {
      await context.close();
    }
  });

  it('Save choices stores exactly the switches turned on, and a later change exactly the switches changed', { timeout: TIMEOUT }, async () => {
    const { p, context } = await web.open('/', { ready: true });
    try {
      await openDialog(p);
      await sw(p, 'Functional').check();
      await sw(p, 'Partner offers').check();
      let detail = await click(p, 'save');
      await assertDecision(p, context, detail, ['functional', 'partners'], ['functional', 'partners']);

      await openDialog(p);
      await sw(p, 'Functional').uncheck();
      await sw(p, 'Analytics').check();
      await sw(p, 'Advertising').check();
      detail = await click(p, 'save');
      await assertDecision(p, context, detail, ['analytics', 'advertising', 'partners'], ['functional', 'analytics', 'advertising']);
    } finally {
      await context.close();
    }
  });
});
