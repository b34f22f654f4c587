// The consent state (src/core/consent.ts). Its one consent-ready per page is tested in a page of
// its own (core-consent.ready.test.ts).
import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';
import { encode } from '../../src/core/storage.js';
import { clear, NAME, start } from './core-consent.fixtures.js';
import { consentEvents as events, jsonConfig } from './helpers.js';

describe('consent state', () => {
  beforeEach(clear);
  after(clear);

  it('records a decision: cookie, consent-change with changed and source, mirror, view', () => {
    start();
    const id = consent.snapshot().id;
    const seen = events(() => consent.decide({ analytics: true }, 'preferences'));
    const change = seen.find((e) => e.type === 'consent-change')!;
    expect(change.detail.changed).to.deep.equal(['analytics']);
    expect(change.detail.source).to.equal('preferences');
    expect(change.detail.decided).to.equal(true);
    expect(change.detail.id).to.equal(id);
    expect(change.detail.categories).to.deep.equal({ necessary: true, analytics: true, advertising: false });
    expect(new Date(change.detail.timestamp).toISOString()).to.equal(change.detail.timestamp);
    expect(seen.find((e) => e.type === 'consent-ui')!.detail.view).to.equal('none');
    expect(document.cookie).to.contain(NAME + '=2|1|' + id);
    expect(document.documentElement.dataset.consentAnalytics).to.equal('granted');
    expect(consent.allowed('analytics')).to.equal(true);
    expect(consent.allowed('advertising')).to.equal(false);
    expect(consent.allowed('unknown')).to.equal(false);
  });

  it('restores a stored decision and keeps the id across changes', () => {
    start();
    consent.acceptAll('api');
    const { id } = consent.snapshot();
    start();
    expect(consent.snapshot()).to.deep.include({ decided: true, id, categories: { necessary: true, analytics: true, advertising: true } });
    consent.rejectAll('api');
    expect(consent.snapshot().id).to.equal(id);
    start();
    expect(consent.snapshot().categories).to.deep.equal({ necessary: true, analytics: false, advertising: false });
    expect(consent.due()).to.equal(false);
  });

  it('voids a decision made for another revision', () => {
    start({ revision: '1' });
    consent.acceptAll('banner');
    start({ revision: '2' });
    expect(consent.snapshot()).to.deep.include({ decided: false, revision: '2', timestamp: null });
    expect(consent.allowed('analytics')).to.equal(false);
    expect(consent.getView()).to.equal('banner');
  });

  it('asks again when a category is added, keeping earlier choices', () => {
    start({ categories: 'analytics' });
    consent.acceptAll('banner');
    start({ categories: 'analytics advertising' });
    expect(consent.snapshot().decided).to.equal(false);
    expect(consent.allowed('analytics')).to.equal(true);
    expect(consent.allowed('advertising')).to.equal(false);
  });

  it('treats a tampered cookie as no decision', () => {
    document.cookie = `${NAME}=${encodeURIComponent('1|1|AbCdEfGhIjKlMnOpQrStUv|0|analytics=1&__proto__=1|')}; path=/`;
    start();
    expect(consent.snapshot().decided).to.equal(false);
    expect(consent.allowed('analytics')).to.equal(false);
  });

  it('cannot refuse necessary and reports unknown ids', () => {
    start();
    const original = console.error;
    const seen: string[] = [];
    console.error = (m: string) => seen.push(m);
    try {
      consent.decide({ necessary: false, nope: true, analytics: true }, 'api');
    } finally {
      console.error = original;
    }
    expect(consent.allowed('necessary')).to.equal(true);
    expect(consent.allowed('nope')).to.equal(false);
    expect(seen).to.deep.equal(['[consentry] set(): "necessary" cannot be refused; ignored', '[consentry] set(): unknown category or service "nope"; ignored']);
  });

  it('opt-out mode runs optional categories until refused; notice mode grants everything', () => {
    start({ mode: 'opt-out' });
    expect(consent.snapshot()).to.deep.include({ decided: false, mode: 'opt-out' });
    expect(consent.allowed('analytics') && consent.allowed('advertising')).to.equal(true);
    clear();
    start({ mode: 'notice' });
    expect(consent.snapshot()).to.deep.include({ decided: true, mode: 'notice' });
    expect(consent.allowed('advertising')).to.equal(true);
    expect(consent.due()).to.equal(true);
    consent.decide({}, 'banner');
    expect(consent.due()).to.equal(false);
  });

  it('handles services: a service switch, and the category switch setting all of them', () => {
    const config = jsonConfig('svc-cfg', {
      categories: {
        analytics: {
          services: [
            { id: 'hotjar', name: 'Hotjar' },
            { id: 'posthog', name: 'PostHog' },
          ],
        },
      },
    });
    consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
    consent.decide({ hotjar: true }, 'preferences');
    expect(consent.snapshot().services).to.deep.equal({ hotjar: true, posthog: false });
    expect(consent.allowed('analytics')).to.equal(true);
    expect(consent.allowed('analytics/hotjar')).to.equal(true);
    expect(consent.allowed('analytics/posthog')).to.equal(false);
    consent.decide({ analytics: false }, 'preferences');
    expect(consent.snapshot().services).to.deep.equal({ hotjar: false, posthog: false });
    consent.decide({ analytics: true }, 'preferences');
    expect(consent.snapshot().services).to.deep.equal({ hotjar: true, posthog: true });
  });

  it('service choices survive a reload, though only refused services of granted categories are stored', () => {
    const config = jsonConfig('svc-keep', {
      categories: {
        analytics: {
          services: [
            { id: 'hotjar', name: 'Hotjar' },
            { id: 'posthog', name: 'PostHog' },
          ],
        },
        advertising: { services: [{ id: 'ads', name: 'Ads' }] },
      },
    });
    consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
    consent.decide({ hotjar: true, advertising: false }, 'preferences');
    const before = consent.snapshot();
    expect(document.cookie).to.contain('|analytics!advertising|!posthog|');
    consent.start(resolveConfig({ 'cookie-name': NAME, config, revision: '2' }, {}));
    consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
    expect(consent.snapshot().services).to.deep.equal(before.services);
    expect(consent.snapshot().categories).to.deep.equal(before.categories);
  });

  it('a service named x-signal is an ordinary service, not the privacy-signal marker', () => {
    const config = jsonConfig('xsig-cfg', {
      categories: {
        advertising: {
          services: [
            { id: 'x-signal', name: 'X' },
            { id: 'other', name: 'Other' },
          ],
        },
      },
    });
    const open = () => consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
    open();
    consent.acceptAll('api');
    expect(consent.allowed('advertising/x-signal')).to.equal(true);
    // GPC now on: a choice made without the signal is overridden by it, whatever the services are called.
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    try {
      open();
      expect(consent.allowed('advertising')).to.equal(false);
      expect(consent.allowed('advertising/x-signal')).to.equal(false);
      // Refusing the service while the signal is on keeps it refused: the signal is not that service.
      consent.decide({ 'x-signal': false, other: true }, 'preferences');
      open();
      expect(consent.snapshot().services).to.deep.equal({ 'x-signal': false, other: true });
    } finally {
      delete (navigator as any).globalPrivacyControl;
    }
  });

  it('a service of necessary is always allowed; an unknown one is not', () => {
    const config = jsonConfig('nec-cfg', { categories: { necessary: { services: [{ id: 'session', name: 'Session' }] }, analytics: {} } });
    consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
    consent.rejectAll('api');
    expect(consent.allowed('necessary/session')).to.equal(true);
    expect(consent.allowed('necessary/other')).to.equal(false);
    expect(consent.allowed('analytics/session')).to.equal(false);
  });

  it('on() subscribes and unsubscribes; a late ready listener is called at once', async () => {
    start();
    const ready: unknown[] = [];
    consent.on('ready', (d) => ready.push(d));
    expect(ready).to.have.length(1);
    const changes: any[] = [];
    const off = consent.on('change', (d) => changes.push(d));
    consent.acceptAll('api');
    off();
    consent.rejectAll('api');
    expect(changes).to.have.length(1);
    expect(changes[0].source).to.equal('api');
    expect(() => consent.on('nope' as any, () => {})).to.throw(TypeError);
  });

  it('whenAllowed resolves once the category is granted', async () => {
    start();
    consent.rejectAll('api');
    let done = false;
    const waiting = consent.whenAllowed('analytics').then(() => (done = true));
    await Promise.resolve();
    expect(done).to.equal(false);
    consent.decide({ analytics: true }, 'api');
    await waiting;
    expect(done).to.equal(true);
    await consent.whenAllowed('analytics');
  });

  it('reset forgets the decision, deletes the cookie, withdraws and shows the banner', () => {
    start();
    consent.acceptAll('api');
    const { id } = consent.snapshot();
    const seen = events(() => consent.reset());
    const change = seen.find((e) => e.type === 'consent-change')!;
    expect(change.detail.changed).to.have.members(['analytics', 'advertising']);
    expect(change.detail.decided).to.equal(false);
    expect(change.detail.id).to.not.equal(id);
    expect(document.cookie).to.not.contain(NAME);
    expect(consent.getView()).to.equal('banner');
  });

  it('makes the consent id when it is first read, so that a first visit costs no random numbers', () => {
    start();
    consent.reset();
    const random = crypto.getRandomValues;
    let calls = 0;
    crypto.getRandomValues = ((a: Uint8Array) => (calls++, random.call(crypto, a))) as typeof random;
    try {
      clear();
      const before = consent.snapshot();
      const seen = events(() => start());
      expect(seen.map((e) => e.type)).to.deep.equal([]);
      consent.setView('none');
      consent.setView('banner');
      expect(calls, 'no id was read yet').to.equal(0);
      const { id } = consent.snapshot();
      expect(id).to.match(/^[\w-]{22}$/);
      expect(calls).to.equal(1);
      // The same id for every snapshot of this state, made once; a snapshot taken earlier has it too.
      expect(before.id).to.equal(id);
      expect(JSON.parse(JSON.stringify(consent.snapshot())).id).to.equal(id);
      expect(calls).to.equal(1);
      const old = consent.snapshot();
      consent.reset();
      // A snapshot keeps the id of its time, even read after a reset made a new one.
      expect(consent.snapshot().id).to.not.equal(id);
      expect(old.id).to.equal(id);
      expect(consent.acceptAll('api').id).to.equal(consent.snapshot().id);
      expect(document.cookie).to.contain(NAME + '=2|1|' + consent.snapshot().id);
    } finally {
      crypto.getRandomValues = random;
    }
  });

  it('a record in the cookie from another tool or version is ignored', () => {
    document.cookie = `${NAME}=${encodeURIComponent(encode({ revision: '1', id: 'AbCdEfGhIjKlMnOpQrStUv', time: Date.now(), categories: { analytics: true, advertising: true }, services: {}, signal: false }).replace(/^2/, '9'))}; path=/`;
    start();
    expect(consent.snapshot().decided).to.equal(false);
  });
});
