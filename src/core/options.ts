/**
 * The option table: every option Consentry reads, as an attribute of `<consent-banner>`, as
 * `data-*` on the drop-in's script tag and as the camelCase key of the JSON configuration. This is
 * the one list of options. The attribute parser (config.ts) reads it; the build and the docs derive
 * the rest from it together with the descriptions in src/schema/options-docs.ts (kept out of the
 * drop-in): the JSON Schema's attributes, the `<consent-banner>` attributes of the
 * custom-elements manifest and the table of docs/configuration.md. Pure data: no DOM.
 */

/** A boolean: `true`/`on`/`yes`/`1`/empty or `false`/`off`/`no`/`0`. */
export const FLAG = 0;
/** A link: http(s) or relative (never `javascript:` and the like). */
export const URL_ = 1;
/** A number, clamped to [min, max]. */
type Range = readonly [number, number];
/** What a valid value looks like: a pattern, `FLAG`, `URL_` or a `Range`. */
export type Check = RegExp | typeof FLAG | typeof URL_ | Range;

/** Every option: attribute name, default (as the attribute would give it), and its check. */
export const OPTIONS = [
  ['categories', 'analytics advertising', /^/],
  ['policy-url', '', URL_],
  ['revision', '1', /^[\w.-]{1,40}$/],
  ['mode', 'opt-in', /^(opt-in|opt-out|notice|none)$/],
  // ISO 3166-1 alpha-2 or ISO 3166-2; `UK` (not an ISO code) is taken as `GB` (config.ts).
  ['region', 'auto', /^(auto|[A-Z]{2}(-[A-Z\d]{1,3})?)$/],
  // At most 35 characters (MAX_TAG in i18n/texts.ts), checked first so that a huge value costs nothing.
  ['lang', 'auto', /^(?=.{2,35}$)(auto|[a-z]{2,3}(-[a-z\d]{2,8})*)$/i],
  ['layout', 'bar', /^(bar|box|modal)$/],
  ['position', 'bottom', /^(bottom|top|bottom-left|bottom-right|center)$/],
  ['theme', 'auto', /^(light|dark|auto)$/],
  ['cookie-name', 'consentry', /^[\w-]{1,64}$/],
  // A browser silently drops a cookie for a domain that is not this host or a parent of it (config.ts).
  ['cookie-domain', '', /^/],
  ['cookie-path', '/', /^\/[^;\s]*$/],
  ['cookie-days', '182', [1, 395]],
  // Never more than `cookie-days` (config.ts): a refusal cannot outlive its record.
  ['reask-after', '182', [0, 395]],
  ['ga-id', '', /^/],
  ['consent-mode', 'on', FLAG],
  ['wait-for-update', '500', [0, 60000]],
  ['ads-data-redaction', 'true', FLAG],
  ['url-passthrough', 'false', FLAG],
  ['datalayer', 'off', FLAG],
  ['honor-gpc', 'true', FLAG],
  ['honor-dnt', 'false', FLAG],
  ['consent-endpoint', '', URL_],
  ['impressions', 'on', FLAG],
  ['config', '', /^/],
  ['reload-on-revoke', 'false', FLAG],
  // A CSS selector, checked where it is used (gating, in the extras chunk).
  ['user-content', '', /^/],
  ['revisit', 'button', /^(button|none)$/],
  ['debug', 'false', FLAG],
] as const satisfies ReadonlyArray<readonly [string, string, Check]>;

/** An option's attribute name. */
export type OptionName = (typeof OPTIONS)[number][0];
