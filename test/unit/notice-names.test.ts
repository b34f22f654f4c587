import { expect } from '@open-wc/testing';
import { readableDuration, readableName, type NameForm } from '../../src/notice/names.js';
import { en } from '../../src/notice/texts/en.js';
import { de } from '../../src/notice/texts/de.js';
import { VENDORS } from '../../src/vendors/catalogue.js';

/** The notice's English words, as the notice fills them. */
const say = (table: Record<string, string>) => (form: NameForm, parts: Record<string, string>) =>
  table[`cookies.${form}`].replace(/\{(\w+)\}/g, (_, k: string) => parts[k]);

describe('readableName', () => {
  it('writes a plain name as it is', () => {
    expect(readableName('_ga', say(en))).to.equal('_ga');
    expect(readableName('/', say(en))).to.equal('/');
  });

  it('writes anchored literals in words, with escapes taken out', () => {
    expect(readableName('/^ytidb::/', say(en))).to.equal('Names starting with ytidb::');
    expect(readableName('/_posthog$/', say(en))).to.equal('Names ending with _posthog');
    expect(readableName('/session/', say(en))).to.equal('Names containing session');
    expect(readableName('/^_hp2_id\\./', say(en))).to.equal('Names starting with _hp2_id.');
    expect(readableName('/^ph_.*_posthog$/', say(en))).to.equal('Names starting with ph_ and ending with _posthog');
    expect(readableName('/^exact$/', say(en))).to.equal('exact');
  });

  it('falls back to "matching the pattern" for any other pattern, never to a wrong reading', () => {
    expect(readableName('/^_ga_\\d+$/', say(en))).to.equal('Names matching the pattern ^_ga_\\d+$');
    expect(readableName('/^a.b/', say(en))).to.equal('Names matching the pattern ^a.b');
    expect(readableName('/^(a|b)/', say(en))).to.equal('Names matching the pattern ^(a|b)');
    expect(readableName('/a.*b/', say(en))).to.equal('Names matching the pattern a.*b');
  });

  it('speaks the language of the table it is given', () => {
    expect(readableName('/^ytidb::/', say(de))).to.equal('Namen, die mit ytidb:: beginnen');
  });

  it('reads every pattern of the catalogue in words, none as a raw pattern', () => {
    for (const [id, v] of Object.entries(VENDORS))
      for (const name of [...v.cookies.map((c) => c.name), ...v.storage]) {
        const words = readableName(name, say(en));
        expect(words, `${id}: ${name}`).not.to.match(/^\/|Names matching/);
      }
  });
});

describe('readableDuration', () => {
  it('writes "N units" in the language shown, "session" with its text, anything else as written', () => {
    expect(readableDuration('13 months', 'en', 'S')).to.equal('13 months');
    expect(readableDuration('2 years', 'de', 'S')).to.equal('2 Jahre');
    expect(readableDuration('1 day', 'fr', 'S')).to.equal('1\u00a0jour'); // French puts a no-break space there
    expect(readableDuration('session', 'de', 'Bis zum Schließen')).to.equal('Bis zum Schließen');
    expect(readableDuration('up to 1 year', 'de', 'S')).to.equal('up to 1 year');
    expect(readableDuration('2 years', 'not a tag!', 'S')).to.equal('2 years');
  });
});
