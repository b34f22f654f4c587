// The plugin of integrations/wordpress/ on a real WordPress (Debian's `wordpress` 6.1 and its
// default theme, PHP, MariaDB), which the test starts and throws away (test/e2e/wordpress-site.mjs),
// with the dist/ drop-in copied into the plugin as its README says. Next to it runs a stand-in of
// the WP Consent API plugin written from its documented contract (test/e2e/wordpress/, with the
// browser half of demo/wordpress/wp-consent-api.js): the API plugin is not in Debian's packages and
// its code is not copied here. The bridge itself against that stand-in, in detail:
// test/e2e/platforms-wordpress.test.mjs.
/* global rec -- set on window by the init script below */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieNamesSettled, eventually, inBanner, launch, ROOT } from './helpers.mjs';
import { ADMIN_PASSWORD, READER_PASSWORD, startWordPress } from './wordpress-site.mjs';

/** Records what a plugin using the WP Consent API sees in the browser, in `window.rec`. */
const LISTENER = `window.rec = [];
document.addEventListener('wp_consent_type_defined', () => rec.push(['type', window.wp_consent_type]));
document.addEventListener('wp_listen_for_consent_change', (e) => rec.push(['change', e.detail]));`;
const CATEGORIES = ['functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing'];
const sets = (values) => Object.entries(values).map(([category, value]) => ['change', { [category]: value }]);
const REFUSED = { functional: 'allow', preferences: 'deny', statistics: 'deny', 'statistics-anonymous': 'deny', marketing: 'deny' };
const ACCEPTED = { functional: 'allow', preferences: 'deny', statistics: 'allow', 'statistics-anonymous': 'allow', marketing: 'allow' };

let wp;
let browser;
before(async () => {
  // Both at once; whichever started is closed in after() even when the other failed.
  const [site, chromium] = await Promise.allSettled([
    startWordPress({
      plugins: {
        'wp-consent-api': { '': ROOT + 'test/e2e/wordpress', 'wp-consent-api.js': ROOT + 'demo/wordpress/wp-consent-api.js' },
        consentry: { '': ROOT + 'integrations/wordpress', dist: ROOT + 'dist' },
      },
    }),
    launch(),
  ]);
  wp = site.value;
  browser = chromium.value;
  for (const r of [site, chromium]) if (r.status === 'rejected') throw r.reason;
});
after(async () => {
  await browser?.close();
  await wp?.stop();
});

/** A new visitor's context (with the API listener), and the errors its pages report. */
async function visitor() {
  const context = await browser.newContext();
  await context.addInitScript(LISTENER);
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  context.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  // php -S has no rewrite rules, so /favicon.ico does not reach WordPress's own handler.
  context.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  return { context, errors };
}

/** Opens `path` of the site in `context` and waits for the drop-in. */
async function open(context, path = '/') {
  const p = await context.newPage();
  await p.goto(wp.origin + path);
  await p.waitForFunction(() => window.Consentry);
  return p;
}

/** The drop-in's script tag as WordPress printed it: its attributes. */
const scriptTag = (p) =>
  p.evaluate(() => Object.fromEntries([...document.querySelectorAll('script#consentry-js')].flatMap((s) => [...s.attributes].map((a) => [a.name, a.value]))));
/** What the Consent API's PHP concluded for this request (printed by the stand-in). */
const phpSide = (p) => p.evaluate(() => JSON.parse(document.getElementById('wp-consent-php').textContent));

/** Logs in through wp-login.php in a fresh context and returns it with a page. */
async function logIn(user, password) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(wp.origin + '/wp-login.php');
  await p.fill('#user_login', user);
  await p.fill('#user_pass', password);
  await Promise.all([p.waitForURL(/wp-admin/), p.click('#wp-submit')]);
  return { context, p };
}

const SETTINGS = '/wp-admin/options-general.php?page=consentry';

describe('WordPress: the plugin on a real WordPress', () => {
  it('prints the drop-in in <head>; the banner shows, a decision reaches the WP Consent API in the browser and in PHP', async () => {
    const { context, errors } = await visitor();
    const p = await open(context);
    assert.deepEqual(await scriptTag(p), { defer: '', id: 'consentry-js', src: `${wp.origin}/wp-content/plugins/consentry/dist/consentry.js` });
    assert.equal(await p.evaluate(() => document.getElementById('consentry-js').parentElement.localName), 'head');
    // PHP: Consentry told the API it is the consent tool, opt-in, and the type is settled in the browser.
    assert.deepEqual(await phpSide(p), {
      type: 'optin',
      waitfor: true,
      registered: true,
      has: Object.fromEntries(CATEGORIES.map((c) => [c, false])),
    });
    await inBanner(p, 'button:has-text("Accept all")').waitFor();
    assert.deepEqual(await eventually(() => p.evaluate(() => rec.slice()), [['type', 'optin'], ...sets(REFUSED)]), [['type', 'optin'], ...sets(REFUSED)]);
    await p.evaluate(() => rec.splice(0));
    await inBanner(p, 'button:has-text("Accept all")').click();
    assert.deepEqual(await eventually(() => p.evaluate(() => rec.slice()), sets(ACCEPTED)), sets(ACCEPTED));
    const names = ['consentry', ...CATEGORIES.map((c) => 'wp_consent_' + c)].sort();
    assert.deepEqual(await cookieNamesSettled(context, names), names);
    // The next request: WordPress's PHP reads the API's cookies, and the banner stays away.
    const again = await open(context);
    assert.deepEqual((await phpSide(again)).has, { functional: true, preferences: false, statistics: true, 'statistics-anonymous': true, marketing: true });
    assert.equal(await again.evaluate(() => Consentry.get().decided), true);
    assert.equal(await again.locator('consent-banner >> [part~=banner]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the settings page saves the options, which the front page then prints on the script tag', async () => {
    const { context, p } = await logIn('admin', ADMIN_PASSWORD);
    await p.goto(wp.origin + SETTINGS);
    await p.selectOption('#consentry-mode', 'opt-out');
    await p.selectOption('#consentry-layout', 'box');
    await p.selectOption('#consentry-position', 'bottom-right');
    await p.fill('#consentry-policy-url', '/privacy-policy/?lang=en&x=%C3%A9');
    await p.fill('#consentry-ga-id', 'G-TEST1234');
    await Promise.all([p.waitForURL(/settings-updated=true/), p.click('#submit')]);
    // One notice, once (WordPress prints a settings page's notices itself).
    assert.deepEqual(await p.locator('.notice > p, .updated > p, .error > p').allInnerTexts(), ['Settings saved.']);
    // The page shows what was saved.
    assert.equal(await p.inputValue('#consentry-layout'), 'box');
    assert.equal(await p.inputValue('#consentry-policy-url'), '/privacy-policy/?lang=en&x=%C3%A9');
    await context.close();

    const visit = await visitor();
    const front = await open(visit.context);
    assert.deepEqual(await scriptTag(front), {
      defer: '',
      id: 'consentry-js',
      src: `${wp.origin}/wp-content/plugins/consentry/dist/consentry.js`,
      'data-mode': 'opt-out',
      'data-layout': 'box',
      'data-position': 'bottom-right',
      'data-policy-url': '/privacy-policy/?lang=en&x=%C3%A9',
      'data-ga-id': 'G-TEST1234',
    });
    assert.equal((await phpSide(front)).type, 'optout');
    // The drop-in follows them: an opt-out notice with the site's privacy link, the API told opt-out.
    const link = inBanner(front, 'a:has-text("Privacy")');
    assert.equal(await link.getAttribute('href'), '/privacy-policy/?lang=en&x=%C3%A9');
    assert.deepEqual((await eventually(() => front.evaluate(() => rec.slice(0, 1)), [['type', 'optout']]))[0], ['type', 'optout']);
    assert.deepEqual(visit.errors, []);
    await visit.context.close();
  });

  it('refuses hostile values with one message each, shown as text, and prints none of them', async () => {
    const { context, p } = await logIn('admin', ADMIN_PASSWORD);
    const dialogs = [];
    p.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await p.goto(wp.origin + SETTINGS);
    const BAD = {
      mode: 'opt-in"><img src=x onerror=window.pwned=1>',
      'policy-url': 'javascript:alert(document.domain)',
      'ga-id': 'G-1" onload="window.pwned=1',
      region: '<img src=x onerror=window.pwned=1>',
    };
    // A forged form: a value the select does not offer, and free text.
    await p.evaluate((bad) => {
      const mode = document.getElementById('consentry-mode');
      mode.append(new Option(bad.mode, bad.mode, true, true));
      for (const name of ['policy-url', 'ga-id', 'region']) document.getElementById('consentry-' + name).value = bad[name];
    }, BAD);
    await Promise.all([p.waitForURL(/settings-updated=true/), p.click('#submit')]);
    const notices = await p.locator('.notice > p, .updated > p, .error > p').allInnerTexts();
    assert.deepEqual(notices, [
      `Mode: "${BAD.mode}" is not valid; the default is used.`,
      `Privacy notice URL: "${BAD['policy-url']}" is not valid; the default is used.`,
      `Google Analytics measurement ids (space separated): "${BAD['ga-id']}" is not valid; the default is used.`,
      `Region (ISO 3166 code, or auto): "${BAD.region}" is not valid; the default is used.`,
    ]);
    assert.equal(await p.locator('.wrap img').count(), 0);
    assert.deepEqual(
      await p.evaluate(() => [window.pwned, document.getElementById('consentry-mode').value, document.getElementById('consentry-region').value]),
      [undefined, '', ''],
    );
    await context.close();

    const visit = await visitor();
    const front = await open(visit.context);
    // The refused options are gone; the valid ones saved before stay.
    assert.deepEqual(await scriptTag(front), {
      defer: '',
      id: 'consentry-js',
      src: `${wp.origin}/wp-content/plugins/consentry/dist/consentry.js`,
      'data-layout': 'box',
      'data-position': 'bottom-right',
    });
    assert.equal(await front.evaluate(() => window.pwned), undefined);
    assert.deepEqual([dialogs, visit.errors], [[], []]);
    await visit.context.close();
  });

  it('only an administrator can open the settings page or save it, and only with its nonce', async () => {
    const reader = await logIn('reader', READER_PASSWORD);
    const page = await reader.p.goto(wp.origin + SETTINGS);
    assert.equal(page.status(), 403);
    assert.match(await reader.p.locator('body').innerText(), /not allowed/);
    const forged = { option_page: 'consentry', action: 'update', 'consentry[mode]': 'none', 'consentry[layout]': 'modal' };
    const asReader = await reader.context.request.post(wp.origin + '/wp-admin/options.php', { form: forged, maxRedirects: 0 });
    assert.equal(asReader.status(), 403);
    await reader.context.close();
    // The administrator's session without the form's nonce (a request forged by another site).
    const admin = await logIn('admin', ADMIN_PASSWORD);
    const noNonce = await admin.context.request.post(wp.origin + '/wp-admin/options.php', { form: forged, maxRedirects: 0 });
    assert.equal(noNonce.status(), 403);
    assert.match(await noNonce.text(), /link you followed has expired/);
    await admin.context.close();

    const visit = await visitor();
    const front = await open(visit.context);
    const tag = await scriptTag(front);
    assert.deepEqual([tag['data-mode'], tag['data-layout']], [undefined, 'box']);
    await visit.context.close();
  });

  it('WordPress logged no notice, warning or error from the plugin', () => {
    const lines = wp
      .debugLog()
      .split('\n')
      .filter((l) => /plugins\/consentry\//.test(l));
    assert.deepEqual(lines, []);
  });
});
