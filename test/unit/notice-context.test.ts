import { expect } from '@open-wc/testing';
import { html, render } from 'lit/html.js';
import { fill, lookup, noticeLanguage, richText, type Notice } from '../../src/notice/context.js';
import { languageOf, type Host } from '../../src/notice/render.js';
import { de } from '../../src/notice/texts/de.js';
import { en } from '../../src/notice/texts/en.js';
import { FAILED, loadTable, TABLES } from '../../src/notice/texts/index.js';

const notice = (texts: Notice['texts']): Notice => ({ texts, practices: [] });

describe('notice texts', () => {
  it('chooses the notice language among those with texts, with base-language and English fallback', () => {
    expect(noticeLanguage('en-GB', {})).to.equal('en');
    expect(noticeLanguage('de-AT', { de: {} })).to.equal('de');
    expect(noticeLanguage('DE-at', { 'de-AT': {} })).to.equal('de-AT');
    expect(noticeLanguage('pt-BR', { de: {} })).to.equal('en');
  });

  it('looks a key up in the site texts, the built-in table, then English', () => {
    const n = notice({ de: { cookies: 'Cookies' }, pl: { cookies: 'Pliki cookie' }, en: { children: 'Kids', links: 'Other sites' } });
    TABLES.de = de; // as once consentry.notice.de.js has arrived
    try {
      // 1. The site's text in the notice language, over the built-in one.
      expect(lookup(n, 'de', 'cookies')).to.equal('Cookies');
      // 2. The built-in text in the notice language, over the site's English.
      expect(lookup(n, 'de', 'children'))
        .to.equal(de.children)
        .and.not.equal('Kids');
      expect(lookup(n, 'de-AT', 'children')).to.equal(de.children);
      // 3. The site's English, for a language without built-in notice texts (Polish).
      expect(lookup(n, 'pl', 'cookies')).to.equal('Pliki cookie');
      expect(lookup(n, 'pl', 'children')).to.equal('Kids');
      expect(lookup(n, 'pl', 'links')).to.equal('Other sites');
      // 4. The built-in English last.
      expect(lookup(n, 'pl', 'contents')).to.equal(en.contents);
      expect(lookup(notice({}), 'pl', 'children')).to.equal(en.children);
    } finally {
      delete TABLES.de;
    }
    // A built-in language not loaded (or failed) is the same as one without texts.
    expect(lookup(n, 'de', 'children')).to.equal('Kids');
  });

  it('loads a built-in language once, in its own chunk; a failed or malformed one is reported and marked', async () => {
    const asked: string[] = [];
    const reports: string[] = [];
    const report = (m: string) => reports.push(m);
    const done = () => asked.push('done');
    const load = (name: string) => (
      asked.push(name),
      name === 'notice.fr' ? Promise.resolve({ contents: 'Sommaire' }) : name === 'notice.it' ? Promise.reject(new Error('404')) : Promise.resolve({ nope: 1 })
    );
    expect(loadTable(undefined, load, report, done), 'nothing to load').to.equal(true);
    expect(loadTable('en', load, report, done), 'English is built in').to.equal(true);
    expect(loadTable('fr', load, report, done)).to.equal(false);
    expect(loadTable('fr', load, report, done), 'asked once').to.equal(false);
    expect(loadTable('it', load, report, done)).to.equal(false);
    expect(loadTable('nl', load, report, done)).to.equal(false);
    await new Promise((ok) => setTimeout(ok));
    expect(asked).to.deep.equal(['notice.fr', 'notice.it', 'notice.nl', 'done', 'done', 'done']);
    expect(TABLES.fr?.contents).to.equal('Sommaire');
    expect([...FAILED].sort()).to.deep.equal(['it', 'nl']);
    // `loadChunk` reports a file that does not load; this reports one that is not a table.
    expect(reports).to.deep.equal(['consentry.notice.nl.js is not a notice language file; using English']);
    expect([loadTable('fr', load, report, done), loadTable('it', load, report, done), loadTable('nl', load, report, done)]).to.deep.equal([true, true, true]);
    delete TABLES.fr;
  });

  it('renders in a language once its texts are here; otherwise in English, reported once', async () => {
    const reports: string[] = [];
    let release!: () => void;
    const arrived = new Promise<void>((ok) => (release = ok));
    const host = {
      report: (m: string) => reports.push(m),
      load: (name: string) => (name === 'notice.es' ? arrived.then(() => ({ contents: 'Índice' })) : Promise.reject(new Error('404'))),
      uiLanguage: () => true,
      // No catalogue service, so no purposes to wait for (src/i18n/purpose.ts).
      consent: { getConfig: () => ({ categories: [] }) },
    } as unknown as Host;
    let updates = 0;
    const update = () => updates++;
    // Spanish: nothing (no English) until its chunk has arrived, then Spanish.
    expect(languageOf(host, notice({}), 'es-MX', update)).to.equal(undefined);
    release();
    await arrived;
    await new Promise((ok) => setTimeout(ok));
    expect(updates).to.equal(1);
    expect(languageOf(host, notice({}), 'es-MX', update)).to.equal('es');
    // Polish has no built-in notice texts: English, with a clear message; the site's Polish counts.
    expect(languageOf(host, notice({}), 'pl', update)).to.equal('en');
    expect(languageOf(host, notice({ pl: { contents: 'Spis treści' } }), 'pl', update)).to.equal('pl');
    expect(languageOf(host, notice({}), 'en-GB', update)).to.equal('en');
    expect(reports).to.deep.equal([
      '<privacy-notice>: no notice texts in "pl"; shown in English (built in: en, de, es, fr, it, nl; add yours under notice.texts)',
    ]);
    delete TABLES.es;
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
