// Consent insight in the drop-in (docs/receipts.md#impressions, decision 0029): one anonymous
// impression per banner or dialog shown, fair experiments whose arm lasts until the decision, and
// the proof of the words shown (their SHA-256 in the receipt, their text posted once per browser).
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inBanner, testSite } from './helpers.mjs';

/** What the stand-in collector received: { path, text, headers }. */
let received = [];

async function record(req, status) {
  let text = '';
  for await (const chunk of req) text += chunk;
  received.push({ path: new URL(req.url, 'http://x').pathname, text, headers: req.headers });
  return { status, body: '' };
}

const EXPERIMENT = {
  id: 'wording-1',
  arms: [
    { id: 'a', weight: 1 },
    { id: 'b', weight: 1, layout: 'box', position: 'top', texts: { en: { title: 'A short question', text: 'May we count visits and show adverts?' } } },
  ],
};
const UNFAIR = { id: 'wording-2', arms: [{ id: 'a' }, { id: 'b', texts: { en: { title: 'Great!', acceptAll: 'Yes, sure' } } }] };

const doc = ({ attrs = '', json } = {}) =>
  `<!doctype html><html lang="en"><head><title>t</title><script>document.cookie = 'site_session=1; path=/'</script>${
    json ? `<script type="application/json" id="cfg">${JSON.stringify(json)}</script>` : ''
  }<script src="/dist/consentry.js" ${json ? 'data-config="#cfg" ' : ''}${attrs}></script></head><body><main>x</main></body></html>`;

const ENDPOINT = 'data-consent-endpoint="/api/receipts"';
const web = testSite({
  '/api/receipts': (req) => record(req, 201),
  '/api/impressions': (req) => record(req, 204),
  '/api/shown-texts': (req) => record(req, 201),
  '/imp': doc({
    attrs: `${ENDPOINT} data-policy-url="/privacy"`,
    json: { categories: { analytics: { services: [{ id: 'stats', name: 'Stats', purpose: 'Counts visits' }] } } },
  }),
  '/imp-off': doc({ attrs: `${ENDPOINT} data-impressions="off"` }),
  '/imp-json-off': doc({ attrs: ENDPOINT, json: { impressions: false } }),
  '/no-endpoint': doc(),
  '/exp': doc({ attrs: ENDPOINT, json: { experiments: EXPERIMENT } }),
  '/unfair': doc({ attrs: ENDPOINT, json: { experiments: UNFAIR } }),
});

beforeEach(() => {
  received = [];
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Waits (bounded) until `n` requests to `path` have arrived, and returns those that have. */
async function arrived(path, n) {
  const of = () => received.filter((r) => r.path === path);
  for (let i = 0; i < 200 && of().length < n; i++) await sleep(25);
  return of();
}
const impression = (over) =>
  JSON.stringify({ v: 1, surface: 'banner', region: '', mode: 'opt-in', lang: 'en', device: 'desktop', signal: 'none', layout: 'bar', arm: '', ...over });
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('impressions', () => {
  it('one per surface shown, with the exact body, no cookie, no referrer', async () => {
    const { p } = await web.open('/imp');
    const [banner] = await arrived('/api/impressions', 1);
    assert.equal(banner.text, impression());
    assert.equal(banner.headers['content-type'], 'text/plain;charset=UTF-8');
    assert.equal(banner.headers.cookie, undefined, 'no cookie (the page has one)');
    assert.equal(banner.headers.referer, undefined, 'no referrer');
    // The dialog opened from the banner is a second impression; back to the banner, none more.
    await inBanner(p, '[part~=preferences]').click();
    const [, dialog] = await arrived('/api/impressions', 2);
    assert.equal(dialog.text, impression({ surface: 'dialog', layout: 'dialog' }));
    await inBanner(p, '[part~=close]').click();
    await inBanner(p, '[part~=banner]').waitFor();
    await p.evaluate(() => window.Consentry.showBanner());
    await sleep(600);
    assert.equal(received.filter((r) => r.path === '/api/impressions').length, 2);
  });

  it('the device class comes from the viewport', async () => {
    for (const [width, device] of [
      [375, 'phone'],
      [800, 'tablet'],
    ]) {
      received = [];
      await web.open('/imp', { contextOptions: { viewport: { width, height: 800 } } });
      const [one] = await arrived('/api/impressions', 1);
      assert.equal(one.text, impression({ device }));
    }
  });

  it('none with impressions="off", with "impressions": false, or without an endpoint', async () => {
    for (const path of ['/imp-off', '/imp-json-off', '/no-endpoint']) {
      const { p, hits } = await web.open(path);
      await inBanner(p, '[part~=banner]').waitFor();
      await inBanner(p, '[part~=preferences]').click();
      await inBanner(p, '[part~=dialog]').waitFor();
      await sleep(600);
      assert.deepEqual(
        hits().filter((h) => h.includes('impressions')),
        [],
        path,
      );
      assert.deepEqual(received, [], path);
    }
  });
});

describe('proof of what was shown', () => {
  it("the receipt's hash is the SHA-256 of the posted text, whose words are those on screen; the same words are posted once", async () => {
    const { p } = await web.open('/imp');
    await inBanner(p, '[part~=banner]').waitFor();
    const seen = await p.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      const t = (s) => root.querySelector(s).textContent.trim();
      return {
        title: t('[part~=title]'),
        text: t('[part~=text]'),
        buttons: [...root.querySelectorAll('[part~=actions] button')].map((b) => b.textContent.trim()),
        lang: window.Consentry.language,
      };
    });
    await inBanner(p, '[part~=accept]').click();
    const [shownPost] = await arrived('/api/shown-texts', 1);
    const [first] = await arrived('/api/receipts', 1);
    const receipt = JSON.parse(first.text);
    const { hash, text } = JSON.parse(shownPost.text);
    assert.equal(shownPost.headers['content-type'], 'text/plain;charset=UTF-8');
    assert.equal(shownPost.headers.cookie, undefined);
    assert.equal(hash, sha256(text));
    assert.equal(receipt.shown, hash);
    assert.equal(receipt.device, 'desktop');
    assert.ok(!('arm' in receipt), 'no arm without an experiment');
    const shown = JSON.parse(text);
    assert.deepEqual(Object.keys(shown), ['v', 'lang', 'arm', 'layout', 'title', 'text', 'buttons', 'categories', 'services', 'policy']);
    assert.equal(shown.title, seen.title);
    assert.equal(shown.text, seen.text);
    assert.deepEqual(Object.values(shown.buttons), seen.buttons);
    assert.deepEqual(Object.keys(shown.buttons), ['acceptAll', 'rejectAll', 'preferences']);
    assert.equal(shown.lang, seen.lang);
    assert.equal(shown.policy, '/privacy');
    assert.deepEqual(shown.services, [{ id: 'stats', name: 'Stats', purpose: 'Counts visits' }]);
    assert.deepEqual(
      shown.categories.map((c) => c.id),
      ['necessary', 'analytics'],
    );
    assert.equal(shown.categories[1].name, 'Analytics');
    // The same words again (a reset, then the same button): the same hash, and no second text.
    await p.evaluate(() => window.Consentry.reset());
    await inBanner(p, '[part~=accept]').click();
    const receipts = await arrived('/api/receipts', 2);
    assert.equal(receipts.length, 2);
    assert.equal(JSON.parse(receipts[1].text).shown, hash);
    await sleep(300);
    assert.equal(received.filter((r) => r.path === '/api/shown-texts').length, 1);
    assert.deepEqual(await p.evaluate(() => JSON.parse(localStorage.getItem('consentry:shown'))), [hash]);
  });
});

describe('experiments', () => {
  const armKey = (p) => p.evaluate(() => localStorage.getItem('consentry:consentry:arm'));

  it('the arm is kept across reloads until the decision, which carries it and removes it', async () => {
    const { p } = await web.open('/exp');
    await inBanner(p, '[part~=banner]').waitFor();
    const kept = JSON.parse(await armKey(p));
    assert.equal(kept.experiment, 'wording-1');
    assert.match(kept.arm, /^(a|b)$/);
    assert.deepEqual(Object.keys(kept), ['experiment', 'arm']);
    const title = kept.arm === 'b' ? 'A short question' : 'Your privacy choices';
    for (let i = 0; i < 3; i++) {
      await p.reload();
      await inBanner(p, '[part~=banner]').waitFor();
      assert.equal(await inBanner(p, '[part~=title]').textContent(), title);
      assert.deepEqual(JSON.parse(await armKey(p)), kept);
    }
    const impressions = await arrived('/api/impressions', 4);
    assert.ok(impressions.length >= 4);
    for (const i of impressions) assert.equal(i.text, impression({ arm: kept.arm, layout: kept.arm === 'b' ? 'box' : 'bar' }));
    await inBanner(p, '[part~=reject]').click();
    const [r] = await arrived('/api/receipts', 1);
    const receipt = JSON.parse(r.text);
    assert.equal(receipt.arm, kept.arm);
    assert.equal(receipt.device, 'desktop');
    assert.equal(await armKey(p), null, 'removed at the decision');
    const [shownPost] = await arrived('/api/shown-texts', 1);
    assert.equal(JSON.parse(JSON.parse(shownPost.text).text).arm, kept.arm);
    // Decided: later pages keep nothing.
    await p.reload();
    await p.waitForFunction(() => window.Consentry);
    await sleep(300);
    assert.equal(await armKey(p), null);
  });

  it('both arms are shown over new visitors', async () => {
    const arms = new Set();
    for (let i = 0; i < 24 && arms.size < 2; i++) {
      const { p } = await web.open('/exp');
      await inBanner(p, '[part~=banner]').waitFor();
      arms.add(JSON.parse(await armKey(p)).arm);
      await p.context().close();
    }
    assert.deepEqual([...arms].sort(), ['a', 'b']);
  });

  it('an arm that rewords a button is refused with a clear error, and its visitor sees the control', async () => {
    const { p, errors } = await web.open('/unfair', {
      init: () => location.pathname === '/unfair' && localStorage.setItem('consentry:consentry:arm', JSON.stringify({ experiment: 'wording-2', arm: 'b' })),
    });
    await inBanner(p, '[part~=banner]').waitFor();
    assert.equal(await inBanner(p, '[part~=title]').textContent(), 'Your privacy choices');
    assert.equal(await inBanner(p, '[part~=accept]').textContent(), 'Accept all');
    assert.ok(
      errors.some((e) => e.includes('experiment "wording-2", arm "b" changes a button ("texts.en.acceptAll")') && e.includes('see the first arm ("a")')),
      errors.join('\n'),
    );
    const [one] = await arrived('/api/impressions', 1);
    assert.equal(JSON.parse(one.text).arm, 'a');
  });
});
