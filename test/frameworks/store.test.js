// consentry/store without a framework, and the entry points on a page that also has the drop-in:
// one consent state and one banner, the drop-in's.
import { expect } from '@open-wc/testing';
import { clearCookie, until } from './helpers.js';

describe('consentry/store with the drop-in on the page', () => {
  let dropIn;
  before(async () => {
    clearCookie();
    // The drop-in first, as a site with the script tag in its HTML has it.
    await new Promise((ok, fail) => {
      const s = Object.assign(document.createElement('script'), { src: '/dist/consentry.js', onload: ok, onerror: fail });
      s.dataset.categories = 'analytics';
      document.head.append(s);
    });
    dropIn = window.Consentry;
  });

  it('uses the drop-in’s state and banner, and starts nothing of its own', async () => {
    const { consent } = await import('consentry/store');
    const { useConsent } = await import('consentry/vue');
    expect(window.Consentry).to.equal(dropIn);
    const values = [];
    const off = consent.subscribe((s) => values.push(s.decided ? s.categories.analytics : 'undecided'));
    expect(values, 'called at once').to.deep.equal(['undecided']);
    // The drop-in's configuration (data-categories="analytics"): no advertising category.
    expect(Object.keys(useConsent().value.categories)).to.deep.equal(['necessary', 'analytics']);
    dropIn.acceptAll();
    dropIn.rejectAll();
    off();
    dropIn.acceptAll();
    expect(values).to.deep.equal(['undecided', true, false]);
    await until(() => document.querySelector('consent-banner'), 'the banner');
    expect(document.querySelectorAll('consent-banner').length).to.equal(1);
    expect(customElements.get('consent-banner')).to.equal(document.querySelector('consent-banner').constructor);
  });

  it('calls a subscriber with the same snapshot object until the state changes', async () => {
    const { consent } = await import('consentry/store');
    const seen = [];
    const off = consent.subscribe((s) => seen.push(s));
    consent.subscribe((s) => seen.push(s))();
    expect(seen[0]).to.equal(seen[1]);
    expect(Object.isFrozen(seen[0])).to.equal(true);
    off();
  });
});
