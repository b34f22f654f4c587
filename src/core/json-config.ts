import { diagnose } from './diagnose.js';
import { LONG_TEXT, NOT_JSON, NOT_NAME, NOT_SCRIPT, NOT_SERVICE, OVER, TEXTS, TEXT_TABLE, TEXT_VALUE } from './messages.js';
import { own, doc } from './guard.js';
import { ID } from './ids.js';
import { isObject, resolveOptions, type Catalogue, type Config, type RawOptions } from './resolve.js';
import type { Category, CookieDecl, Service } from './types.js';
import { regions } from '../integrations/consent-mode.js';

// What only a JSON configuration holds, read and checked: the `consentry.json.js` chunk, which the
// drop-in loads when the `config` option names one (docs/configuration.md), and the server's
// renderers. A page configured by attributes alone never loads it (docs/performance.md).

// Limits that keep hostile or huge configuration cheap: each is reported, and what is past it is
// cut or ignored (docs/security.md). A decision is remembered for this many services.
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

/** Gives the categories (their ids resolved by config.ts) their JSON words and services. */
function define(list: Category[], json: unknown, catalogue: Catalogue | null): void {
  const defs = isObject(json) ? json : {};
  serviceCount = 0;
  for (const c of list) {
    const def = isObject(own(defs, c.id)) ? defs[c.id] : {};
    c.label = str(def.label);
    c.description = str(def.description);
    c.saleOrShare = def.saleOrShare === true;
    c.services = (Array.isArray(def.services) ? def.services : [])
      .map((s: unknown, i: number) => service(s, `categories.${c.id}.services[${i}]`, catalogue))
      .filter((s: Service | undefined): s is Service => !!s);
  }
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
 * Resolves the whole configuration: the options (resolve.ts `resolveOptions`, with the JSON
 * configuration's keys) and what only the JSON holds: its texts, the categories' words and
 * services (`catalogue`: the service catalogue, `null` while it loads), Consent Mode's per-region
 * defaults. `given` is the JSON configuration already read (with a region's rules applied, see
 * src/regions/apply.ts); otherwise the `config` option names it.
 */
export function resolveConfig(element: RawOptions, script: RawOptions, catalogue: Catalogue | null = {}, given?: Record<string, unknown>): Config {
  const json = given ?? readJson(element.config ?? script.config ?? '');
  const config = resolveOptions(element, script, json);
  config.texts = texts(json.texts);
  define(config.categories, json.categories, catalogue);
  config.consentModeRegions = regions(json.consentModeRegions);
  return config;
}
