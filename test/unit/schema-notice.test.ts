import { expect } from '@open-wc/testing';
import { ATTRIBUTES, resolveConfig } from '../../src/core/config.js';
import { schema } from '../../src/schema/index.js';
import { noticeDefs, PRACTICE_IDS } from '../../src/schema/notice.js';
import { BODIES } from '../../src/notice/practices.js';
import { parseNotice } from '../../src/notice/view.js';
import { en } from '../../src/notice/texts/en.js';
import { de } from '../../src/notice/texts/de.js';
import { es } from '../../src/notice/texts/es.js';
import { fr } from '../../src/notice/texts/fr.js';
import { it as itTexts } from '../../src/notice/texts/it.js';
import { nl } from '../../src/notice/texts/nl.js';
import { LANGUAGES } from '../../src/notice/texts/index.js';
import { isDate, validate } from '../../src/notice/validate.js';
import { PRACTICE_IDS as SECTION_6 } from '../shared/practices.mjs';

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Runs the schema check and collects what it reports. */
function check(value: unknown, node: object = schema, path = 'config') {
  const errors: string[] = [];
  const out = validate(value, node, path, schema, (m) => errors.push(m));
  return { out, errors };
}

/** Runs config.ts on a JSON configuration and collects what it reports. */
function resolve(json: object) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'schema-test';
  script.textContent = JSON.stringify(json);
  document.body.append(script);
  const errors: string[] = [];
  const original = console.error;
  console.error = (m: string) => errors.push(m);
  try {
    return { config: resolveConfig({ config: '#schema-test' }, {}), errors };
  } finally {
    console.error = original;
    script.remove();
  }
}

describe('the configuration schema', () => {
  it('is draft 2020-12 and has every attribute as a camelCase key', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    for (const name of ATTRIBUTES.filter((a) => a !== 'config' && a !== 'categories')) expect(schema.properties, name).to.have.property(camel(name));
    expect(schema.properties).to.include.keys('categories', 'texts', 'notice');
  });

  it('agrees with config.ts on valid and invalid values', () => {
    const cases: Array<[string, unknown, boolean]> = [
      ['mode', 'opt-out', true],
      ['mode', 'sometimes', false],
      ['layout', 'box', true],
      ['layout', 'popup', false],
      ['cookieName', 'my_consent', true],
      ['cookieName', 'a b', false],
      ['cookiePath', '/shop', true],
      ['cookiePath', 'shop', false],
      ['revision', '2019-05', true],
      ['revision', 3, true],
      ['revision', 'a b', false],
      ['honorGpc', false, true],
      ['honorGpc', 'off', true],
      ['honorGpc', 'maybe', false],
      ['cookieDays', 30, true],
      ['cookieDays', 'thirty', false],
      ['lang', 'de-AT', true],
      ['lang', 'not a tag', false],
      ['revisit', 'none', true],
      ['revisit', 'never', false],
      ['policyUrl', 'privacy.html', true],
      ['policyUrl', 'https://example.com/privacy', true],
    ];
    for (const [key, value, valid] of cases) {
      const fromSchema = check({ [key]: value }).errors.length === 0;
      const fromConfig = resolve({ [key]: value }).errors.length === 0;
      expect(fromSchema, `schema: ${key}=${value}`).to.equal(valid);
      expect(fromConfig, `config.ts: ${key}=${value}`).to.equal(valid);
    }
  });

  it('accepts categories with services and cookies as config.ts reads them', () => {
    const json = {
      categories: {
        analytics: {
          label: 'Stats',
          services: ['google-analytics', { id: 'posthog', name: 'PostHog', cookies: ['/^ph_/', { name: 'ph', duration: '1 year' }], storage: ['/^ph_/'] }],
        },
        partners: { saleOrShare: true },
      },
      texts: { de: { title: 'Datenschutz' } },
    };
    expect(check(json).errors).to.deep.equal([]);
    expect(resolve(json).config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'partners']);
  });
});

describe('the demo configurations', () => {
  for (const slug of ['kayako-2012', 'kayako-limited-2019', 'kaseya-2010', 'kerio-2012', 'clicktale-2011']) {
    it(`${slug} matches the whole schema`, async () => {
      const page = new DOMParser().parseFromString(await (await fetch(`/demo/notices/${slug}.html`)).text(), 'text/html');
      const json = JSON.parse(page.querySelector('#consentry-config')!.textContent);
      expect(check(json).errors).to.deep.equal([]);
      expect(json.notice.practices.length).to.be.greaterThan(12);
    });
  }
});

describe('the notice schema', () => {
  it('has every practice of docs/privacy-notice.md, in its order, each with a renderer', () => {
    expect(PRACTICE_IDS).to.deep.equal(SECTION_6);
    expect(Object.keys(BODIES)).to.deep.equal(SECTION_6);
    for (const id of SECTION_6) expect(noticeDefs, id).to.have.property('practice-' + id);
  });

  it('reports each bad key once with its path and value, and keeps the rest', () => {
    const errors: string[] = [];
    const notice = parseNotice(
      { effectiveDate: '2023-02-29', controller: { name: 'A', phone: 12 }, practices: ['use', { id: 'children', minimumAge: 40, more: ['x'] }, 'nope'] },
      (m) => errors.push(m),
    );
    expect(errors).to.deep.equal([
      'notice.effectiveDate="2023-02-29" is not a valid date; skipped',
      'notice.controller.phone=12 should be string; skipped',
      'notice.practices[1].minimumAge=40 is out of range 1..21; skipped',
      'notice.practices[2]="nope" is not known; skipped',
    ]);
    expect(notice.effectiveDate).to.equal(undefined);
    expect(notice.controller).to.deep.equal({ name: 'A' });
    expect(notice.practices.map(([id]) => id)).to.deep.equal(['use', 'children']);
    expect(parseNotice({ practices: ['changes', 'controller'] }, () => {}).practices.map(([id]) => id)).to.deep.equal(['changes', 'controller']);
    expect(notice.practices[1][1].more).to.deep.equal(['x']);
  });

  it('accepts only language tags as text languages, so that Intl never throws', () => {
    const errors: string[] = [];
    const notice = parseNotice({ texts: { 'de-AT': { cookies: 'Kekse' }, 'not a language': { cookies: 'x' } } }, (m) => errors.push(m));
    expect(Object.keys(notice.texts)).to.deep.equal(['de-AT']);
    expect(errors).to.deep.equal(['notice.texts.not a language={"cookies":"x"} is not known; skipped']);
  });

  it('never throws, whatever it is given', () => {
    for (const bad of [
      null,
      42,
      'notice',
      [],
      { practices: 'cookies' },
      { practices: [null, [], {}] },
      { texts: { en: null } },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      expect(() => parseNotice(bad, () => {})).not.to.throw();
    }
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('checks dates and links', () => {
    expect(isDate('2024-02-29')).to.equal(true);
    expect(isDate('2023-02-29')).to.equal(false);
    expect(isDate('29.02.2024')).to.equal(false);
    const url = noticeDefs.controller.properties.url;
    for (const ok of ['https://example.com/', 'mailto:a@b.c', '/privacy', '#top']) expect(check(ok, url).errors, ok).to.deep.equal([]);
    for (const bad of ['javascript:alert(1)', '//evil.example', 'data:text/html,x']) expect(check(bad, url).errors, bad).to.have.length(1);
  });
});

describe('the notice texts', () => {
  /** Every built-in table (the notice chunk holds English only; the others are chunks of their own). */
  const TABLES: Record<string, Record<string, string>> = { en, de, es, fr, it: itTexts, nl };

  it('every language table has exactly the English keys', () => {
    expect(Object.keys(TABLES)).to.have.members(LANGUAGES);
    for (const [lang, table] of Object.entries(TABLES)) expect(Object.keys(table), lang).to.deep.equal(Object.keys(en));
  });

  it('no default text claims consent by use or offers browser settings as the only control', () => {
    // "By using this site you agree", "continued use means acceptance", in each language.
    const banned: Record<string, RegExp[]> = {
      en: [
        /by (using|visiting|accessing|browsing|continuing)[^.]*\b(agree|consent|accept)/i,
        /continu(ed|ing) (use|to use|browsing)[^.]*\b(accept|agree|consent|constitut)/i,
        /\b(constitutes|means|signifies|indicates) (your )?(acceptance|agreement|consent)/i,
        /you (hereby |explicitly |expressly )?(agree|consent) to (this|the|our) (terms|notice|policy|privacy)/i,
      ],
      de: [/durch die (weitere )?nutzung[^.]*(einverstanden|zustimm|akzeptier)/i, /weitere nutzung[^.]*(gilt|bedeutet)/i],
      fr: [/en (utilisant|naviguant|poursuivant)[^.]*(acceptez|consentez)/i, /poursuite de (la )?navigation[^.]*(vaut|signifie)/i],
      es: [/al (usar|navegar|continuar)[^.]*(acepta|consiente)/i, /(uso|navegación) continuad[oa][^.]*(implica|supone|significa)/i],
      it: [/(utilizzando|navigando|proseguendo)[^.]*(accetti|acconsenti)/i, /prosecuzione della navigazione[^.]*(comporta|implica)/i],
      nl: [/door (gebruik|verder te)[^.]*(akkoord|stemt|aanvaardt)/i, /voortgezet gebruik[^.]*(betekent|houdt in)/i],
    };
    /** The word that puts the browser's settings next to the site's own control: "also". */
    const also: Record<string, RegExp> = { en: /\balso\b/, de: /\bauch\b/, fr: /\baussi\b/, es: /\btambién\b/i, it: /\banche\b/, nl: /\book\b/ };
    for (const [lang, table] of Object.entries(TABLES)) {
      // Every language is checked against its own phrases and the English ones (quoted terms).
      for (const [key, text] of Object.entries(table)) for (const re of [...banned.en, ...banned[lang]]) expect(text, `${lang}.${key}`).not.to.match(re);
      // Browser settings are offered only next to the site's own control.
      expect(table['cookies.browser'], lang).to.match(also[lang]);
    }
    // The checks can fail: each catches the phrase it is about.
    expect('Durch die Nutzung dieser Website erklären Sie sich einverstanden.').to.match(banned.de[0]);
    expect('Blockieren Sie Cookies in Ihrem Browser.').not.to.match(also.de);
  });
});
