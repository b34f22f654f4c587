// The wording fixes of the native-style review (docs/languages.md): each checked where it can
// regress, over every string of the language where the rule is general.
import { expect } from '@open-wc/testing';
import { tables } from 'consentry:language-tables';
import { fr as frNotice } from '../../src/notice/texts/fr.js';
import { es as esNotice } from '../../src/notice/texts/es.js';

const strings = (table: object): [string, string][] => Object.entries(table).filter((e): e is [string, string] => typeof e[1] == 'string');

describe('wording', () => {
  it('French: a non-breaking space before ":" and inside « », in the UI and the notice', () => {
    for (const [key, s] of [...strings(tables.fr), ...strings(frNotice)]) {
      expect(s, key).not.to.match(/[ \t\n]:|« | »|«[^\u00a0\u202f]|[^\u00a0\u202f]»/);
      expect(s, key).not.to.match(/[^\s\u00a0\u202f]:\s/, 'a colon needs a space before it');
    }
    expect(tables.fr!.alwaysOn).to.equal('Toujours actifs');
  });

  it('Brazilian Portuguese: an honoured opt-out reads as an objection, not as a deletion', () => {
    for (const key of ['gpc', 'optedOut', 'dnt'] as const) {
      expect(tables['pt-BR']![key], key).not.to.include('exclusão');
      expect(tables['pt-BR']![key], key).to.match(/^Oposição atendida: /);
    }
  });

  it('Spanish: Spain\'s terms, and one word for "sharing" in the UI and the notice', () => {
    expect(tables.es!.policy).to.equal('Política de privacidad');
    for (const [key, s] of [...strings(tables.es), ...strings(esNotice)]) expect(s, key).not.to.match(/cesión|publicidad directa/);
    expect(esNotice['california.sale']).to.equal('Venta y uso compartido');
  });

  it('Turkish, Polish, Hebrew and Japanese: the reviewed words', () => {
    expect(tables.tr!.text).to.include('açık rıza');
    expect(tables.tr!.text).not.to.match(/\bonay\b/);
    expect(tables.pl!.optOut).to.equal('Nie sprzedawać ani nie udostępniać moich danych osobowych');
    expect(tables.he!.close).to.equal('לסגור');
    expect(tables.ja!.ok).to.equal('了解しました');
  });
});
