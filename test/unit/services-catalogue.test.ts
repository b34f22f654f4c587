import { expect } from '@open-wc/testing';
import { ID, resolveConfig, toRegExp } from '../../src/core/config.js';
import { OTHER_HOSTS, VENDORS } from '../../src/vendors/catalogue.js';
import * as CALLS from '../../src/integrations/vendor-apis.js';
import { CATALOGUE } from 'consentry:services';
import { SERVICE } from 'consentry:ga-service';
import { TRACKING_HOSTS } from 'consentry:tracking-hosts';
import { VENDORS as APIS } from 'consentry:vendor-apis';
import { GLOBALS } from '../../src/integrations/index.js';
import { VERSION, receipt } from '../../src/integrations/receipt.js';
import { regions } from '../../src/integrations/consent-mode.js';

/** Captures `console.error` while `fn` runs. */
function errors<T>(fn: () => T): [T, string[]] {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    return [fn(), seen];
  } finally {
    console.error = original;
  }
}

/** A host name in lower case. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A name or a valid `/regex/`. */
const pattern = (p: string) => typeof p === 'string' && p.length > 0 && (p[0] !== '/' || toRegExp(p) !== null);

describe('service catalogue', () => {
  const ids = Object.keys(VENDORS);

  it('has at least 30 services, including every one the issue names', () => {
    expect(ids.length).to.be.at.least(30);
    for (const id of [
      'google-analytics',
      'google-tag-manager',
      'google-ads',
      'adsense',
      'youtube',
      'google-maps',
      'recaptcha',
      'meta-pixel',
      'linkedin-insight',
      'tiktok-pixel',
      'x-pixel',
      'pinterest-tag',
      'snap-pixel',
      'reddit-pixel',
      'microsoft-uet',
      'microsoft-clarity',
      'hotjar',
      'matomo',
      'mixpanel',
      'amplitude',
      'segment',
      'posthog',
      'hubspot',
      'intercom',
      'vimeo',
      'criteo',
      'taboola',
      'outbrain',
      'plausible',
      'cloudflare-web-analytics',
    ])
      expect(ids, id).to.include(id);
  });

  it('every entry is complete and well-formed', () => {
    for (const [id, e] of Object.entries(VENDORS)) {
      expect(ID.test(id), id).to.equal(true);
      expect(e.name, id).to.be.a('string').and.not.empty;
      expect(e.provider, id).to.be.a('string').and.not.empty;
      expect(e.purpose, id).to.be.a('string').and.not.empty;
      expect(['necessary', 'functional', 'analytics', 'advertising'], id).to.include(e.category);
      expect(new URL(e.privacyUrl).protocol, id).to.equal('https:');
      for (const c of e.cookies) {
        expect(pattern(c.name), `${id} cookie ${c.name}`).to.equal(true);
        expect(c.duration, `${id} cookie ${c.name}`).to.be.a('string').and.not.empty;
      }
      for (const k of e.storage) expect(pattern(k), `${id} storage ${k}`).to.equal(true);
      for (const h of e.hosts ?? []) expect(h, `${id} host`).to.match(HOST);
    }
  });

  it('projects each part its share: services without hosts or consent APIs, GA for ga-id, every tracking host once', () => {
    expect(Object.keys(CATALOGUE)).to.deep.equal(ids);
    for (const [id, { hosts: _hosts, consent: _consent, ...service }] of Object.entries(VENDORS)) expect(CATALOGUE[id], id).to.deep.equal(service);
    const { name, provider, privacyUrl, cookies, storage } = VENDORS['google-analytics'];
    expect(SERVICE).to.deep.equal({ id: 'google-analytics', name, provider, privacyUrl, cookies, storage });
    const hosts = [...Object.values(VENDORS), ...Object.values(OTHER_HOSTS)].flatMap((v) => v.hosts ?? []);
    expect([...TRACKING_HOSTS].sort()).to.deep.equal([...new Set(hosts)].sort());
    for (const [id, o] of Object.entries(OTHER_HOSTS)) {
      expect(ids, id).not.to.include(id);
      for (const h of o.hosts) expect(h, id).to.match(HOST);
    }
  });

  it("declares GA's cookies, which match what GA sets", () => {
    const names = VENDORS['google-analytics'].cookies.map((c) => c.name);
    const matches = (n: string) => names.some((p) => (toRegExp(p) ? toRegExp(p)!.test(n) : p === n));
    for (const n of ['_ga', '_ga_ABC123', '_gid', '_gat', '_gat_gtag_G_ABC123']) expect(matches(n), n).to.equal(true);
    expect(matches('_gads')).to.equal(false);
  });

  it('resolves a catalogue id, and lets an object override it field by field, without reports', () => {
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = 'cat-cfg';
    el.textContent = JSON.stringify({ categories: { analytics: { services: ['hotjar', { id: 'posthog', purpose: 'Ours' }] } } });
    document.body.append(el);
    const [config, seen] = errors(() => resolveConfig({ config: '#cat-cfg' }, {}, CATALOGUE));
    el.remove();
    const [hotjar, posthog] = config.categories[1].services;
    expect(hotjar).to.include({ id: 'hotjar', name: 'Hotjar', privacyUrl: VENDORS.hotjar.privacyUrl });
    expect(hotjar.cookies).to.deep.equal(VENDORS.hotjar.cookies);
    expect(posthog).to.include({ name: 'PostHog', provider: 'PostHog', purpose: 'Ours' });
    expect(seen).to.deep.equal([]);
  });

  it('has no prototype, so that "constructor" is not a known service', () => {
    const [config, seen] = errors(() => resolveConfig({}, {}, CATALOGUE));
    expect(config.categories.length).to.equal(3);
    expect('constructor' in CATALOGUE).to.equal(false);
    expect(seen).to.deep.equal([]);
  });
});

describe('integrations', () => {
  it('the drop-in knows the globals of every vendor with a consent API, and each has its call', () => {
    const apis = Object.entries(VENDORS).filter(([, v]) => v.consent);
    expect(GLOBALS).to.deep.equal(apis.map(([, v]) => v.consent!.global));
    // Each call is exported under its vendor's id in camel case.
    const camel = (id: string) => id.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
    expect(Object.keys(CALLS).sort()).to.deep.equal(apis.map(([id]) => camel(id)).sort());
    const calls: Record<string, unknown> = CALLS;
    const rows = apis.map(([id, v]) => [v.consent!.global, v.consent!.categories, calls[camel(id)]]);
    expect(APIS.length).to.equal(rows.length);
    for (const row of APIS) expect(rows).to.deep.include([...row]);
  });

  it('receipts carry the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('a receipt has exactly the documented keys', () => {
    const r = receipt(
      {
        decided: true,
        categories: { necessary: true },
        services: {},
        id: 'x'.repeat(22),
        revision: '1',
        timestamp: '2024-01-01T00:00:00.000Z',
        mode: 'opt-in',
        region: 'US-CA',
        gpc: false,
        changed: [],
        source: 'api',
      },
      'fr',
    );
    expect(Object.keys(r)).to.deep.equal([
      'receipt',
      'id',
      'revision',
      'timestamp',
      'source',
      'categories',
      'services',
      'gpc',
      'region',
      'origin',
      'path',
      'language',
      'version',
      'device',
      'mode',
    ]);
    expect(r).to.include({ language: 'fr', origin: location.origin, path: location.pathname, source: 'api', region: 'US-CA' });
    expect(r.receipt).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("a receipt takes the snapshot's region where there is one, and a fresh receipt id every time", () => {
    const d = {
      decided: true,
      categories: { necessary: true },
      services: {},
      id: 'x'.repeat(22),
      revision: '1',
      timestamp: '2024-01-01T00:00:00.000Z',
      mode: 'opt-in' as const,
      gpc: false,
      changed: [],
      source: 'api' as const,
    };
    expect(receipt(Object.assign({ region: 'DE' }, d), 'en').region).to.equal('DE');
    // An experiment's arm follows the version; without one there is none.
    expect(receipt(d, 'en', 'b').arm).to.equal('b');
    expect('arm' in receipt(d, 'en')).to.equal(false);
    // The banner's layout is there when known, for counting decisions beside impressions.
    expect(receipt(d, 'en', undefined, 'box')).to.include({ mode: 'opt-in', layout: 'box' });
    const ids = new Set(Array.from({ length: 200 }, () => receipt(d, 'en').receipt));
    expect(ids.size).to.equal(200);
  });
});

describe('consentModeRegions', () => {
  it('keeps well-formed entries', () => {
    const table = [
      { region: ['US-CA', 'GB'], analytics: true },
      { region: ['ES-CT'], advertising: false, functional: true },
    ];
    const [kept, seen] = errors(() => regions(table));
    expect(kept).to.deep.equal(table);
    expect(seen).to.deep.equal([]);
  });

  it('reports and drops malformed entries, and a table that is not an array', () => {
    const [kept, seen] = errors(() =>
      regions([
        { region: 'US' },
        { region: ['usa'] },
        { region: [] },
        { region: ['US'], analytics: 1 },
        { region: ['US'], ads: true },
        null,
        { region: ['US'] },
      ]),
    );
    expect(kept).to.deep.equal([{ region: ['US'] }]);
    expect(seen.length).to.equal(6);
    expect(seen.every((e) => /^\[consentry\] consentModeRegions\[\d\]=.* is not a region default/.test(e))).to.equal(true);
    const [none, table] = errors(() => regions('US'));
    expect(none).to.deep.equal([]);
    expect(table).to.deep.equal(['[consentry] consentModeRegions="US" is invalid; using []']);
    expect(errors(() => regions(undefined))).to.deep.equal([[], []]);
  });
});
