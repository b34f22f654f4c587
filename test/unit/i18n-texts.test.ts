import { expect } from '@open-wc/testing';
import { errors, jsonConfig } from './helpers.js';
import { resolveConfig } from '../../src/core/config.js';
import { en } from '../../src/i18n/en.js';
import { enMore } from '../../src/i18n/en-more.js';
import { tables } from 'consentry:language-tables';
import { addEnglish, chooseLanguage, match, SHIPPED, text } from '../../src/i18n/texts.js';
import { categoryText } from '../../src/i18n/category-text.js';

/** Every English text: the drop-in's first layer and the chunks' rest, which they add on loading, as here. */
const EN: Record<string, string> = { ...en, ...enMore };
addEnglish(enMore);
const placeholders = (s: string) => (s.match(/\{\w+\}|\[[^\]]*\]\([^)]*\)/g) ?? []).map((p) => p.replace(/^\[[^\]]*\]/, '[]')).sort();
/** Terms that stay the same in many languages: a product name, "OK", "Services". */
const SAME_ALLOWED = 3;

describe('shipped languages', () => {
  const tags = Object.keys(tables);

  it('ship at least 40 languages, including every one the issue names', () => {
    expect(tags.length + 1).to.be.at.least(40);
    const required = 'bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb is ca eu gl tr uk ru sr ar he fa hi ja ko zh-CN zh-TW pt-BR ur';
    for (const tag of required.split(' ')) expect(tags, tag).to.include(tag);
  });

  it('list in the drop-in exactly the files the build makes', () => {
    expect([...SHIPPED].sort()).to.deep.equal([...tags].sort());
  });

  for (const [tag, table] of Object.entries(tables)) {
    it(`${tag}: every English key, translated, with the same placeholders`, () => {
      const t = table as Record<string, string>;
      for (const key of Object.keys(EN)) {
        expect(t[key], `${tag}.${key}`).to.be.a('string');
        expect(t[key].trim(), `${tag}.${key} is empty`).not.to.equal('');
        expect(placeholders(t[key]), `${tag}.${key} placeholders`).to.deep.equal(placeholders(EN[key]));
        expect(t[key], `${tag}.${key} has untrimmed space`).to.equal(t[key].trim());
      }
      const same = Object.keys(EN).filter((k) => t[k] === EN[k]);
      expect(same.length, `${tag}: identical to English: ${same.join(', ')}`).to.be.at.most(SAME_ALLOWED);
      // Refusing is as prominent as accepting: the two labels are about as long.
      const [a, r] = [t.acceptAll.length, t.rejectAll.length];
      expect(Math.max(a, r) / Math.min(a, r), `${tag}: "${t.acceptAll}" / "${t.rejectAll}"`).to.be.at.most(1.35);
    });
  }
});

describe('match', () => {
  const cases: Array<[string, string | undefined]> = [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE-ch', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['pt-AO', 'pt'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['nb-NO', 'nb'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-Cyrl-RS', 'sr'],
    ['en-GB', undefined],
    ['xx-invalid', undefined],
    ['', undefined],
  ];
  for (const [tag, want] of cases) it(`"${tag}" → ${want}`, () => expect(match(tag, SHIPPED)).to.equal(want));
});

describe('chooseLanguage', () => {
  let lang: string;
  beforeEach(() => (lang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = lang));

  it('takes the lang option over <html lang>, with region fallback', () => {
    document.documentElement.lang = 'fr';
    expect(chooseLanguage(resolveConfig({ lang: 'de-AT' }, {}))).to.equal('de');
  });

  it('takes <html lang> in auto mode', () => {
    document.documentElement.lang = 'pl-PL';
    expect(chooseLanguage(resolveConfig({}, {}))).to.equal('pl');
  });

  it('falls back to the browser languages, then English', () => {
    document.documentElement.lang = 'xx';
    const browser = navigator.languages.map((l) => match(l, ['en', ...SHIPPED])).find(Boolean) ?? 'en';
    expect(chooseLanguage(resolveConfig({}, {}))).to.equal(browser);
  });

  it('prefers a language the site gives texts for, spelled as the site spells it', () => {
    document.documentElement.lang = 'de-CH';
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = 'i18n-site-texts';
    el.textContent = JSON.stringify({ texts: { 'de-CH': { title: 'Ihre Datenschutz-Auswahl' } } });
    document.body.append(el);
    try {
      const config = resolveConfig({ config: '#i18n-site-texts' }, {});
      expect(chooseLanguage(config)).to.equal('de-CH');
      expect(text(config, 'de-CH', 'title')).to.equal('Ihre Datenschutz-Auswahl');
    } finally {
      el.remove();
    }
  });

  it('reports an explicit language it has no texts for, once, and uses English', () => {
    const config = resolveConfig({ lang: 'xx-invalid' }, {});
    const seen = errors(() => {
      expect(chooseLanguage(config)).to.equal('en');
      expect(chooseLanguage(config)).to.equal('en');
    });
    expect(seen).to.deep.equal(['[consentry] lang="xx-invalid" has no texts; using "en"']);
  });
});

describe('categoryText', () => {
  it("takes the site's text in the language, then the JSON label or description, then the built-in text", () => {
    const config = resolveConfig(
      {
        config: jsonConfig('i18n-categories', {
          categories: { analytics: { label: 'Statistics', description: 'Counting visits.' }, partners: { label: 'Partner offers' } },
          texts: { de: { partners: 'Partnerangebote', analyticsDescription: 'Besuche zählen.' } },
        }),
      },
      {},
    );
    expect(categoryText(config, 'de', 'partners')).to.equal('Partnerangebote');
    expect(categoryText(config, 'en', 'partners')).to.equal('Partner offers');
    expect(categoryText(config, 'de', 'analytics')).to.equal('Statistics');
    expect(categoryText(config, 'de', 'analytics', true)).to.equal('Besuche zählen.');
    expect(categoryText(config, 'fr', 'analytics', true)).to.equal('Counting visits.');
    expect(categoryText(config, 'en', 'necessary')).to.equal(EN.necessary);
    expect(categoryText(config, 'en', 'necessary', true)).to.equal(EN.necessaryDescription);
  });
});

describe('text', () => {
  it('uses the site text for the language, then English, reporting the gap once with debug', () => {
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = 'i18n-texts';
    el.textContent = JSON.stringify({
      debug: true,
      texts: { en: { title: 'Cookies here', partners: 'Partners' }, xh: { title: 'Iicookies' } },
    });
    document.body.append(el);
    try {
      const config = resolveConfig({ config: '#i18n-texts' }, {});
      const seen = errors(() => {
        expect(text(config, 'xh', 'title')).to.equal('Iicookies');
        expect(text(config, 'xh', 'partners')).to.equal('Partners');
        expect(text(config, 'xh', 'partners')).to.equal('Partners');
        expect(text(config, 'xh', 'rejectAll')).to.equal('Reject all');
        expect(text(config, 'en', 'title')).to.equal('Cookies here');
      });
      expect(seen).to.deep.equal(['[consentry] texts.xh.partners is missing; using English', '[consentry] texts.xh.rejectAll is missing; using English']);
    } finally {
      el.remove();
    }
  });

  it('reports a site text of the wrong type and keeps the built-in one', () => {
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = 'i18n-bad';
    el.textContent = JSON.stringify({ texts: { en: { title: 42, acceptAll: ['Yes'] } } });
    document.body.append(el);
    try {
      let config!: ReturnType<typeof resolveConfig>;
      const seen = errors(() => (config = resolveConfig({ config: '#i18n-bad' }, {})));
      expect(seen.some((e) => e.includes('texts.en.title=42 '))).to.equal(true);
      expect(text(config, 'en', 'title')).to.equal(en.title);
      expect(text(config, 'en', 'acceptAll')).to.equal(en.acceptAll);
    } finally {
      el.remove();
    }
  });
});
