// consentry/server answers what the drop-in decides (issue 26): for generated records, modes and
// privacy signals, readConsent() on the cookie equals the drop-in's state in Chromium for the same
// cookie (a sample run in the browser), and a property test over many more in Node checks the
// server against the rules of docs/regions.md and docs/integrations.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { page, testSite } from './helpers.mjs';
import { text } from '../shared/records.mjs';

const { readConsent } = await import('../../dist/server.mjs');

const MODES = ['none', 'notice', 'opt-out', 'opt-in'];
const REASK = [0, 30, 182];
const CATEGORIES = { functional: [], analytics: ['posthog'], advertising: ['meta-pixel'], partners: [] };
const SOLD = new Set(['advertising', 'partners']);
const config = JSON.stringify({
  categories: {
    functional: {},
    analytics: { services: [{ id: 'posthog', name: 'PostHog' }] },
    advertising: { services: [{ id: 'meta-pixel', name: 'Meta Pixel' }] },
    partners: { label: 'Partners', saleOrShare: true },
  },
});

/** A record, the mode in force and the signal. */
const cases = fc.record({
  categories: fc.dictionary(fc.constantFrom(...Object.keys(CATEGORIES)), fc.boolean()),
  services: fc.dictionary(fc.constantFrom('posthog', 'meta-pixel'), fc.boolean()),
  signal: fc.boolean(),
  madeUnder: fc.option(fc.constantFrom(...MODES), { nil: undefined }),
  mode: fc.constantFrom(...MODES),
  gpc: fc.boolean(),
  // Issue 28: a record of another revision (`0`) holds while it is a refusal younger than `reask-after` days.
  revision: fc.constantFrom('1', '0'),
  age: fc.constantFrom(1, 20, 40),
  reaskAfter: fc.constantFrom(...REASK),
});

const cookieOf = (c) => {
  const d = {
    revision: c.revision ?? '1',
    id: 'GeneratedGeneratedId01',
    time: Date.now() - (c.age ?? 0) * 864e5 - 3600e3,
    categories: c.categories,
    services: c.services,
    signal: c.signal,
  };
  const t = text(d);
  return c.madeUnder ? `${t}|${c.madeUnder}|` : t;
};

/** The drop-in's value for a category when no decision holds. */
const byDefault = (c, id) => c.mode !== 'opt-in' && !(c.gpc && SOLD.has(id));

const server = (c) =>
  readConsent('consentry=' + cookieOf(c), { mode: c.mode, gpc: c.gpc, saleOrShare: ['partners'], categories: CATEGORIES, reaskAfter: c.reaskAfter });

/** A refusal: the record grants nothing. */
const refusal = (c) => ![...Object.values(c.categories), ...Object.values(c.services)].includes(true);

const web = testSite(
  Object.fromEntries(
    MODES.flatMap((m) =>
      REASK.map((r) => [
        `/${m}/${r}`,
        page({ attrs: `data-mode="${m}" data-reask-after="${r}" data-config="#c"`, head: `<script type="application/json" id="c">${config}</script>` }),
      ]),
    ),
  ),
);

describe('consentry/server equals the drop-in', () => {
  it('in Chromium, for a sample of generated records × modes × signals', async () => {
    const sample = fc.sample(cases, { numRuns: 24, seed: 26 });
    for (const c of sample) {
      const context = await web.browser.newContext();
      try {
        await context.addInitScript((gpc) => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => gpc, configurable: true }), c.gpc);
        await context.addCookies([{ name: 'consentry', value: cookieOf(c), url: web.server.origin }]);
        const { p } = await web.open(`/${c.mode}/${c.reaskAfter}`, { context });
        const browser = await p.evaluate(() => Consentry.get());
        const answer = server(c);
        const expected = answer ? answer.categories : Object.fromEntries([['necessary', true], ...Object.keys(CATEGORIES).map((id) => [id, byDefault(c, id)])]);
        assert.deepEqual(browser.categories, expected, JSON.stringify(c));
        // (`decided` may differ: under GPC the drop-in records a new decision of its own, source `gpc`.)
        if (answer) assert.deepEqual(browser.services, answer.services, JSON.stringify(c));
      } finally {
        await context.close();
      }
    }
  });

  it('in Node, over many generated cases: never grants what the rules refuse', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const answer = server(c);
        const current = c.revision === '1' || (refusal(c) && c.age < c.reaskAfter);
        const held = current && (c.madeUnder === undefined || MODES.indexOf(c.madeUnder) >= MODES.indexOf(c.mode));
        assert.equal(answer !== null, held);
        if (!answer) return;
        for (const id of Object.keys(CATEGORIES)) {
          const covered = c.gpc && SOLD.has(id) && !c.signal;
          const want = !covered && id in c.categories ? c.categories[id] : byDefault(c, id);
          assert.equal(answer.categories[id], want, id);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an opt-out record grants nothing under opt-in; GPC refuses advertising; two cookies are null; a Request and an IncomingMessage are read', () => {
    const c = { categories: { functional: true, analytics: true, advertising: true, partners: true }, services: {}, signal: false, madeUnder: 'opt-out' };
    const cookie = 'consentry=' + cookieOf(c);
    assert.equal(readConsent(cookie, { mode: 'opt-in' }), null);
    assert.equal(readConsent(cookie, { mode: 'opt-out' }).categories.advertising, true);
    assert.equal(readConsent(cookie, { mode: 'opt-out', gpc: true }).categories.advertising, false);
    assert.equal(readConsent(cookie, { mode: 'opt-out', gpc: true, saleOrShare: ['partners'] }).categories.partners, false);
    assert.equal(readConsent(`${cookie}; ${cookie.replace('Generated', 'Planted00')}`, { mode: 'opt-out' }), null);
    assert.equal(readConsent(cookie.replace('consentry', '%63onsentry'), { mode: 'opt-out' }), null);
    const request = new Request('http://x/', { headers: { cookie, 'sec-gpc': '1' } });
    assert.equal(readConsent(request, { mode: 'opt-out' }).categories.advertising, false);
    assert.equal(readConsent(request, { mode: 'opt-out', gpc: false }).categories.advertising, true);
    const incoming = { headers: { cookie, 'sec-gpc': '1' } };
    assert.equal(readConsent(incoming, { mode: 'opt-out' }).categories.advertising, false);
    assert.equal(readConsent({ headers: { cookie } }, { mode: 'opt-out' }).categories.analytics, true);
  });

  it('reaskAfter: a refusal of another revision stands, an acceptance does not, a new category leaves it undecided; exempt categories are granted until refused', () => {
    const refused = { categories: { analytics: false, advertising: false }, services: { posthog: false }, signal: false, revision: '0', age: 20 };
    const cookie = 'consentry=' + cookieOf(refused);
    assert.deepEqual(readConsent(cookie).categories, { necessary: true, analytics: false, advertising: false });
    assert.equal(readConsent(cookie, { reaskAfter: 10 }), null);
    assert.equal(readConsent(cookie, { reaskAfter: 0 }), null);
    assert.equal(readConsent('consentry=' + cookieOf({ ...refused, categories: { analytics: true, advertising: false } })), null);
    assert.equal(readConsent(cookie, { categories: { analytics: ['posthog'], advertising: [] } }).decided, true);
    assert.equal(readConsent(cookie, { categories: { analytics: ['posthog'], advertising: [], functional: [] } }).decided, false);
    assert.equal(readConsent(cookie, { categories: { analytics: ['posthog', 'matomo'], advertising: [] } }).decided, false);
    const asked = 'consentry=' + cookieOf({ categories: { advertising: false }, services: {}, signal: false });
    const uk = { exempt: ['analytics'], categories: { analytics: [], advertising: [] } };
    assert.deepEqual(readConsent(asked, uk), {
      ...readConsent(asked, uk),
      decided: true,
      categories: { necessary: true, analytics: true, advertising: false },
    });
    const objected = 'consentry=' + cookieOf({ categories: { analytics: false, advertising: false }, services: {}, signal: false });
    assert.equal(readConsent(objected, uk).categories.analytics, false);
  });
});
