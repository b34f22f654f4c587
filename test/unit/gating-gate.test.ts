import { expect, fixture, html } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';
import { gate, known } from '../../src/gating/gate.js';
import { clean } from '../../src/gating/cleanup.js';
import { jsonConfig } from './helpers.js';

const NAME = 'unit_gating';
const JSON_ID = 'unit-gating-config';

/** Starts consent with a service that declares cookies and storage, and starts gating. */
function start(): void {
  const config = jsonConfig(JSON_ID, {
    categories: {
      analytics: { services: [{ id: 'stats', name: 'Stats', cookies: [{ name: '_st' }, { name: '/^_sx_/' }], storage: ['/^st_/'] }] },
      advertising: {},
    },
  });
  consent.start(resolveConfig({ 'cookie-name': NAME, config }, {}));
  gate();
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('gating', () => {
  before(start);
  afterEach(() => consent.reset());
  after(() => {
    document.cookie = `${NAME}=; max-age=0; path=/`;
    consent.setView('none');
  });

  it('activates an element once all of its ids are granted, moving data-src and data-srcset', async () => {
    const el = await fixture<HTMLImageElement>(
      html`<img data-consent="analytics advertising" data-src="/t/pixel.gif?src" data-srcset="/t/pixel.gif?srcset 1x" alt="" />`,
    );
    await tick();
    expect(el.hasAttribute('src')).to.equal(false);
    consent.decide({ analytics: true }, 'api');
    expect(el.hasAttribute('src')).to.equal(false);
    consent.decide({ advertising: true }, 'api');
    expect(el.getAttribute('src')).to.equal('/t/pixel.gif?src');
    expect(el.getAttribute('srcset')).to.match(/ 1x$/);
  });

  it('"!id" holds only once the category is decided and refused', async () => {
    const el = await fixture<HTMLIFrameElement>(html`<iframe consent-own data-consent="!analytics" data-src="/t/refused.html" title="x"></iframe>`);
    await tick();
    expect(el.hasAttribute('src')).to.equal(false);
    consent.rejectAll('api');
    const now = document.querySelector('iframe[data-consent="!analytics"]')!;
    expect(now.getAttribute('src')).to.equal('/t/refused.html');
  });

  it('"!id" and a <template> act only on markup the site marked as its own (consent-own), and say so once', async () => {
    const seen: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      const el = await fixture<HTMLDivElement>(
        html`<div>
          <iframe data-consent="!analytics" data-src="/t/visitor.html" title="v"></iframe>
          <section data-consent="necessary">
            <template><img class="visitor" alt="" /></template>
          </section>
          <section consent-own data-consent="necessary">
            <template><img class="own" alt="" /></template>
          </section>
        </div>`,
      );
      await tick();
      consent.rejectAll('api');
      expect(el.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
      expect([el.querySelectorAll('template').length, !!el.querySelector('.own'), !!el.querySelector('.visitor')]).to.deep.equal([1, true, false]);
      expect(seen).to.deep.equal([
        '[consentry] the <template> of a gated <section> without consent-own is not unpacked (docs/gating.md)',
        '[consentry] data-consent="!analytics" on a <iframe> without consent-own: not activated (docs/gating.md)',
      ]);
    } finally {
      console.error = original;
    }
  });

  it('skips an element removed before activation', async () => {
    const el = await fixture<HTMLImageElement>(html`<img data-consent="analytics" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" />`);
    el.remove();
    consent.acceptAll('api');
    expect(el.hasAttribute('src')).to.equal(false);
  });

  it('knows categories and services, and nothing else', () => {
    expect(['analytics', 'analytics/stats', 'necessary'].map(known)).to.deep.equal([true, true, true]);
    const original = console.error;
    console.error = () => {};
    try {
      expect(['nope', 'analytics/nope', '', '__proto__', 'advertising/stats'].map(known)).to.deep.equal([false, false, false, false, false]);
    } finally {
      console.error = original;
    }
  });

  it('clean() deletes the declared cookies and storage keys of refused services only', () => {
    document.cookie = '_st=1; path=/';
    document.cookie = '_sx_a=1; path=/';
    document.cookie = 'other=1; path=/';
    localStorage.setItem('st_a', '1');
    localStorage.setItem('keep', '1');
    consent.decide({ analytics: true }, 'api');
    void clean();
    expect(document.cookie).to.include('_st=1');
    consent.decide({ stats: false }, 'api');
    expect(document.cookie).not.to.match(/_st=|_sx_a=/);
    expect(document.cookie).to.include('other=1');
    expect([localStorage.getItem('st_a'), localStorage.getItem('keep')]).to.deep.equal([null, '1']);
    document.cookie = 'other=; max-age=0; path=/';
    localStorage.removeItem('keep');
  });
});
