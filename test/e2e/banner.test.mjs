// The first layer, the preferences dialog and the consent cookie, as a visitor meets them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, inBanner, page, testSite, watchConsole } from './helpers.mjs';

const web = testSite({
  '/': page({ attrs: 'data-policy-url="/privacy"' }),
  '/zero':
    '<!doctype html><html lang="en"><head><title>Zero</title></head><body><main><p>Zero config</p></main><script src="/dist/consentry.js"></script></body></html>',
  '/slow.gif': () => new Promise(() => {}),
  '/slow': page({ body: '<img src="/slow.gif" alt="slow">' }),
  '/attrs': page({
    attrs: 'data-layout="bar" data-theme="light" data-cookie-name="from_script"',
    body: '<consent-banner layout="box" position="bottom-left" cookie-name="from_element"></consent-banner>',
  }),
  '/bad': page({ attrs: 'data-cookie-days="abc" data-mode="sneaky" data-layout="popup" data-categories="analytics <b>x</b>"' }),
  '/markup': page({
    attrs: 'data-config="#cfg"',
    head: `<script type="application/json" id="cfg">${JSON.stringify({
      texts: { en: { title: '<img src=x onerror=alert(1)>Hello', text: 'Read [our notice](/privacy) or [this](javascript:alert(1)).' } },
      categories: { analytics: { label: '<b>Stats</b>', description: 'Counting <script>x</script>' } },
    }).replaceAll('</', '<\\/')}</script>`,
  }),
  // The page's own banner names a JSON configuration that the network splits in two.
  '/split-config': {
    chunks: page({
      // The site changes an option while the rest of the page is still on its way.
      body: `<consent-banner config="#cfg"></consent-banner><script>setTimeout(() => document.querySelector('consent-banner').setAttribute('layout', 'box'), 300)</script>
<script type="application/json" id="cfg">{"categories": {"analytics": {}, "partners": {"label": "Partner SPLIT offers"}}}</script>`,
    }).split('SPLIT'),
    gap: 600,
  },
  '/twice': page({
    head: '<script src="/dist/consentry.js"></script>',
    body: '<script>window.readyCount=0;document.addEventListener("consent-ready",()=>readyCount++)</script>',
  }),
  '/twice-listen': `<!doctype html><html lang="en"><head><title>Twice</title><script>window.ready=[];document.addEventListener('consent-ready',e=>ready.push(e.detail))</script>
    <script src="/dist/consentry.js"></script><script src="/dist/consentry.js"></script></head><body><main>x</main></body></html>`,
});

const open = (path, options = {}) => web.open(path, { contextOptions: { viewport: { width: 1024, height: 768 }, ...options }, ready: false });

/** Starts listening for the next consent-change in `p` (awaited, so no event can slip by). */
const listen = (p) =>
  p.evaluate(() => {
    window.__next = new Promise((ok) => document.addEventListener('consent-change', (e) => ok(e.detail), { once: true }));
  });
/** The detail of the consent-change that `listen` waited for; fails after 5 s. */
const heard = (p) => p.evaluate(() => Promise.race([window.__next, new Promise((_, no) => setTimeout(() => no(new Error('no consent-change')), 5000))]));

const cookieOf = async (context, name = 'consentry') => (await context.cookies()).find((c) => c.name === name);

describe('first layer', () => {
  it('zero configuration shows an opt-in banner with three equally prominent choices', async () => {
    const { p, context, log } = await open('/zero');
    const region = inBanner(p, '[part~=banner]');
    await region.waitFor();
    assert.equal(await region.getAttribute('role'), 'region');
    const names = await inBanner(p, '[part~=actions] button').allTextContents();
    assert.deepEqual(
      names.map((n) => n.trim()),
      ['Accept all', 'Reject all', 'Preferences'],
    );
    const looks = await p.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      return [...root.querySelectorAll('[part~=actions] button')].map((b) => {
        const s = getComputedStyle(b);
        const r = b.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), s.fontWeight, s.fontSize, s.backgroundColor, s.color, s.borderColor].join();
      });
    });
    assert.equal(new Set(looks).size, 1, 'accept, reject and preferences look the same: ' + looks.join(' | '));
    assert.equal(await cookieOf(context), undefined);
    assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('appears before the load event and causes no layout shift', async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(web.server.origin + '/slow', { waitUntil: 'commit' });
    await inBanner(p, '[part~=accept]').waitFor();
    assert.notEqual(await p.evaluate(() => document.readyState), 'complete', 'the page is still loading its image');
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(() => window.__shift), 0);
    await context.close();
  });

  it('Accept all writes one versioned cookie and grants everything', async () => {
    const { p, context } = await open('/');
    await listen(p);
    await inBanner(p, '[part~=accept]').click();
    const detail = await heard(p);
    assert.equal(detail.source, 'banner');
    assert.deepEqual(detail.changed.sort(), ['advertising', 'analytics']);
    assert.deepEqual(detail.categories, { necessary: true, analytics: true, advertising: true });
    const cookie = await cookieSettled(context);
    assert.match(decodeURIComponent(cookie.value), new RegExp(`^2\\|1\\|${detail.id}\\|[0-9a-z]+\\|analytics\\.advertising!\\|!\\|\\|opt-in\\|$`));
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, false);
    const days = (cookie.expires * 1000 - Date.now()) / 864e5;
    assert.ok(days > 181 && days < 183, `lifetime ${days} days`);
    assert.equal(await p.evaluate(() => document.documentElement.getAttribute('data-consent-advertising')), 'granted');
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    await p.reload();
    await inBanner(p, '[part~=revisit]').waitFor();
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), detail.categories);
    await context.close();
  });

  it('Reject all is stored as long as an acceptance', async () => {
    const { p, context } = await open('/');
    await inBanner(p, '[part~=reject]').click();
    const cookie = await cookieSettled(context);
    assert.match(decodeURIComponent(cookie.value), /\|!analytics\.advertising\|!\|\|opt-in\|$/);
    const days = (cookie.expires * 1000 - Date.now()) / 864e5;
    assert.ok(days > 181 && days < 183);
    await p.reload();
    assert.equal(await p.evaluate(() => Consentry.get().decided), true);
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    await context.close();
  });

  it('silence is not consent: scrolling, clicking elsewhere, Escape and navigating decide nothing', async () => {
    const { p, context } = await open('/');
    await inBanner(p, '[part~=banner]').waitFor();
    await p.mouse.wheel(0, 2000);
    await p.mouse.click(10, 10);
    await p.keyboard.press('Escape');
    await inBanner(p, '[part~=accept]').focus();
    await p.keyboard.press('Escape');
    await p.goto(web.server.origin + '/zero');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.equal(await cookieOf(context), undefined);
    assert.deepEqual(await p.evaluate(() => Consentry.get()).then((s) => [s.decided, s.categories]), [
      false,
      { necessary: true, analytics: false, advertising: false },
    ]);
    await context.close();
  });

  it('the element attribute wins over the script tag data-* attribute', async () => {
    const { p, context } = await open('/attrs');
    const cls = await inBanner(p, '[part~=banner]').getAttribute('class');
    assert.match(cls, /\bbox\b/);
    assert.match(cls, /\bbottom-left\b/);
    assert.equal(await p.evaluate(() => document.querySelectorAll('consent-banner').length), 1);
    assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector('consent-banner')).colorScheme), 'light');
    await inBanner(p, '[part~=reject]').click();
    assert.ok(await cookieSettled(context, 'from_element'));
    assert.equal(await cookieOf(context, 'from_script'), undefined);
    await context.close();
  });

  it('reports each invalid attribute once and uses the safe default', async () => {
    const { p, context, log } = await open('/bad');
    await inBanner(p, '[part~=banner]').waitFor();
    const mine = log.errors.filter((e) => e.startsWith('[consentry]'));
    assert.deepEqual(mine.sort(), [
      '[consentry] categories="<b>x</b>" is not a category id; using "nothing"',
      '[consentry] cookie-days="abc" is invalid; using 182',
      '[consentry] layout="popup" is invalid; using "bar"',
      '[consentry] mode="sneaky" is invalid; using "opt-in"',
    ]);
    assert.match(await inBanner(p, '[part~=banner]').getAttribute('class'), /\bbar\b/);
    assert.deepEqual(await p.evaluate(() => Consentry.get().categories), { necessary: true, analytics: false });
    await inBanner(p, '[part~=reject]').click();
    const days = ((await cookieSettled(context)).expires * 1000 - Date.now()) / 864e5;
    assert.ok(days > 181 && days < 183);
    await context.close();
  });

  it('shows configuration texts with markup as text, links only with http(s)', async () => {
    const { p, context } = await open('/markup');
    const title = inBanner(p, '[part~=title]');
    assert.equal((await title.textContent()).trim(), '<img src=x onerror=alert(1)>Hello');
    assert.equal(await p.evaluate(() => document.querySelector('consent-banner').shadowRoot.querySelectorAll('img,script').length), 0);
    const links = await p.evaluate(() =>
      [...document.querySelector('consent-banner').shadowRoot.querySelectorAll('[part~=text] a')].map((a) => a.getAttribute('href')),
    );
    assert.deepEqual(links, ['/privacy']);
    assert.match(await inBanner(p, '[part~=text]').textContent(), /\[this\]\(javascript:alert\(1\)\)/);
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog').waitFor();
    assert.match(await inBanner(p, 'dialog').textContent(), /<b>Stats<\/b>[\s\S]*Counting <script>x<\/script>/);
    await context.close();
  });

  it('a JSON configuration still arriving when the banner starts is read once it is whole, not reported as broken', async () => {
    const { p, context, log } = await open('/split-config');
    await p.waitForLoadState('domcontentloaded');
    // The option set meanwhile holds too.
    assert.match(await inBanner(p, '[part~=banner]').getAttribute('class'), /\bbox\b/);
    await inBanner(p, '[part~=preferences]').click();
    await inBanner(p, 'dialog').waitFor();
    assert.match(await inBanner(p, 'dialog').textContent(), /Partner {2}offers/);
    assert.deepEqual(await p.evaluate(() => Object.keys(Consentry.get().categories)), ['necessary', 'analytics', 'partners']);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('the script included twice gives one banner and one consent-ready', async () => {
    const { p, context, log } = await open('/twice-listen');
    await inBanner(p, '[part~=banner]').waitFor();
    await p.waitForTimeout(200);
    assert.equal(await p.evaluate(() => document.querySelectorAll('consent-banner').length), 1);
    assert.equal(await p.evaluate(() => window.ready.length), 1);
    await inBanner(p, '[part~=accept]').click();
    assert.equal(await p.evaluate(() => document.querySelectorAll('consent-banner').length), 1);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
});

describe('durability', () => {
  const bad = {
    malformed: '%%%not-a-record',
    truncated: '1|1|AbCdEfGhIjKlMnOpQrStUv|mfz',
    foreign: '2|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics=1&advertising=1|',
    'wrong type': '1|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics=true&advertising=1|',
    tampered: '1|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics=1&__proto__=1|',
    '4 KB': '1|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics=1&advertising=1|' + 'x'.repeat(3990),
    json: '{"analytics":true,"advertising":true}',
  };
  for (const [name, value] of Object.entries(bad)) {
    it(`a ${name} consent cookie is no decision, and nothing throws`, async () => {
      const context = await web.browser.newContext();
      await context.addCookies([{ name: 'consentry', value: encodeURIComponent(value), url: web.server.origin }]);
      const p = await context.newPage();
      const log = watchConsole(p);
      await p.goto(web.server.origin + '/');
      await inBanner(p, '[part~=banner]').waitFor();
      const s = await p.evaluate(() => Consentry.get());
      assert.equal(s.decided, false);
      assert.deepEqual(s.categories, { necessary: true, analytics: false, advertising: false });
      assert.equal(await p.evaluate(() => ({}).__proto__ === Object.prototype && !('1' in Object.prototype)), true);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });
  }

  it('with cookies blocked the decision lives in localStorage', async () => {
    const context = await web.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
      Object.defineProperty(Navigator.prototype, 'cookieEnabled', { get: () => false });
    });
    const p = await context.newPage();
    await p.goto(web.server.origin + '/');
    await inBanner(p, '[part~=accept]').click();
    assert.match(await p.evaluate(() => localStorage.getItem('consentry:consentry')), /^2\|1\|/);
    await p.reload();
    assert.equal(await p.evaluate(() => Consentry.get().decided), true);
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    await context.close();
  });

  it('with cookies and storage blocked the decision holds for the page, and nothing throws', async () => {
    const context = await web.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const p = await context.newPage();
    const log = watchConsole(p);
    await p.goto(web.server.origin + '/');
    await inBanner(p, '[part~=reject]').click();
    assert.deepEqual(await p.evaluate(() => [Consentry.get().decided, Consentry.allowed('analytics')]), [true, false]);
    assert.equal(await inBanner(p, '[part~=banner]').count(), 0);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  /** Opens two tabs of `context`, accepts in the first, and returns both and what the second heard. */
  async function acceptInOneOfTwoTabs(context) {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(web.server.origin + '/');
    await b.goto(web.server.origin + '/');
    await inBanner(b, '[part~=banner]').waitFor();
    await listen(b);
    await inBanner(a, '[part~=accept]').click();
    const detail = await heard(b);
    assert.equal(detail.source, 'sync');
    assert.deepEqual(detail.categories, { necessary: true, analytics: true, advertising: true });
    await inBanner(b, '[part~=banner]').waitFor({ state: 'detached' });
    return { a, b, detail };
  }

  it('two tabs stay in agreement without a reload', async () => {
    const context = await web.browser.newContext();
    const { a, b, detail } = await acceptInOneOfTwoTabs(context);
    assert.deepEqual(detail.changed.sort(), ['advertising', 'analytics']);
    assert.equal(detail.decided, true);
    await listen(a);
    await b.evaluate(() => Consentry.rejectAll());
    assert.deepEqual((await heard(a)).categories, { necessary: true, analytics: false, advertising: false });
    await context.close();
  });

  for (const withoutChannel of [false, true]) {
    it(`two tabs stay in agreement with cookies blocked${withoutChannel ? ', through storage events when BroadcastChannel is missing' : ''}`, async () => {
      const context = await web.browser.newContext();
      await context.addInitScript((withoutChannel) => {
        Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
        Object.defineProperty(Navigator.prototype, 'cookieEnabled', { get: () => false });
        if (withoutChannel) delete window.BroadcastChannel;
      }, withoutChannel);
      await acceptInOneOfTwoTabs(context);
      await context.close();
    });
  }

  it('a new revision voids the old decision and shows the banner again', async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    await p.goto(web.server.origin + '/');
    await inBanner(p, '[part~=accept]').click();
    await p.route('**/revised', (r) => r.fulfill({ contentType: 'text/html', body: page({ attrs: 'data-revision="2"' }) }));
    await p.goto(web.server.origin + '/revised');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual(await p.evaluate(() => [Consentry.get().decided, Consentry.allowed('analytics'), Consentry.get().revision]), [false, false, '2']);
    await context.close();
  });
});
