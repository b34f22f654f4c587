import type { Table } from '../table.js';
import ar from './ar.js';
import bg from './bg.js';
import bs from './bs.js';
import ca from './ca.js';
import cs from './cs.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import es from './es.js';
import et from './et.js';
import eu from './eu.js';
import fa from './fa.js';
import fi from './fi.js';
import fr from './fr.js';
import ga from './ga.js';
import gl from './gl.js';
import he from './he.js';
import hi from './hi.js';
import hr from './hr.js';
import hu from './hu.js';
import id from './id.js';
import is from './is.js';
import it from './it.js';
import ja from './ja.js';
import ko from './ko.js';
import lt from './lt.js';
import lv from './lv.js';
import mk from './mk.js';
import ms from './ms.js';
import mt from './mt.js';
import nb from './nb.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ptBR from './pt-BR.js';
import ro from './ro.js';
import ru from './ru.js';
import sk from './sk.js';
import sl from './sl.js';
import sq from './sq.js';
import sr from './sr.js';
import srLatn from './sr-Latn.js';
import sv from './sv.js';
import th from './th.js';
import tr from './tr.js';
import uk from './uk.js';
import ur from './ur.js';
import vi from './vi.js';
import zhCN from './zh-CN.js';
import zhTW from './zh-TW.js';

/** Every shipped UI language by BCP 47 tag; the build makes each a `consentry.lang.<tag>.js`. */
export const tables: Record<string, Table> = {
  ar,
  bg,
  bs,
  ca,
  cs,
  da,
  de,
  el,
  es,
  et,
  eu,
  fa,
  fi,
  fr,
  ga,
  gl,
  he,
  hi,
  hr,
  hu,
  id,
  is,
  it,
  ja,
  ko,
  lt,
  lv,
  mk,
  ms,
  mt,
  nb,
  nl,
  pl,
  pt,
  'pt-BR': ptBR,
  ro,
  ru,
  sk,
  sl,
  sq,
  sr,
  'sr-Latn': srLatn,
  sv,
  th,
  tr,
  uk,
  ur,
  vi,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
