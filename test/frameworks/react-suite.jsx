// The React tests, run with React 19 (react.test.jsx) and React 18 (react18.test.jsx, where the
// bundler aliases `react` and `react-dom` to React 18): docs/examples/react/ConsentStatus.jsx in
// StrictMode, after server rendering and hydration, and as the consent changes.
import { expect } from '@open-wc/testing';
import { StrictMode, version } from 'react';
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import ConsentStatus from '../../docs/examples/react/ConsentStatus.jsx';
import { catchWarnings, clearCookie, countSubscriptions, fromAnotherTab, until } from './helpers.js';

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export function reactSuite(major) {
  describe(`consentry/react with React ${major}`, () => {
    let warnings;
    let subscriptions;
    let host;
    let root;
    before(() => {
      clearCookie();
      expect(version.split('.')[0]).to.equal(String(major));
    });
    beforeEach(() => {
      warnings = catchWarnings();
      subscriptions = countSubscriptions();
      host = document.body.appendChild(document.createElement('div'));
    });
    afterEach(() => {
      void act(() => root?.unmount());
      host.remove();
      subscriptions.restore();
      warnings.restore();
    });

    const shown = () => host.textContent;

    it('renders undecided on the server, hydrates without a mismatch and then shows the state', async () => {
      window.Consentry.acceptAll();
      // The server render: the server snapshot (undecided), whatever the browser knows.
      const html = renderToString(
        <StrictMode>
          <ConsentStatus />
        </StrictMode>,
      );
      expect(html).to.contain('You have not chosen yet.');
      host.innerHTML = html;
      await act(async () => {
        root = hydrateRoot(
          host,
          <StrictMode>
            <ConsentStatus />
          </StrictMode>,
        );
      });
      await until(() => shown() === 'Analytics is on.', 'the client state');
      expect(warnings.seen).to.deep.equal([]);
    });

    it('follows accept, reject, another tab and reset(), with no warning in StrictMode', async () => {
      await act(async () => {
        root = createRoot(host);
        root.render(
          <StrictMode>
            <ConsentStatus />
          </StrictMode>,
        );
      });
      expect(shown()).to.equal('Analytics is on.');
      await act(async () => window.Consentry.rejectAll());
      expect(shown()).to.equal('Analytics is off.');
      await act(async () => window.Consentry.acceptAll());
      expect(shown()).to.equal('Analytics is on.');
      await act(() => fromAnotherTab({ analytics: false, advertising: false }));
      expect(shown()).to.equal('Analytics is off.');
      await act(async () => window.Consentry.reset());
      expect(shown()).to.equal('You have not chosen yet.');
      expect(warnings.seen).to.deep.equal([]);
    });

    it('unsubscribes on unmount, also after StrictMode mounted it twice', async () => {
      await act(async () => {
        root = createRoot(host);
        root.render(
          <StrictMode>
            <ConsentStatus />
          </StrictMode>,
        );
      });
      expect(subscriptions.count()).to.be.greaterThan(0);
      void act(() => root.unmount());
      root = undefined;
      expect(subscriptions.count()).to.equal(0);
      window.Consentry.acceptAll();
      expect(shown()).to.equal('');
    });
  });
}
