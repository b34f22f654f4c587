import { ZONES } from './zones.js';

/** The rules of a region: options in JSON-configuration form (`mode`, `categories`, `honorGpc`, `texts`, …). */
type Rules = Record<string, unknown>;

/** A checked entry of the JSON `regions` table: its key's tokens and its rules. */
export interface RegionEntry {
  keys: string[];
  rules: Rules;
}

/** A Consent Mode default for some regions (the shape of `consentModeRegions`). */
export interface RegionDefault {
  region: string[];
  analytics: boolean;
  advertising: boolean;
  functional: boolean;
}

/** What the regions chunk resolves: the region in force (null when unknown) and its rules. */
export interface Resolved {
  region: string | null;
  rules: Rules;
  /** Consent Mode defaults per region, from the same table. */
  consentMode: RegionDefault[];
  /** The rules' options as attributes (`honor-gpc`), which win over the page's own. */
  attrs: Record<string, string>;
  /** The JSON configuration with the rules' keys in place (`texts` merged language by language). */
  json: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Applies a region's rules to the JSON configuration and as attributes, so that they win over
 * the page's attributes. A region's `texts` change some texts of a language, not the whole
 * table; its `categories` is a list of ids (definitions from the top level) or definitions.
 */
function overrides(json: Record<string, unknown>, rules: Rules): Pick<Resolved, 'attrs' | 'json'> {
  const attrs: Record<string, string> = {};
  const texts: Record<string, unknown> = { ...(isObject(json.texts) ? json.texts : {}) };
  for (const [l, t] of Object.entries(isObject(rules.texts) ? rules.texts : {})) texts[l] = { ...(texts[l] as object), ...t };
  for (const [k, v] of Object.entries(rules)) if (v != null && typeof v !== 'object') attrs[k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())] = String(v);
  const cats = rules.categories;
  if (isObject(cats)) attrs.categories = Object.keys(cats).join(' ');
  return { attrs, json: { ...json, ...rules, texts, categories: isObject(cats) ? cats : json.categories } };
}

const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/**
 * US states with a comprehensive consumer privacy law in force (ISO 3166-2), as listed in
 * docs/regions.md with the date the list was last checked.
 */
export const US_PRIVACY = 'CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA'.split(' ').map((s) => 'US-' + s);

/** The built-in groups, by name; `UK` is the ISO code `GB`. */
export const GROUPS: Record<string, string[]> = {
  EU,
  EEA: [...EU, 'IS', 'LI', 'NO'],
  UK: ['GB'],
  CH: ['CH'],
  'US-PRIVACY': US_PRIVACY,
};

/** An ISO 3166-1 alpha-2 code or an ISO 3166-2 subdivision code. */
const CODE = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;

/** Keys a region's rules may not set: they choose the region, so they are the same everywhere. */
const FIXED = ['config', 'region', 'regions'];

/** How protective a mode is: a visitor whose zone spans several states gets the highest. */
const STRICTNESS: Record<string, number> = { none: 0, notice: 1, 'opt-out': 2, 'opt-in': 3 };

/**
 * How specifically `key` names `region` (higher wins; 0: it does not): a subdivision's own code,
 * then `US-PRIVACY`, then the country (its code, `UK`, `CH`), `EU`, `EEA`, `*`. `unknown` names
 * only the unknown region.
 */
export function rank(key: string, region: string | null): number {
  if (!region) return key === 'unknown' ? 1 : 0;
  const country = region.slice(0, 2);
  if (key === region) return region.length > 2 ? 6 : 4;
  if (key === 'US-PRIVACY') return US_PRIVACY.includes(region) ? 5 : 0;
  if (key === country || (key === 'UK' && country === 'GB')) return 4;
  if (key === 'EU' || key === 'EEA') return GROUPS[key].includes(country) ? (key === 'EU' ? 3 : 2) : 0;
  return key === '*' ? 1 : 0;
}

/** Checks the JSON `regions` table; bad keys and values are reported and left out. */
export function entries(table: unknown, report: (key: string, value: unknown, used: unknown, why?: string) => unknown): RegionEntry[] {
  const out: RegionEntry[] = [];
  if (!isObject(table)) {
    report('regions', JSON.stringify(table), {}, 'is not an object of region rules');
    return out;
  }
  for (const [key, value] of Object.entries(table)) {
    const keys = key.split(/\s+/).filter((k) => {
      const ok = k === '*' || k === 'unknown' || Object.hasOwn(GROUPS, k) || CODE.test(k);
      if (!ok) report(`regions["${key}"]`, k, 'nothing', 'is not a region code or group');
      return ok;
    });
    if (!isObject(value)) {
      report(`regions["${key}"]`, JSON.stringify(value), 'nothing', 'is not an object of options');
      continue;
    }
    // fromEntries makes own properties only: a `__proto__` key cannot become the rules' prototype.
    const rules: Rules = Object.fromEntries(
      Object.entries(value).filter(([k, v]) => !FIXED.includes(k) || report(`regions["${key}"].${k}`, JSON.stringify(v), 'nothing', 'cannot differ by region')),
    );
    if (keys.length) out.push({ keys, rules });
  }
  return out;
}

/** The most specific entry for `region` (ties: the first in the table), and how specific it is. */
export function match(list: RegionEntry[], region: string | null): [RegionEntry | undefined, number] {
  let best: RegionEntry | undefined;
  let bestRank = 0;
  for (const e of list)
    for (const k of e.keys) {
      const r = rank(k, region);
      if (r > bestRank) [best, bestRank] = [e, r];
    }
  return [best, bestRank];
}

let zones: Map<string, string[]> | undefined;

/** The regions a time zone covers: one country, several US states, or none (`UTC`, `Etc/*`, unlisted). */
export function zoneRegions(zone: string): string[] {
  if (!zones) {
    zones = new Map();
    for (const part of ZONES.split(';')) {
      const [codes, names] = part.split(':');
      for (const name of names.split(' ')) zones.set(name, codes.split(','));
    }
  }
  return zones.get(zone) ?? [];
}

/**
 * The browser's time zone (an IANA name), or '' where it cannot say. `Temporal.Now.timeZoneId()`
 * where the browser has it: the same answer as `Intl.DateTimeFormat().resolvedOptions().timeZone`
 * without that first date format's cost (loading the locale's date patterns: 40 to 100 ms and
 * more in Chromium on a loaded machine, against 0.1 ms; docs/regions.md).
 */
export function browserZone(): string {
  try {
    const temporal = (globalThis as { Temporal?: { Now: { timeZoneId(): string } } }).Temporal;
    return (temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone) || '';
  } catch {
    return '';
  }
}

/** The rules for the unknown region: `unknown`'s if given, else opt-in (when in doubt, ask). */
const unknown = (list: RegionEntry[]): Rules => match(list, null)[0]?.rules ?? { mode: 'opt-in' };

/** A region's mode: its rules', else the configuration's own. */
const modeOf = (rules: Rules, base: string) => (typeof rules.mode === 'string' && rules.mode in STRICTNESS ? rules.mode : base);

/**
 * Resolves the region in force and its rules. `given` is the `region` option (`auto`, or a code
 * the server filled in); `auto` asks the browser's time zone. A zone that covers several US
 * states takes the most protective rules among them (the first listed on a tie), and that
 * state is the region in force.
 */
export function resolveRegion(
  table: RegionEntry[],
  given: string,
  base: { mode: string; honorGpc: boolean },
  zone = browserZone(),
  json: Record<string, unknown> = {},
): Resolved {
  // `XX` is what CDNs send when they cannot tell the country.
  const candidates = given === 'auto' ? zoneRegions(zone) : given === 'XX' ? [] : [given === 'UK' ? 'GB' : given];
  let region: string | null = null;
  let rules = unknown(table);
  let strictest = -1;
  for (const c of candidates) {
    const r = match(table, c)[0]?.rules ?? {};
    const s = STRICTNESS[modeOf(r, base.mode)];
    if (s > strictest) [region, rules, strictest] = [c, r, s];
  }
  return { region, rules, consentMode: consentModeDefaults(table, base), ...overrides(json, rules) };
}

/** Every code an entry's key names, for Consent Mode (groups expanded; `*` and `unknown` name none). */
const codes = (key: string): string[] => GROUPS[key] ?? (CODE.test(key) ? [key] : []);

/**
 * Consent Mode defaults per region from the same table, so that Google's tags apply the same
 * rules: opt-in denies, other modes grant, and a honoured Global Privacy Control signal denies
 * advertising. A code named by several entries goes only to the most specific.
 */
export function consentModeDefaults(table: RegionEntry[], base: { mode: string; honorGpc: boolean }): RegionDefault[] {
  const owner = new Map<string, [number, RegionEntry]>();
  for (const e of table)
    for (const k of e.keys)
      for (const c of codes(k)) {
        const r = rank(k, c);
        if (r > (owner.get(c)?.[0] ?? 0)) owner.set(c, [r, e]);
      }
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  return table.flatMap((e) => {
    const region = [...owner].filter(([, [, o]]) => o === e).map(([c]) => c);
    const granted = modeOf(e.rules, base.mode) !== 'opt-in';
    // An exempt category is granted without asking (docs/regions.md).
    const on = (id: string) => granted || (Array.isArray(e.rules.exempt) && e.rules.exempt.includes(id));
    const honorGpc = typeof e.rules.honorGpc === 'boolean' ? e.rules.honorGpc : base.honorGpc;
    return region.length ? [{ region, analytics: on('analytics'), advertising: on('advertising') && !(gpc && honorGpc), functional: on('functional') }] : [];
  });
}
