import { diagnose } from './diagnose.js';
import { GA_ID, INVALID, NOT_CATEGORY, OVER, RANGE, REASK_OVER } from './messages.js';
import { webUrl } from './guard.js';
import type { RegionDefault } from '../integrations/consent-mode.js';
import type { Category, Mode, Service } from './types.js';
import { ID } from './ids.js';
import { FLAG, OPTIONS, URL_, type Check } from './options.js';

export { ID };

/** The resolved configuration: every option of docs/configuration.md, parsed and checked. */
export interface Config {
  categories: Category[];
  policyUrl: string;
  revision: string;
  mode: Mode;
  /**
   * The region in force: the `region` option's ISO 3166 code, `null` for `auto`; with the JSON
   * `regions`, the region resolved, `null` when unknown (docs/regions.md).
   */
  region: string | null;
  /** With `regions`: the rules are not known yet (the regions chunk is loading). Nothing optional runs, no banner. */
  pending?: boolean;
  /** The JSON configuration comes later in the page: this one lacks its categories and services, and the drop-in writes no decision of its own with it. */
  partial?: boolean;
  lang: string;
  layout: 'bar' | 'box' | 'modal';
  position: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center';
  theme: 'light' | 'dark' | 'auto';
  cookieName: string;
  cookieDomain: string;
  cookiePath: string;
  cookieDays: number;
  /** Days a refusal stands through a new `revision` (docs/regions.md); at most `cookieDays`. */
  reaskAfter: number;
  /** Optional categories the region's rules grant without asking (docs/regions.md); set by src/regions/apply.ts. */
  exempt?: string[];
  gaId: string[];
  consentMode: boolean;
  waitForUpdate: number;
  adsDataRedaction: boolean;
  urlPassthrough: boolean;
  datalayer: boolean;
  honorGpc: boolean;
  honorDnt: boolean;
  consentEndpoint: string;
  impressions: boolean;
  config: string;
  reloadOnRevoke: boolean;
  /** CSS selector of the containers of visitors' markup, which gating never activates. */
  userContent: string;
  revisit: 'button' | 'none';
  debug: boolean;
  /** Site texts per language, from the JSON configuration. */
  texts: Record<string, Record<string, string>>;
  /** The parsed JSON configuration, for the parts that other modules check themselves. */
  json: Record<string, unknown>;
  /** Consent Mode's per-region defaults (`consentModeRegions`, checked by src/core/json-config.ts). */
  consentModeRegions?: RegionDefault[];
  /** The experiment arm this visitor is shown (src/experiments/), when the configuration runs one. */
  arm?: string;
  /** Services named by catalogue id are left out until the catalogue, which is loading, arrives. */
  waiting?: boolean;
}

/** Well-known services by id (the services chunk, src/vendors/catalogue.ts). */
export type Catalogue = Record<string, Partial<Service>>;

/** Raw option values by attribute name, as read from an element's attributes. */
export type RawOptions = Record<string, string | undefined>;

/** Every attribute name Consentry reads, for `observedAttributes` and `data-*` lookups. */
export const ATTRIBUTES: string[] = OPTIONS.map((o) => o[0]);

/** Parses one raw value; `undefined` when it is not acceptable. */
function parse(raw: string, check: Check): unknown {
  if (check === FLAG) return /^(|true|on|yes|1)$/.test(raw) || (/^(false|off|no|0)$/.test(raw) ? false : undefined);
  // Relative links are fine; only http(s) can be followed, so `javascript:` never becomes a link.
  if (check === URL_) return webUrl(raw) ? raw : undefined;
  if (Array.isArray(check)) return /^-?\d+(\.\d+)?$/.test(raw) ? +raw : undefined;
  return (check as RegExp).test(raw) ? raw : undefined;
}

/** An option's default in its parsed form, without checking it: defaults are valid by construction. */
const initial = (fallback: string, check: Check): unknown =>
  check === FLAG ? fallback === 'true' || fallback === 'on' : Array.isArray(check) ? +fallback : fallback;

/** Reads the options present as attributes on `el`, with `prefix` (`data-` on the script tag). */
export function readAttributes(el: Element | null | undefined, prefix = ''): RawOptions {
  const raw: RawOptions = {};
  for (const name of ATTRIBUTES) {
    const value = el?.getAttribute(prefix + name);
    if (value != null) raw[name] = value;
  }
  return raw;
}

export const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Categories past this many are reported and ignored: a decision is remembered for 50 (docs/security.md). */
const MAX_CATEGORIES = 50;

/**
 * The categories by id: from the `categories` option (attribute, `data-*`), else the JSON
 * `categories` keys, else the default; `necessary` first, each once. Their labels, descriptions
 * and services come from the JSON configuration (src/core/json-config.ts).
 */
function categories(list: string | undefined, json: unknown): Category[] {
  const ids: string[] = [];
  for (const id of (list ?? (isObject(json) ? Object.keys(json).join(' ') : OPTIONS[0][1])).split(/[\s,]+/)) {
    if (ids.length == MAX_CATEGORIES) {
      diagnose(OVER, 'categories', MAX_CATEGORIES);
      break;
    }
    if (!ID.test(id)) id && diagnose(NOT_CATEGORY, id);
    else if (id !== 'necessary' && !ids.includes(id)) ids.push(id);
  }
  return ['necessary', ...ids].map((id) => ({ id, saleOrShare: false, services: [] }));
}

/**
 * Resolves the options. Precedence: element attribute, then `data-*` on the script tag, then the
 * JSON configuration's camelCase key (`json`, already read), then the default. Every bad value is
 * reported once and replaced by its safe default. What only a JSON configuration holds (texts,
 * the categories' words and services) is added by src/core/json-config.ts (`resolveConfig`).
 */
export function resolveOptions(element: RawOptions, script: RawOptions, json: Record<string, unknown> = {}): Config {
  // Looked up by language and key: no inherited name may be found as a text.
  const out: Record<string, any> = { json, texts: Object.create(null) };
  for (const [name, fallback, check] of OPTIONS) {
    const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const fromJson = json[key];
    const raw = element[name] ?? script[name] ?? (name !== 'categories' && fromJson != null ? String(fromJson) : undefined);
    let value = raw == null ? initial(fallback, check) : parse(raw.trim(), check);
    if (name === 'cookie-domain' && value) {
      value = (value as string).replace(/^\./, '').toLowerCase();
      const host = location.hostname;
      if (host !== value && !host.endsWith('.' + value)) value = undefined;
    }
    if (value === undefined) diagnose(INVALID, name, raw, (value = initial(fallback, check)));
    if (Array.isArray(check)) {
      const clamped = Math.round(Math.min(check[1], Math.max(check[0], value as number)));
      if (clamped !== value) diagnose(RANGE, name, raw, clamped);
      value = clamped;
    }
    out[key] = value;
  }
  // The default follows a shorter `cookie-days` quietly; a value the site gave is reported.
  if (out.reaskAfter > out.cookieDays)
    (element['reask-after'] ?? script['reask-after'] ?? json.reaskAfter) != null
      ? diagnose(REASK_OVER, out.reaskAfter, (out.reaskAfter = out.cookieDays))
      : (out.reaskAfter = out.cookieDays);
  out.categories = categories(element.categories ?? script.categories, json.categories);
  // `auto` is null until resolved; `UK` is the ISO code `GB`.
  out.region = out.region === 'auto' ? null : out.region === 'UK' ? 'GB' : out.region;
  out.gaId = (out.gaId as string).split(/[\s,]+/).filter((id) => id && (/^(G|UA|GT|AW|DC)-[A-Z\d-]+$/.test(id) || diagnose(GA_ID, id)));
  return out as Config;
}
