// Svelte 5: docs/examples/svelte/ConsentStatus.svelte (compiled by svelte/compiler in bundle.mjs),
// which reads `$consent` from consentry/store and has Consentry's banner unwrapped in its
// template (attributes, the `lang` property, an `onconsent-change` listener).
import { expect } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import ConsentStatus from '../../docs/examples/svelte/ConsentStatus.svelte';
import { bannerButton, catchWarnings, clearCookie, countSubscriptions, fromAnotherTab, until } from './helpers.js';

describe('consentry/store in Svelte 5', () => {
  let warnings;
  let subscriptions;
  let host;
  let app;
  const decisions = [];
  const status = () => host.querySelector('p').textContent;
  const start = (lang) => (app = mount(ConsentStatus, { target: host, props: { lang, ondecision: (d) => decisions.push(d) } }));

  before(() => clearCookie());
  beforeEach(() => {
    decisions.length = 0;
    warnings = catchWarnings();
    subscriptions = countSubscriptions();
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    if (app) void unmount(app);
    app = undefined;
    host.remove();
    subscriptions.restore();
    warnings.restore();
  });

  it('follows accept, reject, another tab and reset()', async () => {
    start('en');
    flushSync();
    expect(status()).to.equal('You have not chosen yet.');
    window.Consentry.acceptAll();
    flushSync();
    expect(status()).to.equal('Analytics is on.');
    window.Consentry.rejectAll();
    flushSync();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.acceptAll();
    await fromAnotherTab({ analytics: false, advertising: false });
    flushSync();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.reset();
    flushSync();
    expect(status()).to.equal('You have not chosen yet.');
    expect(warnings.seen).to.deep.equal([]);
  });

  it('takes attributes, the lang property and a consent-change listener on <consent-banner>', async () => {
    start('de');
    flushSync();
    const el = host.querySelector('consent-banner');
    expect(el.getAttribute('categories')).to.equal('analytics advertising');
    expect(el.getAttribute('layout')).to.equal('box');
    expect(el.lang).to.equal('de');
    expect(document.querySelectorAll('consent-banner').length).to.equal(1);
    await until(() => bannerButton('accept')?.textContent === 'Alle akzeptieren', 'the German banner');
    bannerButton('accept').click();
    flushSync();
    expect(decisions.map((d) => [d.source, d.categories])).to.deep.equal([['banner', { necessary: true, analytics: true, advertising: true }]]);
    expect(status()).to.equal('Analytics is on.');
    expect(warnings.seen).to.deep.equal([]);
  });

  it('unsubscribes when the component is destroyed', () => {
    start('en');
    flushSync();
    expect(subscriptions.count()).to.equal(1);
    void unmount(app);
    app = undefined;
    expect(subscriptions.count()).to.equal(0);
  });
});
