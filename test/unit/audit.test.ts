// The audit (src/audit/audit.ts, src/audit/hosts.ts). What holds once per page (the first grant,
// the debug report) is in files of their own (audit.first-grant, audit.debug), each a fresh page.
import { expect, fixture, html } from '@open-wc/testing';
import { audit, watch } from '../../src/audit/audit.js';
import { onHost, trackingHost } from '../../src/audit/hosts.js';
import * as consent from '../../src/core/consent.js';
import { clearCookies, COOKIES, NAME, start, tick } from './audit.fixtures.js';

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
    // Hosts of companies that the catalogue does not list as services.
    expect(trackingHost('ib.adnxs.com')).to.equal('adnxs.com');
    expect(trackingHost('sb.scorecardresearch.com')).to.equal('scorecardresearch.com');
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
    const box = await fixture(
      html`<div>
        <link rel="help" href="http://[bad/" />
        <link rel="help" href="https://www.googletagmanager.com/ns.html?id=GTM-X" />
        <script type="text/plain" src="https://connect.facebook.net/en_US/fbevents.js"></script>
        <link rel="help" data-consent="analytics" href="https://www.google-analytics.com/g/collect" />
        <consent-gate category="advertising"><link rel="help" href="https://www.youtube.com/embed/x" /></consent-gate>
        <link rel="help" href="https://evil-google-analytics.com/" />
        <link rel="help" href="https://example.com/" />
      </div>`,
    );
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
    const box = await fixture(
      html`<div>
        <link rel="help" data-consent="analytics" href="/live-link" />
        <script data-consent="analytics" src="/live-script.js"></script>
        <script type="text/plain" data-consent="analytics" src="/inert-script.js"></script>
        <img data-consent="advertising" srcset="/live.png 1x" alt="" />
        <link rel="help" data-consent="analytics" data-href="/gated-link" />
        <video data-consent="analytics">
          <source src="/live.webm" />
          <source data-src="/gated.webm" />
        </video>
        <object data-consent="analytics" data="/live-object"></object>
        <img data-consent="analytics" data-src="/activated.png" src="/activated.png" alt="" />
      </div>`,
    );
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
