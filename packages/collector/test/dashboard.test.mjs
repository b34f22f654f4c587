// The dashboard in real Chromium (docs/consent-records.md, "Dashboard"): signed in with the admin
// token, against a seeded week of impressions and decisions for two experiment arms, the numbers
// on the page and in its CSV downloads equal the seeded ones; axe-core finds nothing; a phone's
// 375 px have no sideways scroll; the keyboard reaches and drives it; nothing is requested from
// anywhere but the collector, and nothing breaks its Content-Security-Policy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { ADMIN_TOKEN, tempDir } from './helpers.mjs';
import { CATEGORIES, addDays, seedWeek, startSeedableCollector } from './insight-seed.mjs';
import { cellsOf, csvOf, experimentsOf, statsOf } from './insight-week.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT = new URL('../../../docs/images/dashboard.png', import.meta.url).pathname;

/** The seeded week: its first and last day, and its cells. */
let FROM, TO, cells;
const count = (n) => n.toLocaleString('en-US');
const percent = (r) => `${(r * 100).toFixed(1)} %`;
const points = (d) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d * 100).toFixed(1)} pts`;

/** The cells of a table's body rows, as text. */
const tableText = (page, id) =>
  page.$$eval(`table[data-table="${id}"] tbody tr`, (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));

/** A row of counts as the page writes them (`undecided` included), from the expected numbers. */
const countsText = (r) => ['shown', 'decisions', 'acceptedAll', 'refusedAll', 'chose', 'undecided'].map((k) => count(r[k]));

describe('the dashboard in Chromium', { timeout: 300_000 }, () => {
  let c, browser, context, page;
  const requests = [];

  before(async () => {
    c = await startSeedableCollector({ data: tempDir() });
    // A week of impressions and receipts for two arms, through the collector's own endpoints.
    const seeded = await seedWeek(c);
    ({ from: FROM, to: TO } = seeded);
    cells = cellsOf(seeded.plan);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // Counted in the page before any of its scripts run: every CSP violation, with what was blocked.
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
  });
  after(async () => {
    await browser?.close();
    await c?.stop();
  });

  test('signs in with the admin token from the keyboard, and shows the seeded week', async () => {
    await page.goto(`${c.url}/dashboard`);
    assert.equal(await page.title(), 'Sign in · Consent insight');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'token', 'the token field is the first stop');
    await page.keyboard.type(ADMIN_TOKEN);
    // The form posts, the collector answers 303 with the cookie, the browser loads /dashboard again.
    const [signedIn] = await Promise.all([page.waitForResponse(`${c.url}/dashboard/session`), page.keyboard.press('Enter')]);
    assert.equal(signedIn.status(), 303);
    await page.waitForSelector('consent-dashboard');
    const cookies = await context.cookies();
    assert.deepEqual(
      cookies.map((k) => [k.name, k.httpOnly, k.sameSite]),
      [['consentry_session', true, 'Strict']],
    );
    assert.equal(await page.evaluate(() => document.cookie), '', 'the page script cannot read the session');
    await page.goto(`${c.url}/dashboard?from=${FROM}&to=${TO}`);
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${FROM} to ${TO}.` })
      .waitFor();
  });

  test('the totals, the daily table and the daily rates equal the seeded numbers', async () => {
    const expected = statsOf(cells, FROM, TO, '');
    const shown = await page.$$eval('dd[data-total]', (dds) => Object.fromEntries(dds.map((d) => [d.dataset.total, d.textContent.trim()])));
    const t = expected.totals;
    assert.deepEqual(shown, {
      shown: count(t.shown),
      decisions: count(t.decisions),
      acceptedAll: count(t.acceptedAll),
      refusedAll: count(t.refusedAll),
      chose: count(t.chose),
      undecided: count(t.undecided),
    });
    // The seed's sums, written out: the counters hold what was seeded, nothing more or less.
    assert.equal(
      t.shown,
      cells.reduce((s, x) => s + x.shown, 0),
    );
    const rates = await page.$$eval('dd[data-rate]', (dds) => Object.fromEntries(dds.map((d) => [d.dataset.rate, d.textContent.trim()])));
    assert.deepEqual(rates, Object.fromEntries(CATEGORIES.map((k) => [k, percent(t.rates[k])])));

    const daily = statsOf(cells, FROM, TO, 'day');
    assert.deepEqual(
      await tableText(page, 'daily'),
      daily.rows.map((r) => [r.key.day, ...countsText(r)]),
    );
    assert.deepEqual(
      await tableText(page, 'daily-rates'),
      daily.rows.map((r) => [r.key.day, count(r.decisions), ...CATEGORIES.map((k) => percent(r.rates[k]))]),
    );
    // Both charts are drawn, each an image with a name that points to its table.
    const charts = page.locator('insight-chart');
    assert.equal(await charts.count(), 2);
    for (const chart of await charts.all()) {
      assert.match(await chart.locator('.plot').getAttribute('aria-label'), /^Line chart of .* the same numbers are in the table below\.$/);
      assert.ok((await chart.locator('canvas').boundingBox()).height > 100);
    }
  });

  test('the breakdowns by region, language, device and signal equal the seeded numbers', async () => {
    for (const dimension of ['region', 'lang', 'device', 'signal']) {
      const expected = statsOf(cells, FROM, TO, dimension);
      assert.deepEqual(
        await tableText(page, dimension),
        expected.rows.map((r) => [r.key[dimension], ...countsText(r), percent(r.acceptedAll / r.shown), ...CATEGORIES.map((k) => percent(r.rates[k]))]),
        dimension,
      );
    }
  });

  test('the experiment: each arm, the difference with its interval, and a plain verdict', async () => {
    const { arms } = experimentsOf(cells, FROM, TO);
    const [a, b] = arms;
    assert.ok(b.significant, 'the seed makes arm b significantly better');
    const rows = await tableText(page, 'experiments');
    assert.deepEqual(rows[0], ['a', count(a.shown), count(a.decisions), count(a.acceptedAll), percent(a.rate), '—', '', '—', 'Baseline']);
    assert.deepEqual(rows[1], [
      'b',
      count(b.shown),
      count(b.decisions),
      count(b.acceptedAll),
      percent(b.rate),
      `${points(b.diff)} (${points(b.ci95[0])} to ${points(b.ci95[1])})`,
      '',
      b.p < 0.001 ? '< 0.001' : b.p.toFixed(3),
      'Significant',
    ]);
    assert.match(await page.locator('.statements li').innerText(), /^Significant: arm b ends in “Accept all” more often than arm a/);
  });

  test('each CSV download equals the numbers shown', async () => {
    for (const [link, group] of [
      ['Download by language as CSV', 'lang'],
      ['Download the days as CSV', 'day'],
      ['Download by region as CSV', 'region'],
      ['Download the totals as CSV', ''],
    ]) {
      const a = page.getByRole('link', { name: link });
      assert.equal(await a.getAttribute('download'), `consent-${group || 'totals'}-${FROM}-${TO}.csv`);
      // What the link downloads, fetched by the page itself (same URL, same session cookie).
      const text = await a.evaluate((el) => fetch(el.href).then((r) => (r.ok ? r.text() : `${r.status}`)));
      assert.equal(
        text.replace(/\r\n/g, '\n').trim(),
        csvOf(statsOf(cells, FROM, TO, group))
          .replace(/\r\n/g, '\n')
          .trim(),
        link,
      );
    }
  });

  test('axe-core finds no WCAG 2.2 A or AA violation, with every table open', async () => {
    await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    await page.evaluate(AXE);
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
    );
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
  });

  test('the keyboard changes the range; a table opens from its summary', async () => {
    await page.$$eval('details', (all) => all.forEach((d) => (d.open = false)));
    await page.locator('input[name="from"]').focus();
    // Chromium's date field in en-US takes month, day, year, typed as digits.
    const third = addDays(FROM, 2);
    const [y, m, d] = third.split('-');
    await page.keyboard.type(m + d + y);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${third} to ${TO}.` })
      .waitFor();
    assert.equal(new URL(page.url()).search, `?from=${third}&to=${TO}`);
    assert.equal(await page.locator('dd[data-total="shown"]').innerText(), count(statsOf(cells, third, TO, '').totals.shown));
    const summary = page.locator('summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(
      await page
        .locator('details')
        .first()
        .evaluate((d) => d.open),
      true,
    );
    assert.equal((await tableText(page, 'daily')).length, 5);
  });

  test('at 375 px wide nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${c.url}/dashboard?from=${FROM}&to=${TO}`);
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px viewport`);
    assert.ok((await page.locator('insight-chart canvas').first().boundingBox()).width <= 375);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('no request left the collector, nothing broke the CSP', async () => {
    const outside = requests.filter((u) => !u.startsWith(c.url + '/'));
    assert.deepEqual(outside, []);
    assert.ok(requests.some((u) => u.includes('/dashboard/app.js')));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });

  test('a screenshot for docs/consent-records.md (written with UPDATE_SCREENSHOT=1)', async () => {
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.goto(`${c.url}/dashboard?from=${FROM}&to=${TO}`);
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    const png = await page.screenshot({ fullPage: false, path: process.env.UPDATE_SCREENSHOT ? SCREENSHOT : undefined });
    assert.ok(png.length > 10_000);
  });

  test('sign-out ends the session: the page asks to sign in again', async () => {
    const [out] = await Promise.all([page.waitForResponse(`${c.url}/dashboard/sign-out`), page.getByRole('button', { name: 'Sign out' }).click()]);
    assert.equal(out.status(), 303);
    await page.waitForSelector('input#token');
    assert.equal(await page.title(), 'Sign in · Consent insight');
    assert.deepEqual(await context.cookies(), []);
  });
});
