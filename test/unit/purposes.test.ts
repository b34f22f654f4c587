import { expect } from '@open-wc/testing';
import { tables } from 'consentry:purpose-tables';
import { SHIPPED } from 'consentry:languages';
import { VENDORS } from '../../src/vendors/catalogue.js';
import { PURPOSES } from '../../src/i18n/purposes/en.js';
import { purposeKey, purposeText } from '../../src/i18n/purpose.js';
import { purpose } from '../../src/i18n/purposes/en.js';

/** The English purposes as whole-text patterns, `{platform}` standing for any name. */
const patterns = Object.entries(PURPOSES).map(
  ([key, text]) => [key, new RegExp('^' + text.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace('{platform}', '.+') + '$')] as const,
);

describe('catalogue purposes in every language', () => {
  it('every purpose of the catalogue is one of the translated texts (a new service needs its purpose in every language)', () => {
    for (const [id, vendor] of Object.entries(VENDORS)) {
      const keys = patterns.filter(([, p]) => p.test(vendor.purpose)).map(([key]) => key);
      expect(keys, `${id}: "${vendor.purpose}" is not in src/i18n/purposes/en.ts`).to.have.length.greaterThan(0);
    }
  });

  it('each catalogue purpose is read back as its own key and platform (a whole text wins over a pattern)', () => {
    for (const [id, vendor] of Object.entries(VENDORS)) {
      const known = purposeKey(vendor.purpose);
      expect(known, id).to.not.equal(undefined);
      expect(purpose(...known!), id).to.equal(vendor.purpose);
    }
    expect(purposeKey(VENDORS['meta-pixel'].purpose)).to.deep.equal(['audiencesMeta', '']);
    expect(purposeKey(VENDORS['tiktok-pixel'].purpose)).to.deep.equal(['audiencesOn', 'TikTok']);
    expect(purposeKey('Our own purpose')).to.equal(undefined);
  });

  it('every English purpose is used by the catalogue', () => {
    const used = new Set(Object.values(VENDORS).flatMap((v) => patterns.filter(([, p]) => p.test(v.purpose)).map(([key]) => key)));
    expect(Object.keys(PURPOSES).filter((key) => !used.has(key as keyof typeof PURPOSES))).to.deep.equal([]);
  });

  it('every shipped UI language has every purpose, in its own words, with the same {platform} part', () => {
    expect(Object.keys(tables).sort()).to.deep.equal([...SHIPPED].sort());
    const english = new Set(Object.values(PURPOSES));
    for (const [tag, table] of Object.entries(tables)) {
      expect(Object.keys(table).sort(), tag).to.deep.equal(Object.keys(PURPOSES).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), `${tag}.${key}`).to.not.equal('');
        expect(english.has(text), `${tag}.${key} is English: ${text}`).to.equal(false);
        expect(text.includes('{platform}'), `${tag}.${key}: {platform}`).to.equal(PURPOSES[key as keyof typeof PURPOSES].includes('{platform}'));
        expect(text.replace('{platform}', ''), `${tag}.${key}: another placeholder`).to.not.match(/[{}]/);
      }
    }
  });

  it('a text is shown as it is where no table has loaded: English, or a language not shipped', () => {
    expect(purposeText(PURPOSES.maps, undefined)).to.equal(PURPOSES.maps);
    expect(purposeText('Our own purpose', 'de')).to.equal('Our own purpose');
  });
});
