// The five demo notices (demo/notices/): every declared practice renders, live parts work, no
// axe violation, and no default text claims consent by use. Runs against the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, BANNED_PHRASES as BANNED, inBanner, testSite } from './helpers.mjs';

const DEMOS = {
  'kayako-2012': { name: 'Kayako Inc.', date: '2010-03-19' },
  'kayako-limited-2019': { name: 'Kayako Limited', date: '2019-05-11' },
  'kaseya-2010': { name: 'Kaseya', date: '2009-12-03' },
  'kerio-2012': { name: 'Kerio Technologies, Inc.', date: '2007-11-20' },
  'clicktale-2011': { name: 'ClickTale Ltd.', date: '2010-04-06' },
};

/** Patterns as the table shows them: `/^_ga_/` reads "Names starting with _ga_". */
const readable = (name) => name.replace(/^\/\^([\w.-]+)\/$/, 'Names starting with $1');

const web = testSite();

/** Opens a demo notice and waits until it has rendered. */
async function open(slug, init) {
  const opened = await web.open(`/demo/notices/${slug}.html`, { init, ready: false });
  await opened.p.waitForSelector('privacy-notice:not([aria-busy]) section');
  const config = await opened.p.$eval('#consentry-config', (s) => JSON.parse(s.textContent));
  return { ...opened, config };
}

const declaredIds = (config) => config.notice.practices.map((x) => (typeof x === 'string' ? x : x.id));

for (const [slug, facts] of Object.entries(DEMOS)) {
  test(`${slug}: every declared practice renders, with the controller, the date, no error and no axe violation`, async () => {
    const { p, log, config, context } = await open(slug);
    const sections = await p.$$eval('privacy-notice section', (ss) =>
      ss.map((s) => ({ id: s.id, heading: s.querySelector('h2')?.textContent.trim(), text: s.textContent.trim().length })),
    );
    assert.deepEqual(
      sections.map((s) => s.id),
      declaredIds(config),
      'every declared practice, in the configured order',
    );
    for (const s of sections) {
      assert.ok(s.heading, `${s.id} has an h2`);
      assert.ok(s.text > s.heading.length + 60, `${s.id} has non-trivial text`);
    }
    // The table of contents links every section, in the same order.
    const toc = await p.$$eval('privacy-notice nav a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(
      toc,
      sections.map((s) => '#' + s.id),
    );
    const text = await p.textContent('privacy-notice');
    assert.ok(text.includes(facts.name), 'controller name');
    assert.equal(await p.getAttribute('privacy-notice time', 'datetime'), facts.date);
    const shown = await p.evaluate((d) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(d + 'T00:00:00Z')), facts.date);
    assert.equal(await p.textContent('privacy-notice time'), shown);
    for (const re of BANNED) assert.doesNotMatch(text, re);
    assert.equal(await p.locator('privacy-notice img').count(), 0, 'no seal or image');
    assert.deepEqual(await axe(p), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('the cookie table lists exactly the configured cookies and storage keys, with the consent cookie', async () => {
  for (const slug of Object.keys(DEMOS)) {
    const { p, config, context } = await open(slug);
    const rows = await p.$$eval('#cookies tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
    const expected = [['consentry', DEMOS[slug].name, 'Remembers your privacy choices', '182 days', 'Strictly necessary']];
    const labels = { necessary: 'Strictly necessary', functional: 'Functional', analytics: 'Analytics', advertising: 'Advertising' };
    for (const [id, cat] of Object.entries(config.categories)) {
      for (const s of cat.services ?? []) {
        for (const c of s.cookies ?? []) expected.push([readable(c.name), s.provider, s.purpose, c.duration, cat.label ?? labels[id]]);
        for (const k of s.storage ?? []) expected.push([readable(k), s.provider, s.purpose, 'Until you delete it (browser storage)', cat.label ?? labels[id]]);
      }
    }
    assert.deepEqual(rows, expected, slug);
    await context.close();
  }
});

test('the settings button opens the preferences dialog; current choices follow consent changes', async () => {
  const { p, context } = await open('kayako-limited-2019');
  assert.match(await p.textContent('#cookies .consentry-choices [data-category=analytics]'), /not allowed/);
  await p.evaluate(() => window.Consentry.set({ analytics: true }));
  assert.match(await p.textContent('#cookies .consentry-choices [data-category=analytics]'), /: allowed/);
  const ui = p.evaluate(() => new Promise((r) => document.addEventListener('consent-ui', (e) => r(e.detail.view), { once: true })));
  await p.click('#cookies button.consentry-settings');
  assert.equal(await ui, 'preferences');
  await inBanner(p, 'dialog[open]').waitFor();
  await context.close();
});

test('the analytics opt-out really withdraws analytics, with focus kept on the statement', async () => {
  const { p, context } = await open('kayako-limited-2019');
  assert.equal(await p.locator('#analytics button.consentry-opt-out').count(), 0, 'no opt-out while analytics is off');
  await p.evaluate(() => window.Consentry.acceptAll());
  assert.equal(await p.evaluate(() => window['ga-disable-G-KAYAKO2019']), false);
  const change = p.evaluate(() => new Promise((r) => document.addEventListener('consent-change', (e) => r(e.detail), { once: true })));
  await p.click('#analytics button.consentry-opt-out');
  const detail = await change;
  assert.equal(detail.categories.analytics, false);
  assert.deepEqual(detail.changed, ['analytics']);
  assert.equal(detail.source, 'api');
  assert.equal(detail.categories.advertising, true, 'only analytics is withdrawn');
  assert.equal(await p.evaluate(() => window.Consentry.allowed('analytics')), false);
  assert.equal(await p.getAttribute('html', 'data-consent-analytics'), 'denied');
  assert.equal(await p.evaluate(() => window['ga-disable-G-KAYAKO2019']), true, 'the Google Analytics opt-out flag is set again');
  assert.match(await p.textContent('#analytics .consentry-analytics-state'), /not allowed/);
  assert.equal(await p.evaluate(() => document.activeElement.className), 'consentry-analytics-state');
  // The links: terms, privacy policy and the opt-out browser add-on.
  const links = await p.$$eval('#analytics a', (as) => as.map((a) => a.href));
  assert.ok(links.includes('https://tools.google.com/dlpage/gaoptout'));
  assert.ok(links.includes('https://policies.google.com/privacy'));
  assert.ok(links.some((h) => h.includes('/analytics/terms')));
  await context.close();
});

test('the Do Not Track section states what the browser sends', async () => {
  const off = await open('kayako-limited-2019');
  assert.match(await off.p.textContent('#do-not-track [data-signal=gpc]'), /is not sending/);
  assert.doesNotMatch(await off.p.textContent('#do-not-track'), /Opt-out request honoured/);
  assert.equal(await off.p.locator('#cookies .consentry-gpc').count(), 0);
  await off.context.close();
  const on = await open('kayako-limited-2019', () =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
  );
  const gpc = await on.p.textContent('#do-not-track [data-signal=gpc]');
  assert.match(gpc, /is sending this signal/);
  assert.match(gpc, /refusal of advertising/);
  assert.match(gpc, /Opt-out request honoured: your browser's Global Privacy Control signal/);
  assert.match(await on.p.textContent('#do-not-track [data-signal=dnt]'), /is not sending[\s\S]*do not act on it/);
  // The current choices say why advertising is off.
  assert.match(await on.p.textContent('#cookies .consentry-gpc'), /Opt-out request honoured/);
  assert.match(await on.p.textContent('#cookies [data-category=advertising]'), /not allowed/);
  await on.context.close();
});

test('the index page links the five notices and has no axe violation', async () => {
  const context = await web.browser.newContext();
  const p = await context.newPage();
  await p.goto(`${web.server.origin}/demo/notices/`);
  const links = await p.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(
    links.sort(),
    Object.keys(DEMOS)
      .map((s) => s + '.html')
      .sort(),
  );
  assert.deepEqual(await axe(p), []);
  await context.close();
});
