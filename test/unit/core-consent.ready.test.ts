// consent-ready, announced once per page: the first start() of the page is this file's alone.
import { expect } from '@open-wc/testing';
import { clear, NAME, start } from './core-consent.fixtures.js';
import { consentEvents as events } from './helpers.js';

describe('consent state: the first start', () => {
  before(clear);
  after(clear);

  it('announces consent-ready once, with the default snapshot, and asks for a decision', () => {
    const seen = events(() => start());
    expect(seen.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-ui']);
    const ready = seen[0];
    expect(ready.bubbles && ready.composed).to.equal(true);
    expect(ready.detail).to.deep.include({
      decided: false,
      categories: { necessary: true, analytics: false, advertising: false },
      services: {},
      revision: '1',
      timestamp: null,
      mode: 'opt-in',
      gpc: false,
    });
    expect(ready.detail.id).to.match(/^[\w-]{22}$/);
    expect(seen[1].detail.view).to.equal('banner');
    expect(events(() => start()).map((e) => e.type)).to.not.include('consent-ready');
    expect(document.cookie).to.not.contain(NAME);
    expect(document.documentElement.dataset.consentAnalytics).to.equal('denied');
    expect(document.documentElement.dataset.consentNecessary).to.equal('granted');
  });
});
