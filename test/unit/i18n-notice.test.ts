import { expect } from '@open-wc/testing';
import { en } from '../../src/notice/texts/en.js';
import { de } from '../../src/notice/texts/de.js';
import { es } from '../../src/notice/texts/es.js';
import { fr } from '../../src/notice/texts/fr.js';
import { it as itTexts } from '../../src/notice/texts/it.js';
import { nl } from '../../src/notice/texts/nl.js';
import { LANGUAGES } from '../../src/notice/texts/index.js';

/** Every built-in table: each language but English is a file of its own (dist/consentry.notice.<lang>.js). */
const TABLES = { en, de, es, fr, it: itTexts, nl };

const EN = en as Record<string, string>;
/** `{name}` placeholders and `[label](url)` links (the label's words are translated, the URL not). */
const placeholders = (s: string) => [...(s.match(/\{\w+\}/g) ?? []), ...[...s.matchAll(/\[[^\]]*\]\(([^)]*)\)/g)].map((m) => 'link:' + m[1])].sort();
/** Terms that stay the same in some languages: "Fax", "Global Privacy Control", "Do Not Track", … */
const SAME_ALLOWED = 8;

describe('privacy notice languages', () => {
  it('ship English, German, French, Spanish, Italian and Dutch', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'it', 'nl']);
    expect(Object.keys(TABLES).sort()).to.deep.equal([...LANGUAGES].sort());
  });

  for (const [lang, table] of Object.entries(TABLES).filter(([l]) => l !== 'en')) {
    it(`${lang}: every English key, translated, with the same placeholders, links and list lengths`, () => {
      const t = table as Record<string, string>;
      expect(
        Object.keys(t).filter((k) => !(k in en)),
        `${lang}: keys English lacks`,
      ).to.deep.equal([]);
      for (const key of Object.keys(en)) {
        expect(t[key], `${lang}.${key}`).to.be.a('string');
        expect(t[key].trim(), `${lang}.${key} is empty`).not.to.equal('');
        expect(placeholders(t[key]), `${lang}.${key} placeholders`).to.deep.equal(placeholders(EN[key]));
        expect(t[key].split('\n').length, `${lang}.${key} lines`).to.equal(EN[key].split('\n').length);
      }
      const same = Object.keys(en).filter((k) => t[k] === EN[k]);
      expect(same.length, `${lang}: identical to English: ${same.join(', ')}`).to.be.at.most(SAME_ALLOWED);
    });
  }
});
