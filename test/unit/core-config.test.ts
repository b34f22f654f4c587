import { expect } from '@open-wc/testing';
import { errors } from './helpers.js';
import { ATTRIBUTES, readAttributes, resolveConfig, toRegExp } from '../../src/core/config.js';
import { OPTION_ATTRIBUTES } from '../shared/options.mjs';

describe('resolveConfig', () => {
  it('uses the documented defaults with no configuration', () => {
    const c = resolveConfig({}, {});
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'analytics', 'advertising']);
    expect(c).to.include({
      policyUrl: '',
      revision: '1',
      mode: 'opt-in',
      lang: 'auto',
      layout: 'bar',
      position: 'bottom',
      theme: 'auto',
      cookieName: 'consentry',
      cookieDomain: '',
      cookiePath: '/',
      cookieDays: 182,
      consentMode: true,
      waitForUpdate: 500,
      adsDataRedaction: true,
      urlPassthrough: false,
      datalayer: false,
      honorGpc: true,
      honorDnt: false,
      consentEndpoint: '',
      impressions: true,
      reloadOnRevoke: false,
      userContent: '',
      revisit: 'button',
      debug: false,
    });
    expect(c.gaId).to.deep.equal([]);
  });

  it('reads every option of docs/configuration.md as an attribute', () => {
    expect(ATTRIBUTES).to.have.members(OPTION_ATTRIBUTES);
    const c = resolveConfig(
      {
        categories: 'functional, analytics partners',
        'policy-url': '/privacy',
        revision: '2024-06',
        mode: 'opt-out',
        lang: 'de-AT',
        layout: 'box',
        position: 'bottom-left',
        theme: 'dark',
        'cookie-name': 'cc_choice',
        'cookie-domain': location.hostname,
        'cookie-path': '/shop',
        'cookie-days': '30',
        'reask-after': '14',
        'ga-id': 'G-ABC123 G-XYZ789',
        'consent-mode': 'off',
        'wait-for-update': '1000',
        'ads-data-redaction': 'false',
        'url-passthrough': 'true',
        'honor-gpc': 'false',
        'honor-dnt': '',
        'consent-endpoint': 'https://example.com/receipts',
        impressions: 'off',
        'reload-on-revoke': 'true',
        'user-content': '.comment, #profile',
        revisit: 'none',
        debug: 'true',
      },
      {},
    );
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'functional', 'analytics', 'partners']);
    expect(c).to.include({
      policyUrl: '/privacy',
      revision: '2024-06',
      mode: 'opt-out',
      lang: 'de-AT',
      layout: 'box',
      position: 'bottom-left',
      theme: 'dark',
      cookieName: 'cc_choice',
      cookieDomain: location.hostname,
      cookiePath: '/shop',
      cookieDays: 30,
      reaskAfter: 14,
      consentMode: false,
      waitForUpdate: 1000,
      adsDataRedaction: false,
      urlPassthrough: true,
      honorGpc: false,
      honorDnt: true,
      consentEndpoint: 'https://example.com/receipts',
      impressions: false,
      reloadOnRevoke: true,
      userContent: '.comment, #profile',
      revisit: 'none',
      debug: true,
    });
    expect(c.gaId).to.deep.equal(['G-ABC123', 'G-XYZ789']);
  });

  it('lets the element win over the script tag, and both over the JSON configuration', () => {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.id = 'cfg-precedence';
    json.textContent = JSON.stringify({ layout: 'modal', theme: 'dark', cookieDays: 10, policyUrl: '/json' });
    document.body.append(json);
    const c = resolveConfig({ layout: 'box' }, { layout: 'bar', theme: 'light', config: '#cfg-precedence' });
    json.remove();
    expect(c.layout).to.equal('box');
    expect(c.theme).to.equal('light');
    expect(c.cookieDays).to.equal(10);
    expect(c.policyUrl).to.equal('/json');
  });

  it('reads data-* attributes of the script tag', () => {
    const script = document.createElement('script');
    script.setAttribute('data-mode', 'notice');
    script.setAttribute('data-policy-url', '/p');
    script.setAttribute('mode', 'opt-out');
    expect(readAttributes(script, 'data-')).to.deep.equal({ mode: 'notice', 'policy-url': '/p' });
  });

  it('reports a non-number cookie-days once and uses the default', () => {
    let c!: ReturnType<typeof resolveConfig>;
    const seen = errors(() => (c = resolveConfig({ 'cookie-days': 'abc' }, {})));
    expect(c.cookieDays).to.equal(182);
    expect(seen).to.deep.equal(['[consentry] cookie-days="abc" is invalid; using 182']);
    expect(errors(() => resolveConfig({ 'cookie-days': 'abc' }, {}))).to.deep.equal([]);
  });

  it('clamps cookie-days to 1..395 and reports it', () => {
    let high!: number;
    let low!: number;
    const seen = errors(() => {
      high = resolveConfig({ 'cookie-days': '1000' }, {}).cookieDays;
      low = resolveConfig({ 'cookie-days': '0' }, {}).cookieDays;
    });
    expect([high, low]).to.deep.equal([395, 1]);
    expect(seen).to.deep.equal(['[consentry] cookie-days="1000" is out of range; using 395', '[consentry] cookie-days="0" is out of range; using 1']);
  });

  it('reports unknown mode, layout, position, theme and revisit values and uses the defaults', () => {
    let c!: ReturnType<typeof resolveConfig>;
    const seen = errors(() => (c = resolveConfig({ mode: 'sneaky', layout: 'popup', position: 'left', theme: 'neon', revisit: 'always' }, {})));
    expect(c).to.include({ mode: 'opt-in', layout: 'bar', position: 'bottom', theme: 'auto', revisit: 'button' });
    expect(seen).to.deep.equal([
      '[consentry] mode="sneaky" is invalid; using "opt-in"',
      '[consentry] layout="popup" is invalid; using "bar"',
      '[consentry] position="left" is invalid; using "bottom"',
      '[consentry] theme="neon" is invalid; using "auto"',
      '[consentry] revisit="always" is invalid; using "button"',
    ]);
  });

  it('drops category ids that are markup or not ids, and reports each', () => {
    let c!: ReturnType<typeof resolveConfig>;
    const seen = errors(() => (c = resolveConfig({ categories: 'analytics <b>x</b> Ads! __proto__ necessary' }, {})));
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'analytics']);
    expect(seen).to.have.length(3);
    expect(seen[0]).to.equal('[consentry] categories="<b>x</b>" is not a category id; using "nothing"');
    expect(seen.every((m) => m.startsWith('[consentry] categories='))).to.equal(true);
  });

  it('refuses javascript: links and foreign cookie domains', () => {
    let c!: ReturnType<typeof resolveConfig>;
    const seen = errors(() => (c = resolveConfig({ 'policy-url': 'javascript:alert(1)', 'cookie-domain': 'evil.example', 'cookie-path': 'no-slash' }, {})));
    expect(c).to.include({ policyUrl: '', cookieDomain: '', cookiePath: '/' });
    expect(seen).to.have.length(3);
    expect(seen[0]).to.contain('policy-url="javascript:alert(1)"');
  });

  it('reports a config selector that matches nothing or is not JSON', () => {
    const bad = document.createElement('script');
    bad.type = 'application/json';
    bad.id = 'cfg-bad';
    bad.textContent = '{ not json';
    document.body.append(bad);
    const seen = errors(() => {
      resolveConfig({ config: '#missing' }, {});
      resolveConfig({ config: '#cfg-bad' }, {});
      resolveConfig({ config: '###' }, {});
    });
    bad.remove();
    expect(seen).to.have.length(3);
    expect(seen[0]).to.match(/^\[consentry\] config="#missing"/);
  });

  it('takes categories, labels, services and texts from the JSON configuration', () => {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.id = 'cfg-cats';
    json.textContent = JSON.stringify({
      categories: {
        analytics: {
          label: 'Statistics',
          description: 'Counting visits.',
          services: [
            { id: 'posthog', name: 'PostHog', provider: 'PostHog Inc.', cookies: [{ name: '/^ph_/', duration: '1 year' }, 'plain'], storage: ['/^ph_/'] },
            42,
          ],
        },
        partners: { label: 'Partner offers', saleOrShare: true },
      },
      texts: { en: { title: 'Cookies <b>here</b>', acceptAll: 7 }, de: 'Hallo' },
    });
    document.body.append(json);
    let c!: ReturnType<typeof resolveConfig>;
    const seen = errors(() => (c = resolveConfig({ config: '#cfg-cats' }, {})));
    json.remove();
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'analytics', 'partners']);
    const analytics = c.categories[1];
    expect(analytics.label).to.equal('Statistics');
    expect(analytics.services).to.have.length(1);
    expect(analytics.services[0].cookies).to.deep.equal([{ name: '/^ph_/', duration: '1 year' }, { name: 'plain' }]);
    expect(analytics.services[0].storage).to.deep.equal(['/^ph_/']);
    expect(c.categories[2].saleOrShare).to.equal(true);
    expect(c.texts.en).to.deep.equal({ title: 'Cookies <b>here</b>' });
    expect(seen).to.have.length(3);
    expect(seen.join('\n')).to.contain('texts.en.acceptAll=7');
    expect(seen.join('\n')).to.contain('texts.de="Hallo"');
  });

  it('turns /regex/ declarations into regular expressions', () => {
    expect(toRegExp('/^_ga/')!.test('_ga_123')).to.equal(true);
    expect(toRegExp('_ga')).to.equal(null);
    expect(toRegExp('/(/')).to.equal(null);
  });
});
