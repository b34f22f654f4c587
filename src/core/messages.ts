/**
 * The wording of the configuration diagnostics: every `[consentry] …` message the drop-in's own
 * modules print, by code. The modules report through `diagnose(code, …)` (diagnose.ts) and never
 * hold the words themselves: in the drop-in, `diagnose` is swapped at build time for
 * src/loader/diagnose-lazy.ts, which loads this table (`dist/consentry.diagnostics.js`) only on a
 * page that has something to report, so that the drop-in every page loads does not carry it
 * (docs/performance.md). The checks, and the safe values used instead, stay where they are.
 */
import { report } from './report.js';

/**
 * Reports an invalid option value together with the value used instead; returns `false`. A
 * string is shown in quotes, anything else as JSON (`services[2]=42`), each cut at 80 characters:
 * callers pass the value as it was given, never already quoted.
 */
export function reportValue(key: string, value: unknown, used: unknown, why = 'is invalid'): false {
  const shown = typeof value == 'string' ? `"${value.slice(0, 80)}"` : String(JSON.stringify(value)).slice(0, 80);
  report(`${key}=${shown} ${why}; using ${JSON.stringify(used)}`);
  return false;
}

// The codes the modules report with: numbers, so that the drop-in carries a digit or two per
// report rather than a name (rollup and terser put the number in place of the constant).
export const INVALID = 0;
export const RANGE = 1;
export const OVER = 2;
export const LONG_TEXT = 3;
export const NOT_SCRIPT = 4;
export const NOT_JSON = 5;
export const NOT_NAME = 6;
export const NOT_SERVICE = 7;
export const NOT_CATEGORY = 8;
export const TEXTS = 9;
export const TEXT_TABLE = 10;
export const TEXT_VALUE = 11;
export const TEXT_MISSING = 12;
export const GA_ID = 13;
export const GA_CATEGORY = 14;
export const LANG_LONG = 15;
export const LANG_NO_TEXTS = 16;
export const NOT_LANGUAGE_FILE = 17;
export const UNKNOWN_CHOICE = 18;
export const REFUSE_NECESSARY = 19;
export const CONSENT_MODE_REGIONS = 20;
export const CONSENT_MODE_REGION = 21;
export const REASK_OVER = 22;

/** Every message by code; each is called with the details it names. */
export const MESSAGES = {
  /** An option's value does not pass its check. */
  [INVALID]: (key: string, value: unknown, used: unknown) => reportValue(key, value, used),
  /** A number outside its range, clamped. */
  [RANGE]: (key: string, value: unknown, used: number) => reportValue(key, value, used, 'is out of range'),
  /** A list or nesting past its limit (docs/security.md). */
  [OVER]: (what: string, max: number) => report(`${what}: more than ${max}; the rest are ignored`),
  /** A text of the JSON configuration past its limit, cut. */
  [LONG_TEXT]: (key: string, max: number) => report(`config text "${key}": more than ${max}; the rest are ignored`),
  /** The `config` selector matches an element that is not a JSON script. */
  [NOT_SCRIPT]: (selector: string, tag: string) => report(`config="${selector}" matches a <${tag}>, not a JSON <script>; ignored`),
  /** The `config` selector names no JSON configuration. */
  [NOT_JSON]: (selector: string) => reportValue('config', selector, 'the attributes alone', 'is not a JSON configuration'),
  /** A cookie or storage entry that is neither a name nor a valid `/regex/`. */
  [NOT_NAME]: (path: string, item: unknown) => reportValue(path, item, 'nothing', 'is not a name or /regex/'),
  /** A service that is neither a catalogue id nor a declaration. */
  [NOT_SERVICE]: (path: string, raw: unknown) => reportValue(path, raw, 'nothing', 'is not a known service'),
  [NOT_CATEGORY]: (id: string) => reportValue('categories', id, 'nothing', 'is not a category id'),
  /** `texts` is not an object of tables. */
  [TEXTS]: (json: unknown) => reportValue('texts', json, {}),
  /** `texts.<lang>` is not a table. */
  [TEXT_TABLE]: (lang: string, table: unknown) => reportValue('texts.' + lang, table, {}),
  /** `texts.<lang>.<key>` is not a string. */
  [TEXT_VALUE]: (lang: string, key: string, value: unknown) => reportValue(`texts.${lang}.${key}`, value, 'the built-in text'),
  /** With `debug`: a text the site's language lacks. */
  [TEXT_MISSING]: (lang: string, key: string) => report(`texts.${lang}.${key} is missing; using English`),
  [GA_ID]: (id: string) => reportValue('ga-id', id, 'nothing'),
  [GA_CATEGORY]: () => report('ga-id needs the "analytics" category; GA stays disabled'),
  [LANG_LONG]: (tag: string) => reportValue('lang', tag, 'the next language', 'is too long'),
  [LANG_NO_TEXTS]: (lang: string) => reportValue('lang', lang, 'en', 'has no texts'),
  /** A shipped language file that registered no table. */
  [NOT_LANGUAGE_FILE]: (url: string) => report(`${url} is not a language file; using English`),
  /** `Consentry.set()` with an id that is no category or service. */
  [UNKNOWN_CHOICE]: (key: string) => report(`set(): unknown category or service "${key}"; ignored`),
  [REFUSE_NECESSARY]: () => report('set(): "necessary" cannot be refused; ignored'),
  [CONSENT_MODE_REGIONS]: (table: unknown) => reportValue('consentModeRegions', table, []),
  /** `reask-after` longer than the record's lifetime, capped. */
  [REASK_OVER]: (value: unknown, used: number) => reportValue('reask-after', value, used, 'is more than cookie-days'),
  [CONSENT_MODE_REGION]: (i: number, entry: unknown) => reportValue(`consentModeRegions[${i}]`, entry, 'nothing', 'is not a region default'),
};

/** The messages' table, as the diagnostics chunk hands it over. */
export type Messages = typeof MESSAGES;

/** Reports the message `code` with its details; returns `false` (for filters). */
export type Diagnose = <C extends keyof Messages>(code: C, ...args: Parameters<Messages[C]>) => false;
