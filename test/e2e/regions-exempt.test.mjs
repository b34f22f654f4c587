// Exempt categories (issue 28, docs/regions.md#exempt-categories): the UK's Data (Use and Access)
// Act 2025 lets a site measure its own statistics without consent if visitors are told and can
// object. A region's rules mark categories `exempt`: granted with no banner question, shown on in
// the dialog with a "you can object" line, an objection stored, sent as a receipt and kept.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inBanner, testSite } from './helpers.mjs';

/** The English words a visitor reads (src/i18n/en-exempt.ts). */
const enExempt = {
  exemptText:
    'We use cookies and similar technologies. Those that keep the site working are always on. Some others are on without asking, as the law allows: you can object to them in "Preferences". The rest are used only if you agree. You can change your mind at any time in "Privacy settings".',
  exempt: 'On without asking, as the law allows. You can object at any time by switching it off.',
};

let received = [];

const CONFIG = {
  categories: { analytics: {}, advertising: {} },
  gaId: 'G-TEST123',
  consentEndpoint: '/receipt',
  regions: { UK: { mode: 'opt-in', exempt: ['analytics'] }, EEA: { mode: 'opt-in' } },
};

const doc = (json, attrs) =>
  `<!doctype html><html lang="en"><head><title>t</title><script type="application/json" id="cfg">${JSON.stringify(json)}</script>
<script src="/dist/consentry.js" data-config="#cfg" ${attrs}></script></head>
<body><main><h1>t</h1><script type="text/plain" data-consent="analytics">(window.ran ??= []).push('analytics');</script>
<script type="text/plain" data-consent="advertising">(window.ran ??= []).push('advertising');</script></main></body></html>`;

async function record(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  received.push(JSON.parse(text));
  return { status: 204, body: '' };
}

const web = testSite({
  '/receipt': record,
  // The collector's other endpoints next to it: banner impressions and the words shown (docs/receipts.md).
  '/impressions': { status: 204, body: '' },
  '/shown-texts': { status: 201, body: '' },
  '/uk': doc(CONFIG, 'data-region="UK"'),
  '/de': doc(CONFIG, 'data-region="DE"'),
  '/bad': doc({ ...CONFIG, regions: { UK: { exempt: ['necessary', 'nope', 42, 'analytics'] } } }, 'data-region="GB"'),
  '/bad-shape': doc({ ...CONFIG, regions: { UK: { exempt: 'analytics' } } }, 'data-region="GB"'),
});

beforeEach(() => {
  received = [];
});

async function open(path, context) {
  const opened = await web.open(path, { context });
  await opened.p.evaluate(() => new Promise((ok) => Consentry.on('ready', ok)));
  return opened;
}

const ran = (p) => p.evaluate(() => window.ran ?? []);
const bannerText = (p) => inBanner(p, '[part~=text]').textContent();
/** Consent Mode commands: [kind, region or null, analytics_storage]. */
const consentMode = (p) =>
  p.evaluate(() => (window.dataLayer || []).filter((e) => e[0] === 'consent').map((e) => [e[1], e[2].region ?? null, e[2].analytics_storage]));

describe('exempt categories: a UK visitor, analytics exempt', () => {
  it('analytics runs with no click; the banner asks about advertising only; Consent Mode grants analytics_storage', async () => {
    const { p, context } = await open('/uk');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual(await eventually(() => ran(p), ['analytics']), ['analytics']);
    const s = await p.evaluate(() => Consentry.get());
    assert.deepEqual(s.categories, { necessary: true, analytics: true, advertising: false });
    assert.equal(s.decided, false);
    assert.equal(await p.evaluate(() => window['ga-disable-G-TEST123']), false);
    // The banner's text does not ask about the exempt category: it says it is on and how to object.
    assert.equal((await bannerText(p)).trim(), enExempt.exemptText);
    // Consent Mode: the UK's default grants analytics, the EEA's does not; the visitor's own default grants it.
    const cm = await consentMode(p);
    const uk = cm.find((c) => c[0] === 'default' && c[1]?.includes('GB'));
    const eea = cm.find((c) => c[0] === 'default' && c[1]?.includes('DE'));
    assert.equal(uk[2], 'granted');
    assert.equal(eea[2], 'denied');
    assert.deepEqual(
      cm.filter((c) => c[0] === 'default' && c[1] === null),
      [['default', null, 'granted']],
    );
    assert.deepEqual(cm.at(-1), ['default', null, 'granted']);
    // Accept all grants what was asked; no receipt before a decision.
    assert.equal(received.length, 0);
    await context.close();
  });

  it('the dialog shows it on with the objection line; an objection switches it off, stops it, sends a receipt and survives a reload', async () => {
    const { p, context } = await open('/uk');
    await inBanner(p, '[part~=preferences]').click();
    const analytics = p.getByRole('switch', { name: 'Analytics', exact: true });
    await analytics.waitFor();
    assert.equal(await analytics.isChecked(), true);
    assert.equal(await p.getByRole('switch', { name: 'Advertising', exact: true }).isChecked(), false);
    assert.deepEqual(await inBanner(p, '[part~=exempt]').allTextContents(), [enExempt.exempt]);
    assert.match(await inBanner(p, '[part~=dialog] > p').first().textContent(), /are on until you object/);
    await analytics.uncheck();
    await inBanner(p, '[part~=save]').click();
    assert.equal(await eventually(() => received.length, 1), 1);
    assert.deepEqual(received[0].categories, { necessary: true, analytics: false, advertising: false });
    assert.equal(received[0].region, 'GB');
    assert.equal(received[0].source, 'preferences');
    const s = await p.evaluate(() => Consentry.get());
    assert.deepEqual(s.categories, { necessary: true, analytics: false, advertising: false });
    assert.equal(await p.evaluate(() => window['ga-disable-G-TEST123']), true);
    // (Before the region's rules are known, an `update` may already say denied: the last command is the objection's.)
    assert.deepEqual((await consentMode(p)).at(-1), ['update', null, 'denied']);
    // A fresh load: the objection holds, nothing runs, no banner.
    const { p: q } = await open('/uk', context);
    assert.deepEqual((await q.evaluate(() => Consentry.get())).categories, { necessary: true, analytics: false, advertising: false });
    assert.equal(await inBanner(q, '[part~=banner]').count(), 0);
    assert.deepEqual(await ran(q), []);
    assert.deepEqual(
      (await consentMode(q)).filter((c) => c[0] === 'default' && c[1] === null),
      [['default', null, 'denied']],
    );
    await context.close();
  });

  it('an EEA visitor with the same configuration is asked as before', async () => {
    const { p, context } = await open('/de');
    await inBanner(p, '[part~=banner]').waitFor();
    assert.match(await bannerText(p), /Others, for statistics and advertising, are used only if you agree/);
    assert.deepEqual((await p.evaluate(() => Consentry.get())).categories, { necessary: true, analytics: false, advertising: false });
    assert.deepEqual(await ran(p), []);
    await inBanner(p, '[part~=preferences]').click();
    await p.getByRole('switch', { name: 'Analytics', exact: true }).waitFor();
    assert.equal(await inBanner(p, '[part~=exempt]').count(), 0);
    await context.close();
  });
});

describe('exempt categories: bad values', () => {
  it('only optional categories of the configuration can be exempt: others are reported and ignored', async () => {
    const { p, context, errors } = await open('/bad');
    await eventually(() => errors.length >= 3, true);
    assert.deepEqual(errors, [
      '[consentry] exempt[0]="necessary" is not an optional category; using "nothing"',
      '[consentry] exempt[1]="nope" is not an optional category; using "nothing"',
      '[consentry] exempt[2]=42 is not an optional category; using "nothing"',
    ]);
    assert.deepEqual(await eventually(() => ran(p), ['analytics']), ['analytics']);
    await context.close();
  });

  it('a value that is not a list: reported, nothing exempt', async () => {
    const { p, context, errors } = await open('/bad-shape');
    await eventually(() => errors.length >= 1, true);
    assert.deepEqual(errors, ['[consentry] exempt="analytics" is not a list of category ids; using []']);
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual((await p.evaluate(() => Consentry.get())).categories, { necessary: true, analytics: false, advertising: false });
    assert.deepEqual(await ran(p), []);
    await context.close();
  });
});
