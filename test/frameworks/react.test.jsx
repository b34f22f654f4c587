// React 19: the hooks (react-suite.jsx) and Consentry's banner unwrapped in a template
// (docs/examples/react/Banner.tsx): attributes, the `lang` property and a `consent-change` listener.
import { expect } from '@open-wc/testing';
import { act, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Banner from '../../docs/examples/react/Banner.tsx';
import { reactSuite } from './react-suite.jsx';
import { bannerButton, catchWarnings, clearCookie, until } from './helpers.js';

reactSuite(19);

describe('<consent-banner> in a React 19 template', () => {
  it('takes attributes, the lang property and a consent-change listener', async () => {
    clearCookie();
    window.Consentry.reset();
    const warnings = catchWarnings();
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    const decisions = [];
    const render = (lang) =>
      root.render(
        <StrictMode>
          <Banner lang={lang} onDecision={(d) => decisions.push(d)} />
        </StrictMode>,
      );
    try {
      await act(async () => render('en'));
      const el = host.querySelector('consent-banner');
      expect(el.getAttribute('categories')).to.equal('analytics advertising');
      expect(el.getAttribute('layout')).to.equal('box');
      expect(document.querySelectorAll('consent-banner').length, 'one banner: the template’s took over').to.equal(1);
      await until(() => bannerButton('accept')?.textContent === 'Accept all', 'the English banner');
      await act(async () => render('de'));
      expect(el.lang).to.equal('de');
      await until(() => bannerButton('accept')?.textContent === 'Alle akzeptieren', 'the German banner');
      bannerButton('accept').click();
      expect(decisions.map((d) => [d.source, d.categories])).to.deep.equal([['banner', { necessary: true, analytics: true, advertising: true }]]);
      expect(warnings.seen).to.deep.equal([]);
    } finally {
      act(() => root.unmount());
      host.remove();
      warnings.restore();
    }
  });
});
