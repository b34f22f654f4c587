// Regions: one configuration, the right rules for each visitor. Whole pages in Chromium with
// emulated time zones (`region="auto"`) and server-given regions: the banner, the mode, the
// region in force, Consent Mode's per-region defaults, receipts, the opt-out control and the
// re-prompt when the rules in force change.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inBanner, testSite, watchConsole } from './helpers.mjs';

/** Receipts the endpoint received (parsed). */
let received = [];

/** The worked example of docs/regions.md. */
const EXAMPLE = {
  categories: { analytics: {}, advertising: {} },
  consentEndpoint: '/receipt',
  regions: {
    'EEA UK CH': { mode: 'opt-in' },
    'US-PRIVACY': { mode: 'opt-out', honorGpc: true },
    '*': { mode: 'notice' },
  },
};

/** The example with a privacy notice that has a California section. */
const NOTICE = { ...EXAMPLE, notice: { controller: { name: 'Example Inc.', email: 'privacy@example.com' }, practices: ['cookies', 'california'] } };

const doc = (json, attrs = '') =>
  `<!doctype html><html lang="en"><head><title>t</title><script type="application/json" id="cfg">${JSON.stringify(json)}</script>
<script src="/dist/consentry.js" data-config="#cfg" ${attrs}></script></head>
<body><main><h1>t</h1><script type="text/plain" data-consent="analytics">window.analyticsRan = true;</script></main>
<footer><consent-opt-out></consent-opt-out></footer></body></html>`;

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
  '/': doc(EXAMPLE),
  '/given/US-CA': doc(EXAMPLE, 'data-region="US-CA"'),
  '/given/DE': doc(EXAMPLE, 'data-region="DE"'),
  '/given/UK': doc(EXAMPLE, 'data-region="UK"'),
  '/given/XX': doc(EXAMPLE, 'data-region="XX"'),
  '/given/bad': doc(EXAMPLE, 'data-region="germany"'),
  '/unknown-notice': doc({ ...EXAMPLE, regions: { ...EXAMPLE.regions, unknown: { mode: 'notice' } } }),
  // The site changes its table: opt-in everywhere.
  '/stricter': doc({ ...EXAMPLE, regions: { '*': { mode: 'opt-in' }, unknown: { mode: 'opt-in' } } }),
  '/none': doc({ ...EXAMPLE, regions: { EEA: { mode: 'opt-in' }, '*': { mode: 'none' } } }),
  '/no-regions': doc({ categories: EXAMPLE.categories }),
  '/no-regions-given': doc({ categories: EXAMPLE.categories }, 'data-region="US-CA"'),
  '/notice/US-CA': doc(NOTICE, 'data-region="US-CA"').replace('<footer>', '<privacy-notice></privacy-notice><footer>'),
  '/notice/DE': doc(NOTICE, 'data-region="DE"').replace('<footer>', '<privacy-notice></privacy-notice><footer>'),
  '/notice/none': doc({ ...NOTICE, regions: { '*': { mode: 'none' } } }, 'data-region="JP"').replace('<footer>', '<privacy-notice></privacy-notice><footer>'),
  '/bad-table': doc({ ...EXAMPLE, regions: { 'EEA Europe': { mode: 'opt-in' }, FR: 'opt-in', DE: { region: 'FR' } } }),
});

beforeEach(() => {
  received = [];
});

/** Opens `path` in a fresh context with time zone `timezoneId`; `gpc` emulates Global Privacy Control. */
async function open(path, timezoneId, { gpc = false, cookies = [] } = {}) {
  const context = await web.browser.newContext({ timezoneId });
  if (cookies.length) await context.addCookies(cookies);
  const requests = [];
  const opened = await web.open(path, {
    context,
    watch: async (p) => {
      if (gpc) await p.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      p.on('request', (r) => requests.push(r.url()));
    },
  });
  // consent-ready comes once the region's rules are known.
  await opened.p.evaluate(() => new Promise((ok) => Consentry.on('ready', ok)));
  return { ...opened, requests };
}

/** What a visitor observes: the region and mode in force, the view, the categories. */
const state = (p) =>
  p.evaluate(() => {
    const s = Consentry.get();
    const banner = document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~=banner]');
    return { region: Consentry.region, snapshotRegion: s.region, mode: s.mode, banner: !!banner, categories: s.categories };
  });

/** The Consent Mode `default` commands: [region list or null, analytics_storage, ad_storage]. */
const defaults = (p) =>
  p.evaluate(() =>
    (window.dataLayer || []).filter((e) => e[0] === 'consent' && e[1] === 'default').map((e) => [e[2].region ?? null, e[2].analytics_storage, e[2].ad_storage]),
  );

const OPT_IN = { necessary: true, analytics: false, advertising: false };
const GRANTED = { necessary: true, analytics: true, advertising: true };

const ZONES = [
  ['Europe/Berlin', 'DE', 'opt-in'],
  ['Europe/Paris', 'FR', 'opt-in'],
  ['Europe/London', 'GB', 'opt-in'],
  ['Europe/Zurich', 'CH', 'opt-in'],
  // Los Angeles covers CA, ID, NV, OR and WA; California's rules are the most protective.
  ['America/Los_Angeles', 'US-CA', 'opt-out'],
  ['America/Denver', 'US-CO', 'opt-out'],
  // New York has no comprehensive privacy law; Connecticut, in the same zone, has.
  ['America/New_York', 'US-CT', 'opt-out'],
  ['America/Toronto', 'CA', 'notice'],
  ['Asia/Tokyo', 'JP', 'notice'],
  ['America/Sao_Paulo', 'BR', 'notice'],
  // No country: unknown, and without an `unknown` rule that is opt-in.
  ['UTC', null, 'opt-in'],
];

describe('region="auto": the time zone chooses the rules', () => {
  for (const [zone, region, mode] of ZONES) {
    it(`${zone}: ${region ?? 'unknown'}, ${mode}`, async () => {
      const { p, context, log, requests } = await open('/', zone);
      try {
        const s = await state(p);
        assert.deepEqual(
          { region: s.region, snapshotRegion: s.snapshotRegion, mode: s.mode, banner: s.banner },
          { region, snapshotRegion: region, mode, banner: true },
        );
        assert.deepEqual(s.categories, mode === 'opt-in' ? OPT_IN : GRANTED);
        // Nothing optional ran before a choice where the rules are opt-in.
        assert.equal(await eventually(() => p.evaluate(() => window.analyticsRan ?? false), mode !== 'opt-in'), mode !== 'opt-in');
        // Consent Mode: one default per rule of the table, then the visitor's own, region-less.
        const d = await defaults(p);
        assert.equal(d.length, 3);
        const [eea, us, rest] = d;
        assert.equal(eea[0].length, 32);
        assert.ok(eea[0].includes('DE') && eea[0].includes('GB') && eea[0].includes('CH') && eea[0].includes('NO'));
        assert.deepEqual(eea.slice(1), ['denied', 'denied']);
        assert.ok(us[0].includes('US-CA') && us[0].includes('US-VA') && !us[0].includes('US-NY'));
        assert.deepEqual(us.slice(1), ['granted', 'granted']);
        assert.deepEqual(rest, mode === 'opt-in' ? [null, 'denied', 'denied'] : [null, 'granted', 'granted']);
        // The opt-out control shows only where the rules are opt-out.
        const label = mode === 'opt-out' ? 'Do not sell or share my personal information' : null;
        const optOut = () => p.evaluate(() => document.querySelector('consent-opt-out').shadowRoot?.querySelector('button')?.textContent.trim() ?? null);
        assert.equal(await eventually(optOut, label), label);
        // The receipt of the visitor's choice carries the region in force.
        await inBanner(p, mode === 'opt-in' ? '[part~=reject]' : '[part~=accept]').click();
        await eventually(() => received.length, 1);
        assert.equal(received[0].region, region);
        const before = [...requests];
        // The site's rules change to opt-in everywhere: asked again unless the choice was made under opt-in.
        await p.goto(web.server.origin + '/stricter');
        await p.waitForFunction(() => window.Consentry);
        await p.evaluate(() => new Promise((ok) => Consentry.on('ready', ok)));
        const after = await state(p);
        // With every state of a zone opt-in, the first listed is the region: New York's zone lists New York first.
        const stricterRegion = zone === 'America/New_York' ? 'US-NY' : region;
        assert.deepEqual([after.region, after.mode, after.banner], [stricterRegion, 'opt-in', mode !== 'opt-in']);
        // No request beyond the page's own files: the region costs no third party and no geo lookup.
        assert.deepEqual(
          requests.filter((u) => !u.startsWith(web.server.origin)),
          [],
        );
        assert.equal(before.filter((u) => u.endsWith('/dist/consentry.regions.js')).length, 1);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a region given by the server', () => {
  const GIVEN = [
    ['US-CA', 'Europe/Berlin', 'US-CA', 'opt-out'],
    ['DE', 'America/Los_Angeles', 'DE', 'opt-in'],
    ['UK', 'Asia/Tokyo', 'GB', 'opt-in'],
    ['XX', 'Europe/Berlin', null, 'opt-in'],
  ];
  for (const [given, zone, region, mode] of GIVEN) {
    it(`data-region="${given}" wins over the time zone (${zone}): ${region ?? 'unknown'}, ${mode}`, async () => {
      const { p, context, log } = await open('/given/' + given, zone);
      try {
        const s = await state(p);
        assert.deepEqual([s.region, s.mode, s.banner], [region, mode, true]);
        await inBanner(p, '[part~=accept]').click();
        await eventually(() => received.length, 1);
        assert.equal(received[0].region, region);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('a malformed region is reported and auto is used', async () => {
    const { p, context, log } = await open('/given/bad', 'Asia/Tokyo');
    try {
      assert.deepEqual((await state(p)).region, 'JP');
      assert.deepEqual(log.errors, ['[consentry] region="germany" is invalid; using "auto"']);
    } finally {
      await context.close();
    }
  });
});

describe('the decision remembers the rules it was made under', () => {
  /** Decides in `from`, then visits again from `to` with the same consent cookie. */
  async function travel(from, to, button) {
    const first = await open('/', from);
    await inBanner(first.p, button).click();
    const cookies = await eventually(async () => (await first.context.cookies()).filter((c) => c.name === 'consentry').length, 1);
    assert.equal(cookies, 1);
    const jar = (await first.context.cookies()).filter((c) => c.name === 'consentry');
    await first.context.close();
    return open('/', to, { cookies: jar });
  }

  it('decided under opt-out in California, now in Germany under opt-in: asked again, nothing runs', async () => {
    const { p, context } = await travel('America/Los_Angeles', 'Europe/Berlin', '[part~=accept]');
    try {
      const s = await state(p);
      assert.deepEqual([s.region, s.mode, s.banner, s.categories], ['DE', 'opt-in', true, OPT_IN]);
      assert.equal(await p.evaluate(() => window.analyticsRan ?? false), false);
    } finally {
      await context.close();
    }
  });

  it('decided under notice in Japan, now in Colorado under opt-out: asked again', async () => {
    const { p, context } = await travel('Asia/Tokyo', 'America/Denver', '[part~=accept]');
    try {
      assert.deepEqual((await state(p)).banner, true);
    } finally {
      await context.close();
    }
  });

  it('decided under opt-in in France, now in California under opt-out: not asked, the choice stands', async () => {
    const { p, context } = await travel('Europe/Paris', 'America/Los_Angeles', '[part~=reject]');
    try {
      const s = await state(p);
      assert.deepEqual([s.region, s.mode, s.banner, s.categories], ['US-CA', 'opt-out', false, OPT_IN]);
    } finally {
      await context.close();
    }
  });
});

describe('unknown, none and GPC', () => {
  it('an unknown region takes the `unknown` rule when the table has one', async () => {
    const { p, context } = await open('/unknown-notice', 'UTC');
    try {
      const s = await state(p);
      assert.deepEqual([s.region, s.mode], [null, 'notice']);
    } finally {
      await context.close();
    }
  });

  it('mode none: no banner, no revisit control, optional categories granted, no cookie', async () => {
    const { p, context } = await open('/none', 'Asia/Tokyo');
    try {
      const s = await state(p);
      assert.deepEqual([s.region, s.mode, s.banner, s.categories], ['JP', 'none', false, GRANTED]);
      assert.equal(await p.evaluate(() => !!document.querySelector('consent-banner').shadowRoot.querySelector('.revisit')), false);
      assert.equal(await eventually(() => p.evaluate(() => window.analyticsRan), true), true);
      assert.deepEqual(
        (await context.cookies()).map((c) => c.name),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('mode none honours Global Privacy Control: advertising refused, without a banner', async () => {
    const { p, context } = await open('/none', 'America/Sao_Paulo', { gpc: true });
    try {
      const s = await state(p);
      assert.deepEqual([s.mode, s.banner, s.categories], ['none', false, { necessary: true, analytics: true, advertising: false }]);
    } finally {
      await context.close();
    }
  });

  it('US-PRIVACY with GPC: advertising refused without asking, and Consent Mode says so for those states', async () => {
    const { p, context } = await open('/', 'America/Los_Angeles', { gpc: true });
    try {
      const s = await state(p);
      assert.deepEqual([s.mode, s.categories], ['opt-out', { necessary: true, analytics: true, advertising: false }]);
      const us = (await defaults(p)).find((d) => d[0]?.includes('US-CA'));
      assert.deepEqual(us.slice(1), ['granted', 'denied']);
      const status = () =>
        p.evaluate(() => /Global Privacy Control/.test(document.querySelector('consent-opt-out').shadowRoot?.querySelector('[part=status]')?.textContent));
      assert.equal(await eventually(status, true), true);
    } finally {
      await context.close();
    }
  });
});

describe('without regions nothing changes', () => {
  it('no regions chunk is requested, the mode is the configured one, and auto resolves to no region', async () => {
    const { p, context, requests, log } = await open('/no-regions', 'America/Los_Angeles');
    try {
      const s = await state(p);
      assert.deepEqual([s.region, s.mode, s.banner], [null, 'opt-in', true]);
      assert.equal(
        requests.some((u) => u.includes('consentry.regions')),
        false,
      );
      assert.deepEqual(
        (await defaults(p)).map((d) => d[0]),
        [null],
      );
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('a server-given region is still reported in force', async () => {
    const { p, context, requests } = await open('/no-regions-given', 'Europe/Berlin');
    try {
      assert.equal((await state(p)).region, 'US-CA');
      assert.equal(
        requests.some((u) => u.includes('consentry.regions')),
        false,
      );
    } finally {
      await context.close();
    }
  });
});

describe('a bad regions table', () => {
  it('reports each bad key and value and keeps the rest', async () => {
    const { p, context, log } = await open('/bad-table', 'Europe/Paris');
    try {
      assert.deepEqual((await state(p)).mode, 'opt-in');
      assert.deepEqual(
        log.errors.sort(),
        [
          '[consentry] regions["DE"].region=""FR"" cannot differ by region; using "nothing"',
          '[consentry] regions["EEA Europe"]="Europe" is not a region code or group; using "nothing"',
          '[consentry] regions["FR"]=""opt-in"" is not an object of options; using "nothing"',
        ].sort(),
      );
    } finally {
      await context.close();
    }
  });
});

describe('the demo page', () => {
  it('follows the region picked: opt-out for US-CA, then opt-in after switching to DE', async () => {
    const context = await web.browser.newContext({ timezoneId: 'Asia/Tokyo' });
    try {
      const p = await context.newPage();
      const log = watchConsole(p);
      await p.goto(web.server.origin + '/demo/regions/?region=US-CA');
      await p.waitForFunction(() => window.Consentry && Consentry.get().mode === 'opt-out');
      assert.equal(await inBanner(p, '[part~=reject]').textContent(), 'Do not sell or share my personal information');
      await Promise.all([p.waitForURL(/region=DE/), p.selectOption('#region', 'DE')]);
      await p.waitForFunction(() => window.Consentry && Consentry.region === 'DE');
      assert.equal(await p.evaluate(() => Consentry.get().mode), 'opt-in');
      assert.equal(await inBanner(p, '[part~=reject]').textContent(), 'Reject all');
      await p.goto(web.server.origin + '/demo/regions/');
      await p.waitForFunction(() => window.Consentry && Consentry.region === 'JP');
      assert.match(await p.locator('#state').textContent(), /mode\s*notice/);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the demo page, in the UK', () => {
  it('grants the exempt analytics without asking, says so in the banner, and an objection is a decision', async () => {
    const context = await web.browser.newContext({ timezoneId: 'Asia/Tokyo' });
    try {
      const p = await context.newPage();
      const log = watchConsole(p);
      await p.goto(web.server.origin + '/demo/regions/?region=GB');
      await p.waitForFunction(() => window.Consentry && Consentry.region === 'GB');
      await inBanner(p, '[part~=text]').waitFor();
      assert.match(await inBanner(p, '[part~=text]').textContent(), /Some others are on without asking, as the law allows/);
      assert.deepEqual(await p.evaluate(() => [Consentry.allowed('analytics'), Consentry.allowed('advertising'), Consentry.get().decided]), [
        true,
        false,
        false,
      ]);
      // Amazon's signal (a stand-in library on the demo page) follows advertising, with the country as Amazon writes it.
      await p.waitForFunction(() => document.getElementById('amazon').textContent === 'ad storage DENIED, user data DENIED, country UK');
      await p.evaluate(() => Consentry.set({ analytics: false, advertising: false }));
      assert.deepEqual(await p.evaluate(() => [Consentry.allowed('analytics'), Consentry.get().decided]), [false, true]);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the privacy notice shows where its California section applies', () => {
  /** The California section's attributes and its opening text, once the notice has rendered. */
  const california = async (path, zone = 'Asia/Tokyo') => {
    const { p, context, log } = await open(path, zone);
    try {
      await p.waitForSelector('privacy-notice section#california');
      return {
        ...(await p.evaluate(() => {
          const s = document.querySelector('section#california');
          return { applies: s.getAttribute('data-applies'), here: s.hasAttribute('data-here'), text: s.querySelector('p').textContent };
        })),
        cookies: await p.evaluate(() => document.querySelector('section#cookies').textContent),
        errors: log.errors,
      };
    } finally {
      await context.close();
    }
  };

  it('in California: data-applies="US-CA" and data-here', async () => {
    const c = await california('/notice/US-CA');
    assert.deepEqual([c.applies, c.here], ['US-CA', true]);
    assert.match(c.text, /If you live in California/);
    assert.deepEqual(c.errors, []);
  });

  it('elsewhere: still there for every reader, marked for California only', async () => {
    const c = await california('/notice/DE');
    assert.deepEqual([c.applies, c.here], ['US-CA', false]);
  });

  it('under mode none the cookies section says what the notice mode says, and nothing is reported', async () => {
    const c = await california('/notice/none');
    assert.match(c.cookies, /They are used to run the site/);
    assert.deepEqual(c.errors, []);
  });
});
