import { expect, fixture, html } from '@open-wc/testing';
import { audit, watch } from '../../src/audit/audit.js';
import { onHost, trackingHost } from '../../src/audit/hosts.js';
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';
import { jsonConfig } from './helpers.js';

const NAME = 'unit_audit';
const JSON_ID = 'unit-audit-config';
const COOKIES = ['_st', '_sx_1', '_ad', 'sid', 'stray'];

/** Starts consent (opt-in, undecided) with services that declare cookies, in three categories. */
function start(attrs: Record<string, string> = {}): void {
  const config = jsonConfig(JSON_ID, {
    categories: {
      necessary: { services: [{ id: 'session', name: 'Session', cookies: ['sid'] }] },
      analytics: { services: [{ id: 'stats', name: 'Stats', cookies: [{ name: '_st' }, { name: '/^_sx_/' }] }] },
      advertising: { services: [{ id: 'ads', name: 'Ads', cookies: ['_ad'] }] },
    },
  });
  consent.start(resolveConfig({ 'cookie-name': NAME, config, ...attrs }, {}));
}

const clearCookies = () => [...COOKIES, NAME].forEach((n) => (document.cookie = `${n}=; max-age=0; path=/`));
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
/** Another origin than the page's, served by the same test server (localhost ↔ 127.0.0.1). */
const OTHER = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const loadImage = (src: string) =>
  new Promise<void>((done) => {
    const img = document.createElement('img');
    img.onload = img.onerror = () => done();
    img.src = src;
    img.alt = '';
    document.body.append(img);
  });

describe('audit: tracking hosts', () => {
  it('matches a host or its subdomains, on whole labels only', () => {
    expect(onHost('google-analytics.com', 'google-analytics.com')).to.equal(true);
    expect(onHost('www.google-analytics.com', 'google-analytics.com')).to.equal(true);
    expect(onHost('evil-google-analytics.com', 'google-analytics.com')).to.equal(false);
    expect(onHost('google-analytics.com.evil.net', 'google-analytics.com')).to.equal(false);
    expect(onHost('analytics.com', 'google-analytics.com')).to.equal(false);
  });

  it('knows the well-known tracking hosts, and not their look-alikes', () => {
    expect(trackingHost('www.google-analytics.com')).to.equal('google-analytics.com');
    expect(trackingHost('region1.analytics.google.com')).to.equal(undefined);
    expect(trackingHost('www.facebook.com')).to.equal('facebook.com');
    expect(trackingHost('connect.facebook.net')).to.equal('connect.facebook.net');
    expect(trackingHost('static.xx.facebook.net')).to.equal(undefined);
    expect(trackingHost('us.i.posthog.com')).to.equal('i.posthog.com');
    expect(trackingHost('www.youtube.com')).to.equal('youtube.com');
    expect(trackingHost('www.youtube-nocookie.com')).to.equal(undefined);
    expect(trackingHost('notfacebook.com')).to.equal(undefined);
    expect(trackingHost('example.com')).to.equal(undefined);
  });
});

describe('audit()', () => {
  before(() => {
    clearCookies();
    start();
    watch();
  });
  afterEach(clearCookies);
  after(() => {
    clearCookies();
    consent.setView('none');
  });

  it('lists third-party resources that started before the first grant, and only those', async () => {
    await loadImage(`${OTHER}/test/unit/audit.test.ts?early`);
    await loadImage(`${location.origin}/test/unit/audit.test.ts?own`);
    let r = audit();
    expect(r.complete).to.equal(true);
    expect(r.earlyResources).to.deep.equal([{ url: `${OTHER}/test/unit/audit.test.ts?early`, host: new URL(OTHER).host, type: 'img' }]);
    expect(r.ok).to.equal(false);
    consent.decide({ analytics: true }, 'api');
    await loadImage(`${OTHER}/test/unit/audit.test.ts?late`);
    r = audit();
    expect(r.earlyResources.map((e) => e.url)).to.deep.equal([`${OTHER}/test/unit/audit.test.ts?early`]);
    // Withdrawing later does not make earlier resources "before consent".
    consent.rejectAll('api');
    expect(audit().earlyResources).to.have.length(1);
  });

  it('sorts cookies: refused, undeclared, and neither (granted, necessary, the consent cookie)', () => {
    consent.reset();
    for (const n of COOKIES) document.cookie = `${n}=1; path=/`;
    let r = audit();
    expect(r.refusedCookies).to.have.deep.members([
      { name: '_st', category: 'analytics', service: 'stats' },
      { name: '_sx_1', category: 'analytics', service: 'stats' },
      { name: '_ad', category: 'advertising', service: 'ads' },
    ]);
    expect(r.undeclaredCookies).to.deep.equal(['stray']);
    expect(r.ok).to.equal(false);

    consent.decide({ analytics: true }, 'api');
    expect(document.cookie).to.contain(NAME + '=');
    r = audit();
    expect(r.refusedCookies).to.deep.equal([{ name: '_ad', category: 'advertising', service: 'ads' }]);
    expect(r.undeclaredCookies).to.deep.equal(['stray']);

    // A refused service inside a granted category.
    consent.decide({ stats: false, advertising: true }, 'api');
    r = audit();
    expect(r.refusedCookies.map((c) => c.name).sort()).to.deep.equal(['_st', '_sx_1']);

    document.cookie = 'stray=; max-age=0; path=/';
    consent.acceptAll('api');
    r = audit();
    expect(r.refusedCookies).to.deep.equal([]);
    expect(r.undeclaredCookies).to.deep.equal([]);
  });

  it('lists ungated elements on tracking hosts; not gated ones, look-alikes, or ones added while consent is granted; a bad URL hides nothing', async () => {
    consent.reset();
    // Elements that fetch nothing (this machine has no internet), but carry the URLs.
    const box = await fixture(html`<div>
      <link rel="help" href="http://[bad/" />
      <link rel="help" href="https://www.googletagmanager.com/ns.html?id=GTM-X" />
      <script type="text/plain" src="https://connect.facebook.net/en_US/fbevents.js"></script>
      <link rel="help" data-consent="analytics" href="https://www.google-analytics.com/g/collect" />
      <consent-gate category="advertising"><link rel="help" href="https://www.youtube.com/embed/x" /></consent-gate>
      <link rel="help" href="https://evil-google-analytics.com/" />
      <link rel="help" href="https://example.com/" />
    </div>`);
    let r = audit();
    expect(r.ungatedTrackers).to.deep.equal([
      { tag: 'link', url: 'https://www.googletagmanager.com/ns.html?id=GTM-X', host: 'www.googletagmanager.com' },
      { tag: 'script', url: 'https://connect.facebook.net/en_US/fbevents.js', host: 'connect.facebook.net' },
    ]);
    consent.decide({ analytics: true }, 'api');
    // What a consented script adds (gtag.js, the Meta Pixel snippet) is not "ungated".
    const added = document.createElement('link');
    added.rel = 'help';
    added.href = 'https://bat.bing.com/bat.js';
    box.append(added);
    await tick();
    r = audit();
    expect(r.ungatedTrackers.map((t) => t.host)).to.deep.equal(['www.googletagmanager.com', 'connect.facebook.net']);
    box.remove();
    expect(audit().ungatedTrackers).to.deep.equal([]);
  });

  it('lists gated elements that carry a live URL (they load at once), not inert or activated ones', async () => {
    consent.reset();
    const box = await fixture(html`<div>
      <link rel="help" data-consent="analytics" href="/live-link" />
      <script data-consent="analytics" src="/live-script.js"></script>
      <script type="text/plain" data-consent="analytics" src="/inert-script.js"></script>
      <img data-consent="advertising" srcset="/live.png 1x" alt="" />
      <link rel="help" data-consent="analytics" data-href="/gated-link" />
      <video data-consent="analytics"><source src="/live.webm" /><source data-src="/gated.webm" /></video>
      <object data-consent="analytics" data="/live-object"></object>
      <img data-consent="analytics" data-src="/activated.png" src="/activated.png" alt="" />
    </div>`);
    const here = (path: string) => new URL(path, document.baseURI).href;
    const r = audit();
    expect(r.liveGated).to.deep.equal([
      { tag: 'link', attribute: 'href', url: here('/live-link'), consent: 'analytics' },
      { tag: 'script', attribute: 'src', url: here('/live-script.js'), consent: 'analytics' },
      { tag: 'img', attribute: 'srcset', url: '/live.png 1x', consent: 'advertising' },
      { tag: 'source', attribute: 'src', url: here('/live.webm'), consent: 'analytics' },
      { tag: 'object', attribute: 'data', url: here('/live-object'), consent: 'analytics' },
    ]);
    expect(r.ok).to.equal(false);
    box.remove();
    expect(audit().liveGated).to.deep.equal([]);
  });

  it('never throws: cookies that cannot be read leave their lists empty', () => {
    // Consentry reads the cookie through Document.prototype, where the refusal is stood in for.
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const r = audit();
      expect(r.complete).to.equal(true);
      expect(r.undeclaredCookies).to.deep.equal([]);
      expect(r.refusedCookies).to.deep.equal([]);
    } finally {
      Object.defineProperty(Document.prototype, 'cookie', desc);
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).to.deep.equal(desc);
    }
  });
});

describe('audit: the debug report', () => {
  it('with debug, logs after every consent change, once per distinct report; without debug, nothing', async () => {
    const warned: string[] = [];
    const reports: unknown[] = [];
    const informed: string[] = [];
    const { warn, info } = console;
    console.warn = (m: string, report: unknown) => (warned.push(m), reports.push(report));
    console.info = (m: string) => informed.push(m);
    try {
      // The resources of the tests above are not this test's business.
      performance.clearResourceTimings();
      start({ debug: 'false' });
      document.cookie = 'stray=1; path=/';
      consent.decide({ analytics: true }, 'api');
      await tick();
      expect(warned.concat(informed).filter((m) => String(m).startsWith('[consentry] audit'))).to.deep.equal([]);

      start({ debug: 'true' });
      consent.decide({ analytics: false }, 'api');
      await tick();
      consent.decide({ analytics: false }, 'api');
      await tick();
      expect(warned).to.deep.equal(['[consentry] audit: 1 problem']);
      expect(reports[0]).to.deep.include({ complete: true, ok: false, undeclaredCookies: ['stray'] });

      document.cookie = 'stray=; max-age=0; path=/';
      consent.decide({ analytics: true }, 'api');
      await tick();
      expect(informed).to.deep.equal(['[consentry] audit: no problems found']);
    } finally {
      console.warn = warn;
      console.info = info;
      clearCookies();
      start();
    }
  });
});
