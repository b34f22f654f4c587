import { expect } from '@open-wc/testing';
import { listOf, longDate, type Notice } from '../../src/notice/context.js';
import { de } from '../../src/notice/texts/de.js';
import { es } from '../../src/notice/texts/es.js';
import { fr } from '../../src/notice/texts/fr.js';
import { it as itTexts } from '../../src/notice/texts/it.js';
import { nl } from '../../src/notice/texts/nl.js';
import { TABLES } from '../../src/notice/texts/index.js';

const notice = (texts: Notice['texts'] = {}): Notice => ({ texts, practices: [] });
const BUILT_IN = { de, es, fr, it: itTexts, nl };

// Dates and lists are written from the notice's texts (no `Intl`, whose first use costs a long
// task on a phone); for the built-in languages they must read exactly as `Intl` writes them.
describe('notice dates and lists', () => {
  before(() => Object.assign(TABLES, BUILT_IN));
  after(() => Object.keys(BUILT_IN).forEach((lang) => delete TABLES[lang]));

  it('writes every month of every built-in language as Intl does', () => {
    for (const lang of ['en', ...Object.keys(BUILT_IN)]) {
      for (let month = 1; month <= 12; month++) {
        const date = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
        const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date + 'T00:00:00Z'));
        expect(longDate(notice(), lang, date), `${lang} ${date}`).to.equal(intl);
      }
    }
    expect(longDate(notice(), 'de-AT', '2009-12-03')).to.equal('3. Dezember 2009');
  });

  it('joins lists of one, two and more items as Intl does in every built-in language', () => {
    const items = ['Stripe', 'PayPal', 'Adyen', 'Braintree'];
    for (const lang of ['en', ...Object.keys(BUILT_IN)]) {
      for (const n of [1, 2, 3, 4]) {
        const intl = new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.slice(0, n));
        expect(listOf(notice(), lang, items.slice(0, n)), `${lang} ${n}`).to.equal(intl);
      }
    }
  });

  it("uses the site's own date and list texts, and Intl for a language that has none (never English words)", () => {
    const pl = notice({ pl: { cookies: 'Pliki cookie' } });
    expect(longDate(pl, 'pl', '2026-03-05')).to.equal(
      new Intl.DateTimeFormat('pl', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-03-05T00:00:00Z')),
    );
    expect(listOf(pl, 'pl', ['a', 'b', 'c'])).to.equal('a, b i c');
    const own = notice({
      pl: {
        date: '{day} {month} {year} r.',
        'date.months': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
        'list.two': '{a} oraz {b}',
        'list.end': '{a} oraz {b}',
      },
    });
    expect(longDate(own, 'pl', '2026-03-05')).to.equal('5 marca 2026 r.');
    expect(listOf(own, 'pl', ['a', 'b', 'c'])).to.equal('a, b oraz c');
    // Months that are not twelve are not a month list: Intl writes the date.
    const bad = notice({ en: { 'date.months': 'Jan Feb' } });
    expect(longDate(bad, 'en', '2026-03-05')).to.equal('March 5, 2026');
  });
});
