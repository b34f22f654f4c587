// Angular: docs/examples/angular/consent-status.component.ts, a standalone component compiled
// ahead of time with strict template checking (angular-aot.mjs) and run without zone.js. It
// reads consentry/store and has Consentry's banner unwrapped in its template: attributes, the
// `lang` property binding and a `(consent-change)` event binding, under CUSTOM_ELEMENTS_SCHEMA.
import { expect } from '@open-wc/testing';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { ConsentStatusComponent } from '../../docs/examples/angular/consent-status.component.ts';
import { bannerButton, catchWarnings, clearCookie, countSubscriptions, fromAnotherTab, until } from './helpers.js';

describe('Consentry in Angular', () => {
  let warnings;
  let subscriptions;
  let host;
  let app;
  let component;
  const decisions = [];
  const status = () => host.querySelector('p').textContent;
  /** Renders what changed, as Angular's scheduler would in a later task. */
  const render = () => app.tick();

  before(() => clearCookie());
  beforeEach(async () => {
    decisions.length = 0;
    warnings = catchWarnings();
    subscriptions = countSubscriptions();
    host = document.body.appendChild(document.createElement('app-consent-status'));
    app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    component = createComponent(ConsentStatusComponent, { environmentInjector: app.injector, hostElement: host });
    component.instance.decision.subscribe((d) => decisions.push(d));
    app.attachView(component.hostView);
    render();
  });
  afterEach(() => {
    app?.destroy();
    app = undefined;
    host.remove();
    subscriptions.restore();
    warnings.restore();
  });

  it('runs compiled ahead of time, without zone.js', () => {
    expect(globalThis.Zone).to.equal(undefined);
    expect(globalThis.ng?.ɵcompilerFacade).to.equal(undefined);
  });

  it('follows accept, reject, another tab and reset()', async () => {
    expect(status()).to.equal('You have not chosen yet.');
    window.Consentry.acceptAll();
    render();
    expect(status()).to.equal('Analytics is on.');
    window.Consentry.rejectAll();
    render();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.acceptAll();
    await fromAnotherTab({ analytics: false, advertising: false });
    render();
    expect(status()).to.equal('Analytics is off.');
    window.Consentry.reset();
    render();
    expect(status()).to.equal('You have not chosen yet.');
    expect(warnings.seen).to.deep.equal([]);
  });

  it('re-renders by itself when the consent changes', async () => {
    window.Consentry.acceptAll();
    await app.whenStable();
    expect(status()).to.equal('Analytics is on.');
    window.Consentry.reset();
    await app.whenStable();
    expect(status()).to.equal('You have not chosen yet.');
  });

  it('takes attributes, the lang property and a consent-change listener on <consent-banner>', async () => {
    const el = host.querySelector('consent-banner');
    expect(el.getAttribute('categories')).to.equal('analytics advertising');
    expect(el.getAttribute('layout')).to.equal('box');
    expect(el.lang).to.equal('en');
    expect(document.querySelectorAll('consent-banner').length).to.equal(1);
    await until(() => bannerButton('accept')?.textContent === 'Accept all', 'the English banner');
    component.setInput('lang', 'de');
    render();
    expect(el.lang).to.equal('de');
    await until(() => bannerButton('accept')?.textContent === 'Alle akzeptieren', 'the German banner');
    bannerButton('accept').click();
    expect(decisions.map((d) => [d.source, d.categories])).to.deep.equal([['banner', { necessary: true, analytics: true, advertising: true }]]);
    render();
    expect(status()).to.equal('Analytics is on.');
    expect(warnings.seen).to.deep.equal([]);
    window.Consentry.reset();
  });

  it('stops listening when the component is destroyed', () => {
    expect(subscriptions.count()).to.equal(1);
    component.destroy();
    expect(subscriptions.count()).to.equal(0);
    // The `(consent-change)` listener goes with it.
    window.Consentry.acceptAll();
    expect(decisions).to.deep.equal([]);
    app.destroy();
    app = undefined;
    expect(subscriptions.count()).to.equal(0);
  });
});
