import { diagnose } from './diagnose.js';
import {
  GA_ID,
  INVALID,
  LONG_TEXT,
  NOT_CATEGORY,
  NOT_JSON,
  NOT_NAME,
  NOT_SCRIPT,
  NOT_SERVICE,
  OVER,
  RANGE,
  REASK_OVER,
  TEXTS,
  TEXT_TABLE,
  TEXT_VALUE,
} from './messages.js';
import { own, webUrl, doc } from './guard.js';
import type { Category, CookieDecl, Mode, Service } from './types.js';
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

// Limits that keep hostile or huge configuration cheap: each is reported, and what is past it is
// cut or ignored (docs/security.md). A decision is remembered for this many categories and services.
const MAX_CATEGORIES = 50;
const MAX_SERVICES = 500;
const MAX_TEXT = 5000;
const MAX_DEPTH = 32;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Makes the parsed JSON cheap to use (each cut reported): texts longer than `MAX_TEXT` characters
 * are cut, and what nests deeper than `MAX_DEPTH` levels is dropped. Nothing sane nests so deep,
 * and every later walk of it (checks, reports) then stays shallow.
 */
function cut(v: any, depth = MAX_DEPTH): void {
  for (const k in v)
    if (v[k]?.length > MAX_TEXT && typeof v[k] == 'string') ((v[k] = v[k].slice(0, MAX_TEXT)), diagnose(LONG_TEXT, k, MAX_TEXT));
    else if (v[k] && typeof v[k] == 'object') depth > 1 ? cut(v[k], depth - 1) : (delete v[k], diagnose(OVER, 'config levels', MAX_DEPTH));
}

/**
 * Whether the parser is done with `el`: the page has been parsed, or some node follows it in the
 * document (the parser moves past an element only after its end tag). Until then a script
 * element's text may be only the part of it that the network has delivered so far.
 */
export function parserDoneWith(el: Element): boolean {
  if (doc.readyState !== 'loading') return true;
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

/**
 * The JSON configuration's element: the first `<script type="application/json">` that `selector`
 * matches. Any other element it matches (a visitor's `<p id="…">` placed before it) is reported
 * and ignored. Throws for a selector that is not valid.
 */
function jsonScript(selector: string): HTMLScriptElement | undefined {
  let found: HTMLScriptElement | undefined;
  for (const el of doc.querySelectorAll(selector))
    if (el instanceof HTMLScriptElement && el.type.trim().toLowerCase() === 'application/json') found ??= el;
    else diagnose(NOT_SCRIPT, selector, el.localName);
  return found;
}

/** The JSON configuration is named but not parsed yet (it comes later in the page, or is still arriving). */
export function jsonPending(selector: string): boolean {
  if (!selector || doc.readyState !== 'loading') return false;
  try {
    const el = jsonScript(selector);
    return !el || !parserDoneWith(el);
  } catch {
    return false;
  }
}

/** Loads the JSON configuration named by the `config` selector; reports and ignores a bad one. */
function readJson(selector: string): Record<string, unknown> {
  try {
    // Not parsed yet: boot.ts configures again at DOMContentLoaded.
    if (jsonPending(selector)) return {};
    const json = selector && JSON.parse(jsonScript(selector)!.text);
    if (isObject(json)) cut(json);
    if (isObject(json) || !selector) return json || {};
  } catch {
    /* reported below */
  }
  diagnose(NOT_JSON, selector);
  return {};
}

/** Turns a `/regex/` declaration into a RegExp; `null` for a plain name or an invalid pattern. */
export function toRegExp(pattern: string): RegExp | null {
  try {
    return /^\/.+\/$/.test(pattern) ? new RegExp(pattern.slice(1, -1)) : null;
  } catch {
    return null;
  }
}

/** Keeps the names and valid `/regex/` strings of a cookie or storage list. */
function names<T>(list: unknown, path: string, name: (item: any) => unknown): T[] {
  return (Array.isArray(list) ? list : []).filter((item) => {
    const n = name(item);
    const ok = typeof n === 'string' && !!n && (n[0] !== '/' || !!toRegExp(n));
    if (!ok) diagnose(NOT_NAME, path, item);
    return ok;
  });
}

/** Services declared so far in this configuration, for `LIMITS.services`. */
let serviceCount = 0;

/**
 * What a catalogue id stands for while the catalogue loads (`catalogue` is `null`): every id may
 * be known then, and a service that takes its name from this one waits for the catalogue
 * (src/services/index.ts drops it until the catalogue arrives, then configures again).
 */
export const PENDING: Partial<Service> = { name: '\0' };

/** Normalises a service declaration: an id (looked up in `catalogue`, `null` while it loads) or an object. */
function service(raw: unknown, path: string, catalogue: Catalogue | null): Service | undefined {
  if (++serviceCount > MAX_SERVICES) return void diagnose(OVER, 'services', MAX_SERVICES);
  const decl = isObject(raw) ? raw : { id: raw };
  const id = decl.id;
  const known = catalogue ? own(catalogue, id) : PENDING;
  if (typeof id !== 'string' || !ID.test(id) || (!known && !isObject(raw))) {
    diagnose(NOT_SERVICE, path, raw);
    return undefined;
  }
  const s = { ...known, ...decl };
  return {
    id,
    name: str(s.name) || id,
    provider: str(s.provider),
    purpose: str(s.purpose),
    privacyUrl: str(s.privacyUrl),
    cookies: names<string | CookieDecl>(s.cookies, path + '.cookies', (c) => (isObject(c) ? c.name : c)).map((c) => (isObject(c) ? c : { name: c })),
    storage: names<string>(s.storage, path + '.storage', (k) => k),
  };
}

/** Builds the category list from the `categories` attribute, else the JSON `categories` keys. */
function categories(list: string | undefined, json: unknown, catalogue: Catalogue | null): Category[] {
  const defs = isObject(json) ? json : {};
  const ids: string[] = [];
  const source = list ?? (isObject(json) ? Object.keys(json).join(' ') : OPTIONS[0][1]);
  serviceCount = 0;
  for (const id of source.split(/[\s,]+/)) {
    if (ids.length == MAX_CATEGORIES) {
      diagnose(OVER, 'categories', MAX_CATEGORIES);
      break;
    }
    if (!ID.test(id)) id && diagnose(NOT_CATEGORY, id);
    else if (id !== 'necessary' && !ids.includes(id)) ids.push(id);
  }
  return ['necessary', ...ids].map((id) => {
    const def = isObject(own(defs, id)) ? defs[id] : {};
    return {
      id,
      label: str(def.label),
      description: str(def.description),
      saleOrShare: def.saleOrShare === true,
      services: (Array.isArray(def.services) ? def.services : [])
        .map((s: unknown, i: number) => service(s, `categories.${id}.services[${i}]`, catalogue))
        .filter((s: Service | undefined): s is Service => !!s),
    };
  });
}

/** Checks the `texts` object: `{ lang: { key: string } }`; anything else is reported and dropped. */
function texts(json: unknown): Config['texts'] {
  // Looked up by language and key: no inherited name may be found as a text.
  const out: Config['texts'] = Object.create(null);
  for (const [lang, table] of Object.entries(isObject(json) ? json : {})) {
    if (!isObject(table)) diagnose(TEXT_TABLE, lang, table);
    out[lang] = Object.create(null);
    for (const [key, value] of Object.entries(isObject(table) ? table : {})) {
      if (typeof value === 'string') out[lang][key] = value;
      else diagnose(TEXT_VALUE, lang, key, value);
    }
  }
  if (json !== undefined && !isObject(json)) diagnose(TEXTS, json);
  return out;
}

/**
 * Resolves the configuration. Precedence: element attribute, then `data-*` on the script tag,
 * then the JSON configuration's camelCase key, then the default. Every bad value is reported
 * once and replaced by its safe default. `given` is the JSON configuration already read (with a
 * region's rules applied, see src/regions/apply.ts); otherwise the `config` option names it.
 */
export function resolveConfig(element: RawOptions, script: RawOptions, catalogue: Catalogue | null = {}, given?: Record<string, unknown>): Config {
  const json = given ?? readJson(element.config ?? script.config ?? '');
  const out: Record<string, any> = { json, texts: texts(json.texts) };
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
  out.categories = categories(element.categories ?? script.categories, json.categories, catalogue);
  // `auto` is null until resolved; `UK` is the ISO code `GB`.
  out.region = out.region === 'auto' ? null : out.region === 'UK' ? 'GB' : out.region;
  out.gaId = (out.gaId as string).split(/[\s,]+/).filter((id) => id && (/^(G|UA|GT|AW|DC)-[A-Z\d-]+$/.test(id) || diagnose(GA_ID, id)));
  return out as Config;
}
