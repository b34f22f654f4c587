// Vue 3: docs/examples/vue/ConsentStatus.vue, a single-file component that uses `useConsent()` and
// Consentry's banner unwrapped in its template (attributes, the `lang` property, a listener).
import { expect } from '@open-wc/testing';
import { createApp, createSSRApp, h, nextTick, ref } from 'vue';
import ConsentStatus from '../../docs/examples/vue/ConsentStatus.vue';
import { bannerButton, catchWarnings, clearCookie, countSubscriptions, fromAnotherTab, until } from './helpers.js';

describe('consentry/vue', () => {
  let warnings;
  let subscriptions;
  let host;
  let app;
  const lang = ref('en');
  const decisions = [];
  const status = () => host.querySelector('p').textContent;

  before(() => clearCookie());
  beforeEach(() => {
    decisions.length = 0;
    warnings = catchWarnings();
    subscriptions = countSubscriptions();
    host = document.body.appendChild(document.createElement('div'));
    app = createApp({ render: () => h(ConsentStatus, { lang: lang.value, onDecision: (d) => decisions.push(d) }) });
    app.config.warnHandler = (msg) => warnings.seen.push('vue ' + msg);
    app.mount(host);
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
    subscriptions.restore();
    warnings.restore();
  });

  it('follows accept, reject, another tab and reset()', async () => {
    expect(status()).to.equal('You have not chosen yet.');
    window.Consentry.acceptAll();
    await nextTick();
    expect(status()).to.equal('Analytics is on.');
    window.Consentry.rejectAll();
    await nextTick();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.acceptAll();
    await fromAnotherTab({ analytics: false, advertising: false });
    await nextTick();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.reset();
    await nextTick();
    expect(status()).to.equal('You have not chosen yet.');
    expect(warnings.seen).to.deep.equal([]);
  });

  it('hydrates server-rendered HTML without a mismatch, then shows the state', async () => {
    window.Consentry.acceptAll();
    const { renderToString } = await import('vue/server-renderer');
    const make = () => createSSRApp({ render: () => h(ConsentStatus) });
    // The server render: the server snapshot (undecided), whatever the browser knows.
    const html = await renderToString(make());
    expect(html).to.contain('You have not chosen yet.');
    app.unmount();
    const ssr = document.body.appendChild(document.createElement('div'));
    ssr.innerHTML = html;
    app = make();
    app.config.warnHandler = (msg) => warnings.seen.push('vue ' + msg);
    app.mount(ssr);
    await nextTick();
    expect(ssr.querySelector('p').textContent).to.equal('Analytics is on.');
    expect(warnings.seen).to.deep.equal([]);
    app.unmount();
    app = undefined;
    ssr.remove();
    window.Consentry.reset();
  });

  it('gives a read-only ref', async () => {
    const { useConsent } = await import('consentry/vue');
    const consent = useConsent();
    consent.value = null;
    expect(consent.value.decided).to.equal(false);
    expect(warnings.seen.join()).to.match(/readonly/i);
    warnings.seen.length = 0;
  });

  it('takes attributes, the lang property and a consent-change listener on <consent-banner>', async () => {
    const el = host.querySelector('consent-banner');
    expect(el.getAttribute('categories')).to.equal('analytics advertising');
    expect(el.getAttribute('layout')).to.equal('box');
    expect(document.querySelectorAll('consent-banner').length).to.equal(1);
    await until(() => bannerButton('accept')?.textContent === 'Accept all', 'the English banner');
    lang.value = 'de';
    await nextTick();
    expect(el.lang).to.equal('de');
    await until(() => bannerButton('accept')?.textContent === 'Alle akzeptieren', 'the German banner');
    bannerButton('accept').click();
    expect(decisions.map((d) => [d.source, d.categories])).to.deep.equal([['banner', { necessary: true, analytics: true, advertising: true }]]);
    await nextTick();
    expect(status()).to.equal('Analytics is on.');
    expect(warnings.seen).to.deep.equal([]);
  });

  it('stops listening when the component unmounts', () => {
    expect(subscriptions.count()).to.equal(1);
    app.unmount();
    app = undefined;
    expect(subscriptions.count()).to.equal(0);
  });
});
