// The privacy notice rendered on the server (`renderNotice` of `consentry/server`, decision
// 0035): the five demo notices read completely with JavaScript off, exactly as the element
// renders them; with JavaScript on, `<privacy-notice>` takes the server's nodes over (none
// removed, no layout shift, the same text) and makes the live parts live; bad input is reported
// as the browser reports it and never throws.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderNotice } from 'consentry/server';
import { ROOT, inBanner, page, testSite } from './helpers.mjs';
import { addNotice } from '../../docs/examples/ssr/add-notice.mjs';

const SLUGS = ['kayako-2012', 'kayako-limited-2019', 'kaseya-2010', 'kerio-2012', 'clicktale-2011'];
const demo = (slug) => readFileSync(`${ROOT}demo/notices/${slug}.html`, 'utf8');
const configIn = (html) => JSON.parse(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(html)[1]);
const declared = (config) => config.notice.practices.map((x) => (typeof x === 'string' ? x : x.id));

/** Runs `fn` with console.error captured; returns [result, messages]. */
function errorsOf(fn) {
  const seen = [];
  const original = console.error;
  console.error = (...args) => seen.push(args.join(' '));
  try {
    return [fn(), seen];
  } finally {
    console.error = original;
  }
}

// Each demo page with its notice rendered by the server, next to the original (same relative URLs).
const pages = {};
for (const slug of SLUGS) pages[`/demo/notices/ssr-${slug}.html`] = addNotice(demo(slug), configIn(demo(slug)), 'en');

// A notice whose configuration has mistakes, rendered in the browser: its console errors are the reference.
const BAD = {
  cookieDays: 'soon',
  notice: {
    effectiveDate: '2020-02-30',
    controller: { name: 'Example Ltd', email: 'not-an-email' },
    practices: ['cookies', 'nope', 'cookies', { id: 'children', minimumAge: 'ten' }, { id: 'rights', unknownKey: 1 }],
  },
};
const json = (config) => `<script type="application/json" id="cfg">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;
pages['/bad.html'] = page({ attrs: 'defer data-config="#cfg"', head: json(BAD), body: '<privacy-notice></privacy-notice>' });

// Configured text that looks like markup, rendered on the server.
const HOSTILE = {
  notice: { controller: { name: '<img src=x onerror="window.pwned=1">Example & Co' }, practices: ['controller', { id: 'use', more: ['<b>bold</b> $& $1'] }] },
};
pages['/hostile.html'] = page({ attrs: 'defer data-config="#cfg"', head: json(HOSTILE), body: addNotice('<privacy-notice></privacy-notice>', HOSTILE, 'en') });

// Markup rendered from another configuration than the page's (a stale cache): the element draws the page's own.
const kayako = configIn(demo('kayako-2012'));
const older = { ...kayako, notice: { ...kayako.notice, practices: kayako.notice.practices.slice(0, -1) } };
pages['/stale.html'] = page({ attrs: 'defer data-config="#cfg"', head: json(kayako), body: addNotice('<privacy-notice></privacy-notice>', older, 'en') });

// Under a strict CSP with Trusted Types enforced: the server's <style> carries the page's nonce.
const NONCE = 'ssr-n0nce';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self' 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types consentry lit-html`;
const strict = demo('kayako-limited-2019')
  .replace('<script type="application/json"', `<script nonce="${NONCE}" type="application/json"`)
  .replace('<script defer src=', `<script nonce="${NONCE}" defer src=`)
  .replace('<privacy-notice></privacy-notice>', () => renderNotice(configIn(demo('kayako-limited-2019')), { lang: 'en', nonce: NONCE }));
pages['/demo/notices/ssr-strict.html'] = { body: strict, headers: { 'content-security-policy': CSP } };

const web = testSite(pages);

/** The notice's sections as a reader sees them: id, heading and visible text. */
const sectionsOf = (p) =>
  p.$$eval('privacy-notice section', (ss) => ss.map((s) => ({ id: s.id, heading: s.querySelector('h2')?.textContent.trim(), text: s.innerText })));

/**
 * Watches the page from its first byte: nodes removed from the notice, layout shifts, the
 * notice's first heading and its visible text as the server sent them, and the `consent-ui` views.
 */
const WATCH = () => {
  window.__removed = 0;
  window.__shifts = [];
  new MutationObserver((records) => {
    for (const r of records) if (r.target.nodeName === 'PRIVACY-NOTICE' || r.target.closest?.('privacy-notice')) window.__removed += r.removedNodes.length;
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__first = document.querySelector('privacy-notice section h2');
    window.__serverText = document.querySelector('privacy-notice').innerText;
  });
  document.addEventListener('consent-ui', (e) => (window.__ui = e.detail.view));
};

/** Waits until the notice is live: its settings button opens the preferences (it does nothing before). */
const live = (p) => p.waitForFunction(() => (document.querySelector('#cookies .consentry-settings')?.click(), window.__ui === 'preferences'));

/** Opens a server-rendered demo with JavaScript on, and waits until the element has taken it over. */
async function hydrated(slug, init = []) {
  const opened = await web.open(`/demo/notices/ssr-${slug}.html`, { init: [WATCH, ...init] });
  await live(opened.p);
  return opened;
}

describe('renderNotice: the demo notices without JavaScript', () => {
  for (const slug of SLUGS)
    it(`${slug}: every practice's section reads as the element renders it, from the HTML alone`, async () => {
      const config = configIn(demo(slug));
      const off = await web.browser.newContext({ javaScriptEnabled: false });
      const p = await off.newPage();
      await p.goto(`${web.server.origin}/demo/notices/ssr-${slug}.html`);
      const server = await sectionsOf(p);
      assert.deepEqual(
        server.map((s) => s.id),
        declared(config),
        'every declared practice, in order',
      );
      for (const s of server) assert.ok(s.heading && s.text.length > s.heading.length + 60, `${s.id} has its heading and its text`);
      assert.deepEqual(
        await p.$$eval('privacy-notice nav a', (as) => as.map((a) => a.getAttribute('href'))),
        declared(config).map((id) => '#' + id),
      );
      assert.ok((await p.locator('#cookies tbody tr').count()) > 1, 'the cookie table');
      // Laid out by the notice's own stylesheet, which came with the HTML (cells with borders).
      assert.equal(await p.$eval('#cookies td', (td) => getComputedStyle(td).borderTopStyle), 'solid');
      const serverText = await p.innerText('privacy-notice');
      await off.close();
      // The element's own rendering of the original page, for a visitor who has not decided.
      const { p: q, context } = await web.open(`/demo/notices/${slug}.html`, { ready: false });
      await q.waitForSelector('privacy-notice:not([aria-busy]) section');
      assert.deepEqual(server, await sectionsOf(q));
      assert.equal(serverText, await q.innerText('privacy-notice'));
      await context.close();
    });
});

describe('<privacy-notice> over a server-rendered notice', () => {
  for (const slug of SLUGS)
    it(`${slug}: keeps the server's nodes and text, without a layout shift, and its settings button works`, async () => {
      const { p, log } = await hydrated(slug);
      await inBanner(p, 'dialog[open]').waitFor();
      const state = await p.evaluate(() => ({
        same: window.__first === document.querySelector('privacy-notice section h2') && window.__first.isConnected,
        removed: window.__removed,
        shifts: window.__shifts,
        equal: window.__serverText === document.querySelector('privacy-notice').innerText,
      }));
      assert.deepEqual(state, { same: true, removed: 0, shifts: [], equal: true });
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.pageErrors, []);
    });

  it('makes the live parts live: current choices, the analytics opt-out, the privacy signals', async () => {
    const gpc = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
    const { p, log } = await hydrated('kayako-limited-2019', [gpc]);
    // The server wrote "not sending" (it cannot know); the browser's signal is there now.
    assert.match(await p.textContent('#do-not-track [data-signal=gpc]'), /is sending this signal/);
    assert.match(await p.textContent('#cookies .consentry-gpc'), /Opt-out request honoured/);
    await p.keyboard.press('Escape');
    await p.evaluate(() => window.Consentry.set({ analytics: true }));
    await p.waitForFunction(() => /: allowed/.test(document.querySelector('#cookies [data-category=analytics]').textContent));
    const change = p.evaluate(() => new Promise((r) => document.addEventListener('consent-change', (e) => r(e.detail), { once: true })));
    await p.click('#analytics button.consentry-opt-out');
    assert.equal((await change).categories.analytics, false);
    assert.match(await p.textContent('#analytics .consentry-analytics-state'), /not allowed/);
    assert.equal(await p.evaluate(() => document.activeElement.className), 'consentry-analytics-state');
    assert.deepEqual(log.pageErrors, []);
  });

  it("shows a returning visitor's own choices, keeping every other node", async () => {
    const first = await web.open('/demo/notices/ssr-kayako-2012.html');
    await first.p.evaluate(() => window.Consentry.acceptAll());
    await first.p.close();
    const { p, log } = await web.open('/demo/notices/ssr-kayako-2012.html', { context: first.context, init: WATCH });
    await live(p);
    assert.match(await p.textContent('#cookies [data-category=analytics]'), /: allowed/);
    assert.doesNotMatch(await p.innerText('#cookies'), /You have not made a choice yet/);
    const state = await p.evaluate(() => ({
      same: window.__first === document.querySelector('privacy-notice section h2') && window.__first.isConnected,
      // The one node a decision takes away: the "not made a choice yet" paragraph.
      removed: window.__removed,
      server: /You have not made a choice yet/.test(window.__serverText),
    }));
    assert.deepEqual(state, { same: true, removed: 1, server: true });
    assert.deepEqual(log.pageErrors, []);
  });

  it('takes the notice over under a strict CSP with Trusted Types enforced, with no violation', async () => {
    const violations = () => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    };
    const { p, log } = await web.open('/demo/notices/ssr-strict.html', { init: [violations, WATCH] });
    await live(p);
    const state = await p.evaluate(() => ({
      violations: window.violations,
      removed: window.__removed,
      equal: window.__serverText === document.querySelector('privacy-notice').innerText,
    }));
    assert.deepEqual(state, { violations: [], removed: 0, equal: true });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
  });

  it('draws the notice anew, reported once, when the markup is not what the page configures', async () => {
    const { p, log } = await web.open('/stale.html', { ready: false });
    await p.waitForFunction(
      (n) => document.querySelectorAll('privacy-notice section').length === n && !document.querySelector('privacy-notice[aria-busy]'),
      declared(kayako).length,
    );
    assert.deepEqual(await p.$$eval('privacy-notice section', (ss) => ss.map((s) => s.id)), declared(kayako));
    assert.equal(await p.locator('privacy-notice nav li').count(), declared(kayako).length);
    assert.equal(log.errors.filter((e) => e.includes('server-rendered notice does not match')).length, 1, log.errors.join('\n'));
  });
});

describe('renderNotice: bad input', () => {
  it("reports a configuration's mistakes as the browser does, and renders what is valid", async () => {
    const [html, messages] = errorsOf(() => renderNotice(BAD));
    const { p, log } = await web.open('/bad.html', { ready: false });
    await p.waitForSelector('privacy-notice:not([aria-busy]) section');
    assert.ok(messages.length >= 5, messages.join('\n'));
    for (const m of messages) assert.ok(log.errors.includes(m), `${m}\nnot in the browser's:\n${log.errors.join('\n')}`);
    // The unknown and the repeated practice are left out; a bad parameter costs only itself.
    assert.deepEqual(
      [...html.matchAll(/<section id="([\w-]+)"/g)].map((m) => m[1]),
      ['cookies', 'children', 'rights'],
    );
    assert.match(html, /children under 13,/);
    assert.ok(!html.includes('<time'), 'no invalid date');
  });

  it('renders configured text as text, in the HTML and once live', async () => {
    const html = renderNotice(HOSTILE);
    assert.ok(!/<img|<b>/.test(html));
    assert.ok(html.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;Example &amp; Co'));
    const { p, log } = await web.open('/hostile.html', { init: WATCH });
    await p.waitForFunction(() => window.Consentry);
    await p.waitForFunction(
      () => document.querySelector('privacy-notice') && performance.getEntriesByType('resource').some((e) => e.name.endsWith('consentry.notice.js')),
    );
    assert.equal(await p.locator('privacy-notice img, privacy-notice b').count(), 0);
    assert.match(await p.innerText('privacy-notice'), /<img src=x onerror="window.pwned=1">Example & Co/);
    assert.match(await p.innerText('#use'), /<b>bold<\/b> \$& \$1/);
    assert.equal(await p.evaluate(() => window.pwned), undefined);
    assert.deepEqual(log.pageErrors, []);
  });

  it('an unknown or malformed language is English, reported; a regional one is its base language', () => {
    const english = renderNotice(kayako, { lang: 'en' });
    const [xx, m1] = errorsOf(() => renderNotice(kayako, { lang: 'xx' }));
    assert.equal(xx, english);
    assert.match(m1.join('\n'), /no notice texts in "xx"; shown in English/);
    const [bad, m2] = errorsOf(() => renderNotice(kayako, { lang: '"><script>' + 'x'.repeat(5000) }));
    assert.equal(bad, english);
    assert.equal(m2.length, 1);
    assert.ok(m2[0].startsWith('[consentry] renderNotice lang=') && m2[0].length < 400, m2[0]);
    assert.match(renderNotice(kayako, { lang: 'de-AT' }), /^<privacy-notice lang="de" /);
    assert.match(renderNotice({ ...kayako, lang: 'fr' }), /^<privacy-notice lang="fr" /);
  });

  it('a bad option is reported with the value used instead; nothing throws out of it', () => {
    const [h9, m1] = errorsOf(() => renderNotice(kayako, { headingLevel: 9 }));
    assert.match(h9, /heading-level="2"/);
    assert.match(m1[0], /renderNotice headingLevel=9 is not 1\.\.6; using 2/);
    assert.match(renderNotice(kayako, { headingLevel: 3 }), /<h3>/);
    const [none, m2] = errorsOf(() => renderNotice('{not json'));
    assert.match(none, /^<privacy-notice lang="en" heading-level="2" data-rendered=""><style>/);
    assert.match(m2.join('\n'), /renderNotice config=.* is not a JSON object/);
    assert.match(m2.join('\n'), /names no controller \(notice.controller.name\) and no hostname was given/);
    const [, m3] = errorsOf(() => renderNotice(kayako, 'de'));
    assert.match(m3[0], /renderNotice options=.* is not an object/);
    assert.ok(!none.includes('<section'));
    const throwing = {
      get notice() {
        throw new Error('boom');
      },
    };
    const [safe, m5] = errorsOf(() => renderNotice(throwing));
    assert.equal(safe, '<privacy-notice></privacy-notice>');
    assert.match(m5.join('\n'), /renderNotice failed \(Error: boom\)/);
    const [withHost] = errorsOf(() => renderNotice({ notice: { practices: ['controller'] } }, { hostname: 'shop.example', nonce: 'n"1' }));
    assert.match(withHost, /data-rendered="shop\.example"/);
    assert.match(withHost, /<style nonce="n&#34;1">/);
    assert.match(withHost, /shop\.example is responsible/);
  });
});

describe('consentry render-notice', () => {
  const run = (args) => promisify(execFile)(process.execPath, [ROOT + 'bin/consentry.mjs', ...args]).catch((e) => e);
  const dir = mkdtempSync(join(tmpdir(), 'consentry-notice-'));
  const file = join(dir, 'consent.json');
  writeFileSync(file, JSON.stringify(kayako));
  writeFileSync(join(dir, 'broken.json'), '{');

  it('prints the notice of a configuration file in the given language', async () => {
    const { stdout, stderr } = await run(['render-notice', '--config', file, '--lang', 'de', '--heading-level', '3']);
    assert.equal(stdout, renderNotice(kayako, { lang: 'de', headingLevel: 3 }) + '\n');
    assert.match(stdout, /^<privacy-notice lang="de" heading-level="3"/);
    assert.equal(stderr, '');
    const en = await run(['render-notice', '--config', file, '--lang', 'xx']);
    assert.equal(en.stdout, renderNotice(kayako) + '\n');
    assert.match(en.stderr, /\[consentry\] <privacy-notice>: no notice texts in "xx"/);
  });

  it('a missing or unreadable configuration is an error, with no output', async () => {
    const missing = await run(['render-notice']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /render-notice needs --config/);
    const broken = await run(['render-notice', '--config', join(dir, 'broken.json')]);
    assert.equal(broken.code, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /\[consentry\] --config .*broken\.json/);
    rmSync(dir, { recursive: true });
  });
});
