// consentry-scan against fixture sites that behave like real ones (test/sites.mjs): what it finds,
// what it writes, and that its proposed configuration makes the leaking site clean.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FB_TAG, POSTHOG_SNIPPET, startSites } from './sites.mjs';
import { scan } from './helpers.mjs';

let sites;
before(async () => (sites = await startSites()));
after(() => sites.close());

const run = (url, ...args) => scan([url, '--proxy', sites.proxy, '--timeout', '20000', ...args]);
const names = (leaks, pass) =>
  leaks.filter((l) => l.pass === pass).map((l) => `${l.kind} ${l.kind === 'request' ? new URL(l.name).host + new URL(l.name).pathname : l.name}`);

describe('a Consentry site with a tag left ungated', () => {
  let first;
  test('finds the ungated pixel before a choice and after Reject all, names its tag and the fix', async () => {
    first = await run('http://leaky.test/', '--pages', '1', '--fail-on', 'leaks');
    assert.equal(first.code, 1, first.stderr);
    checkSchema(first);
    const { leaks } = first.report;
    for (const pass of ['no-choice', 'reject']) {
      const found = names(leaks, pass);
      assert.ok(found.includes('cookie _fbp'), `${pass}: ${found}`);
      assert.ok(found.includes('request www.facebook.com/tr'), `${pass}: ${found}`);
      assert.ok(found.includes('request connect.facebook.net/en_US/fbevents.js'), `${pass}: ${found}`);
      // Google Analytics is gated: neither its cookie nor its beacon before a choice or after Reject all.
      assert.ok(!found.some((f) => /_ga|google-analytics|googletagmanager/.test(f)), `${pass}: ${found}`);
    }
    assert.ok(!leaks.some((l) => l.pass === 'accept'), 'Accept all is never a leak');
    const pixel = leaks.find((l) => l.kind === 'request' && l.name.includes('/tr?'));
    assert.equal(pixel.party.id, 'meta-pixel');
    // The browser names the page as the image's initiator (the tag ran while the page was parsed);
    // the scan finds the tag there. The cookie's writer is named from the script's own stack.
    assert.equal(pixel.initiator.url, 'http://leaky.test/');
    assert.equal(pixel.element.script, 'http://connect.facebook.net/en_US/fbevents.js');
    assert.match(leaks.find((l) => l.name === '_fbp').initiator.url, /connect\.facebook\.net\/en_US\/fbevents\.js$/);
    assert.equal(pixel.fix.markup, '<script type="text/plain" data-consent="advertising" src="http://connect.facebook.net/en_US/fbevents.js"></script>');
    assert.equal(pixel.fix.service, 'meta-pixel');
    assert.match(first.stderr, /leak: http:\/\/leaky\.test\/ \(no-choice\): cookie _fbp \(Meta Pixel\)/);
    // After Accept all both trackers run (the scan sees them when they are allowed).
    const accepted = first.report.pages[0].findings.accept.map((f) => f.name);
    assert.ok(accepted.includes('_ga') && accepted.includes('_fbp'), String(accepted));
    // The proposal keeps the site's configuration and adds the pixel's service.
    assert.equal(first.config.policyUrl, '/privacy');
    assert.ok(first.config.categories.analytics.services.includes('google-analytics'));
    assert.deepEqual(first.config.categories.advertising.services, ['meta-pixel']);
  });

  test('the proposed configuration and gating markup, applied, scan clean (exit 0)', async () => {
    assert.ok(first, 'the first scan ran');
    const fixes = [...new Set(first.report.leaks.map((l) => l.fix.markup))];
    assert.deepEqual(fixes, ['<script type="text/plain" data-consent="advertising" src="http://connect.facebook.net/en_US/fbevents.js"></script>']);
    sites.state.leaky = { config: first.config, replace: [[FB_TAG, fixes[0]]] };
    try {
      const second = await run('http://leaky.test/', '--pages', '1', '--fail-on', 'leaks');
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(second.report.leaks, []);
      const accepted = second.report.pages[0].findings.accept.map((f) => f.name);
      assert.ok(accepted.includes('_fbp'), 'the pixel still runs after Accept all: ' + accepted);
    } finally {
      sites.state.leaky = null;
    }
  });
});

describe('posthog-js, the real library, left ungated on a Consentry site', () => {
  let first;
  test('its cookie, storage and requests are attributed to PostHog and are leaks before a choice and after Reject all', async () => {
    first = await run('http://ph.test/', '--pages', '1', '--fail-on', 'leaks');
    assert.equal(first.code, 1, first.stderr);
    checkSchema(first);
    for (const pass of ['no-choice', 'reject']) {
      const found = first.report.leaks.filter((l) => l.pass === pass);
      const named = (kind, name) => found.find((l) => l.kind === kind && (typeof name === 'string' ? l.name === name : name.test(l.name)));
      for (const [kind, name] of [
        ['cookie', 'ph_phc_fixture_posthog'],
        ['storage', 'ph_phc_fixture_posthog'],
        ['request', /^https:\/\/us-assets\.i\.posthog\.com\/static\/array\.js$/],
        ['request', /^https:\/\/us\.i\.posthog\.com\/flags\//],
      ]) {
        const leak = named(kind, name);
        assert.ok(leak, `${pass}: ${kind} ${name} in ${found.map((l) => l.name)}`);
        assert.equal(leak.party.id, 'posthog');
        assert.equal(leak.party.category, 'analytics');
        // The tag to gate is the inline snippet that loads the library (line 2 of the page).
        assert.deepEqual(leak.element, { script: null, line: 2 });
        assert.equal(leak.fix.markup, '<script type="text/plain" data-consent="analytics">/* the inline script at line 2 */</script>');
      }
    }
    assert.ok(first.config.categories.analytics.services.includes('posthog'), JSON.stringify(first.config));
  });

  test('the proposed configuration and the snippet gated, applied, scan clean (exit 0); PostHog runs after Accept all', async () => {
    assert.ok(first, 'the first scan ran');
    const gated = POSTHOG_SNIPPET.replace('<script>', '<script type="text/plain" data-consent="analytics">');
    sites.state.ph = { config: first.config, replace: [[POSTHOG_SNIPPET, gated]] };
    try {
      const second = await run('http://ph.test/', '--pages', '1', '--fail-on', 'leaks');
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(second.report.leaks, []);
      const accepted = second.report.pages[0].findings.accept;
      assert.ok(
        accepted.some((f) => f.kind === 'cookie' && f.name === 'ph_phc_fixture_posthog' && f.party.id === 'posthog'),
        accepted.map((f) => f.name).join(' '),
      );
    } finally {
      sites.state.ph = null;
    }
  });
});

describe('pass 1 under opt-out and notice rules: judged with Global Privacy Control on', () => {
  for (const [host, mode] of [
    ['optout.test', 'opt-out'],
    ['notice.test', 'notice'],
  ]) {
    test(`${mode}: tracking before a choice is allowed, an ad pixel running despite GPC is a leak`, async () => {
      const list = join(mkdtempSync(join(tmpdir(), 'scan-urls-')), 'urls.txt');
      writeFileSync(list, `http://${host}/\nhttp://${host}/leaky\n`);
      const r = await scan(['--urls', list, '--proxy', sites.proxy, '--fail-on', 'leaks']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(
        r.report.pages.flatMap((p) => p.problems),
        [],
        r.stderr,
      );
      checkSchema(r);
      assert.equal(r.report.rules, mode);
      const [right, leaky] = r.report.pages;
      for (const p of [right, leaky]) {
        assert.equal(p.rules, mode);
        assert.deepEqual(p.passes, ['no-choice', 'gpc', 'reject', 'accept']);
        // Before a choice, without GPC, both trackers run as the rules allow: no leak.
        const before = p.findings['no-choice'].map((f) => f.name);
        assert.ok(before.includes('_ga') && before.includes('_fbp'), String(before));
        // With GPC, Google Analytics still runs (not selling or sharing)...
        assert.ok(p.findings.gpc.some((f) => f.name === '_ga'));
      }
      // ...and the gated pixel does not on the page done right; the ungated one does on /leaky.
      assert.ok(!right.findings.gpc.some((f) => f.party?.id === 'meta-pixel'), right.findings.gpc.map((f) => f.name).join(' '));
      assert.deepEqual(
        names(
          r.report.leaks.filter((l) => l.page === right.url),
          'gpc',
        ),
        [],
      );
      const gpcLeaks = r.report.leaks.filter((l) => l.page === leaky.url && l.pass === 'gpc');
      assert.ok(names(gpcLeaks, 'gpc').includes('request www.facebook.com/tr'), names(gpcLeaks, 'gpc').join(' '));
      assert.ok(
        gpcLeaks.every((l) => l.party.category === 'advertising'),
        'analytics is not a leak before a choice',
      );
      assert.ok(!r.report.leaks.some((l) => l.pass === 'no-choice'), 'nothing before a choice without GPC is a leak');
      assert.deepEqual(
        names(
          r.report.leaks.filter((l) => l.page === right.url),
          'reject',
        ),
        [],
        'Reject all stops both on the page done right',
      );
      assert.match(r.stderr, /leaky: no choice, with Global Privacy Control/);
      assert.match(r.html, /No choice, with Global Privacy Control/);
    });
  }
});

test('a Consentry site done right: no leak, exit 0, and the trackers seen after Accept all', async () => {
  const r = await run('http://clean.test/', '--pages', '1', '--fail-on', 'leaks');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.report.leaks, []);
  for (const p of r.report.pages) {
    assert.equal(p.consentTool, 'Consentry');
    assert.deepEqual(p.passes, ['no-choice', 'reject', 'accept']);
    const tracking = (pass) => p.findings[pass].filter((f) => f.party?.tracking).map((f) => f.name);
    assert.deepEqual(tracking('no-choice'), []);
    assert.deepEqual(tracking('reject'), []);
    const accepted = tracking('accept');
    assert.ok(accepted.includes('_ga') && accepted.includes('_fbp'), String(accepted));
  }
  assert.match(r.html, /No leak found/);
});

test('another consent tool (vanilla-cookieconsent 3): refused and accepted through autoconsent', async () => {
  const r = await run('http://peer.test/', '--pages', '1', '--fail-on', 'leaks');
  assert.equal(r.code, 1, r.stderr);
  const [p] = r.report.pages;
  assert.equal(p.consentTool, 'cookieconsent3');
  assert.deepEqual(p.passes, ['no-choice', 'reject', 'accept']);
  assert.match(r.stderr, /Reject all \(through autoconsent, cookieconsent3\)/);
  for (const pass of ['no-choice', 'reject']) {
    const found = names(r.report.leaks, pass);
    assert.ok(found.includes('cookie _fbp'), `${pass}: ${found}`);
    assert.ok(!found.includes('cookie _ga'), `${pass}: ${found}`);
  }
  // The tool's own blocking lets Google Analytics run after Accept all only.
  const accepted = p.findings.accept.map((f) => f.name);
  assert.ok(accepted.includes('_ga'), String(accepted));
  assert.ok(
    p.findings.accept.some((f) => f.name === 'cc_cookie'),
    'the tool stored the choice',
  );
});

test('no banner at all: pass 1 only, said so, and its trackers are leaks; same-site links followed', async () => {
  const r = await run('http://plain.test/', '--pages', '3');
  assert.equal(r.code, 0, 'without --fail-on leaks, leaks do not fail the run');
  assert.match(r.stderr, /no consent banner recognised; pass 1 only/);
  assert.deepEqual(
    r.report.pages.map((p) => p.url),
    ['http://plain.test/', 'http://plain.test/about'],
    'same-site links only (elsewhere.test is not followed)',
  );
  const [p] = r.report.pages;
  assert.equal(p.consentTool, null);
  assert.deepEqual(p.passes, ['no-choice']);
  const found = names(r.report.leaks, 'no-choice');
  assert.ok(found.includes('cookie _ga') && found.includes('request www.google-analytics.com/g/collect'), String(found));
  const ga = r.report.leaks.find((l) => l.name === '_ga');
  assert.equal(ga.fix.markup, '<script type="text/plain" data-consent="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>');
  assert.deepEqual(r.config.categories.analytics.services.sort(), ['google-analytics', 'google-tag-manager']);

  // report.html: one self-contained page (no scripts, nothing loaded from elsewhere), page data as text.
  assert.match(r.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">/);
  assert.doesNotMatch(r.html, /<script|<link|\ssrc="(?!data:)/i);
  assert.match(r.html, /<img alt="The page as first found, before any choice" src="data:image\/jpeg;base64,/);
  assert.match(r.html, /&#60;img src=x onerror=alert\(1\)&#62;/, 'the key is shown as text');
  assert.doesNotMatch(r.html, /<img src=x/);
  assert.match(r.html, /\d+ leaks?: tracking before a choice or after Reject all\./);
});

/** Checks `report` against what its published schema requires (required keys and enums). */
function checkSchema(r) {
  const schema = JSON.parse(readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8'));
  const has = (obj, def, where) => {
    for (const key of def.required ?? []) assert.ok(obj && key in obj, `${where} has ${key}`);
    for (const [key, prop] of Object.entries(def.properties ?? {}))
      if (obj?.[key] != null && prop.enum) assert.ok(prop.enum.includes(obj[key]), `${where}.${key}=${obj[key]}`);
  };
  has(r.report, schema, 'report');
  assert.ok(r.report.leaks.length > 0);
  for (const l of r.report.leaks) has(l, schema.$defs.leak, 'leak');
  for (const p of r.report.pages) {
    has(p, schema.$defs.page, 'page');
    for (const items of Object.values(p.findings)) for (const f of items) has(f, schema.$defs.finding, 'finding');
  }
}
