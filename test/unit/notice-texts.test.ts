import { expect } from '@open-wc/testing';
import { html, render } from 'lit/html.js';
import { fill, lookup, noticeLanguage, richText, type Notice } from '../../src/notice/context.js';
import { en } from '../../src/notice/texts/en.js';

const notice = (texts: Notice['texts']): Notice => ({ texts, practices: [] });

describe('notice texts', () => {
  it('chooses the notice language among those with texts, with base-language and English fallback', () => {
    expect(noticeLanguage('en-GB', {})).to.equal('en');
    expect(noticeLanguage('de-AT', { de: {} })).to.equal('de');
    expect(noticeLanguage('DE-at', { 'de-AT': {} })).to.equal('de-AT');
    expect(noticeLanguage('pt-BR', { de: {} })).to.equal('en');
  });

  it('looks a key up in the site texts, the built-in table, then English', () => {
    const n = notice({ de: { cookies: 'Cookies' }, en: { children: 'Kids' } });
    expect(lookup(n, 'de', 'cookies')).to.equal('Cookies');
    expect(lookup(n, 'de', 'children')).to.equal('Kids');
    expect(lookup(n, 'de', 'links')).to.equal(en.links);
  });

  it('fills placeholders with facts and keeps unknown ones', () => {
    expect(fill('{controller} keeps {what} for {days} days', { controller: 'ACME', days: 30 })).to.equal('ACME keeps {what} for 30 days');
  });

  it('renders safe links and template facts; markup stays text', () => {
    const host = document.createElement('div');
    const parts = richText(html, 'Write to {email} or see [our page](https://example.com/p), not [this](javascript:alert(1)) <b>x</b>', {
      email: html`<a href="mailto:a@b.c">a@b.c</a>`,
    });
    render(html`${parts}`, host);
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:a@b.c', 'https://example.com/p']);
    expect(host.querySelector('b')).to.equal(null);
    expect(host.textContent).to.contain('[this](javascript:alert(1)) <b>x</b>');
  });
});
