/**
 * `renderBanner` of `consentry/server`: the banner's first layer as HTML with a declarative
 * shadow root, drawn from the same source as the drop-in's (src/ui/consent-banner/first-layer.ts)
 * with the same styles, so that the drop-in adopts it without drawing it again
 * (docs/server-rendering.md, decision 0032).
 */
import { resolveConfig, isObject, type Config } from '../core/config.js';
import type { Mode } from '../core/types.js';
import { report } from '../core/report.js';
import { reportValue } from '../core/messages.js';
import { match, SHIPPED, tables, text, isRtl, MAX_TAG } from '../i18n/texts.js';
import { tables as shippedTables } from 'consentry:language-tables';
import { reset } from '../ui/css.js';
import { styles } from '../ui/consent-banner/consent-banner.styles.js';
import { firstLayer } from '../ui/consent-banner/first-layer.js';
import { escape, html } from './html.js';
import { readConsent } from '../entries/server.js';
import { header, type RequestLike } from './request.js';

// Every shipped language is here at once: a server has no reason to load them one by one.
Object.assign(tables, shippedTables);

/** Options of {@link renderBanner}. */
export interface RenderBannerOptions {
  /**
   * The site's configuration: the JSON configuration (what `data-config` names), as an object or
   * as JSON text, with the options the page sets as attributes under their JSON keys
   * (`policyUrl`, `layout`, `mode`, `cookieName`, `revision`…). Default: every option's default.
   */
  config?: Record<string, unknown> | string;
  /**
   * The banner's language (BCP 47): the page's `<html lang>` or the language you chose for the
   * visitor. Default: the configuration's `lang`, else the request's `Accept-Language` among
   * the shipped languages and the configuration's own texts, else English.
   */
  lang?: string;
  /** The `Accept-Language` header, when the first argument is a `Cookie` header rather than a request. */
  acceptLanguage?: string;
  /** The mode in force for this visitor (its region's rules, docs/regions.md). Default: the configuration's `mode`. */
  mode?: Mode;
  /** As `readConsent`'s `gpc`: with a request, its `Sec-GPC` header unless given. */
  gpc?: boolean;
  /** A CSP nonce for the banner's `<style>` element and its inline script (`style-src` and `script-src 'nonce-…'`). */
  nonce?: string;
}

/**
 * Without JavaScript, the banner shows in place: a popover and a modal dialog are otherwise
 * hidden until shown in the top layer. With JavaScript it stays hidden until then (the script
 * below, or the drop-in), whatever the layout's own `display`. Painted in place first (when a
 * style sheet still loading holds the script back but not the browser's first paint), it would
 * be painted again in the top layer, and that later paint counted as the page's Largest
 * Contentful Paint (decision 32).
 */
const FIRST_PAINT =
  '@media (scripting:none){[popover]:not(:popover-open),dialog:not([open]){display:block}}' +
  '@media (scripting:enabled){[popover]:not(:popover-open),dialog:not([open]){display:none!important}}';

/**
 * The inline script right after the banner: it shows the banner in the top layer (the modal
 * dialog with `showModal()`, else the popover) while the page is parsed, so that the first paint
 * has it there and the drop-in finds it open. Shown later, its text is painted again, and
 * Chromium reports that as a new, later Largest Contentful Paint (decision 32, amended). Escape
 * does not close the modal banner before the drop-in runs, as after. Where the popover API is
 * missing it does nothing (the drop-in leaves a fixed panel there too); where a named element
 * shadows `document.currentScript` (a hostile page), it does nothing and the drop-in shows the
 * banner, as before this script; without JavaScript,
 * FIRST_PAINT shows the banner in place. Under 300 bytes; its CSP hash is in docs/frameworks.md.
 */
const PROMOTE =
  'let b=document.currentScript.previousElementSibling?.shadowRoot?.querySelector("[part=banner]");' +
  'b?.showModal?(b.oncancel=e=>e.preventDefault(),b.showModal()):b?.showPopover?.()';

/** Configurations already resolved, so that a site's mistakes are reported once, not per request. */
const resolved = new WeakMap<object, Config>();
const parsed = new Map<string, Config>();

/** Resolves the configuration as the drop-in does, from JSON; a bad one is reported and the defaults used. */
export function configOf(given: unknown, name = 'renderBanner'): Config {
  if (isObject(given) && resolved.has(given)) return resolved.get(given)!;
  if (typeof given === 'string' && parsed.has(given)) return parsed.get(given)!;
  let json: unknown = given ?? {};
  if (typeof json === 'string')
    try {
      json = JSON.parse(json);
    } catch {
      json = undefined;
    }
  if (!isObject(json)) {
    reportValue(name + ' config', given, {}, 'is not a JSON object');
    json = {};
  }
  // `cookieDomain` is checked against the page's host, which a server has not: the banner does not need it.
  const config = resolveConfig({}, {}, null, { ...(json as Record<string, unknown>), cookieDomain: undefined });
  if (isObject(given)) resolved.set(given, config);
  else if (typeof given === 'string' && parsed.size < 100) parsed.set(given, config);
  return config;
}

let badLangs = 0;
export const TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

/**
 * The language tags of an `Accept-Language` header, most wanted first. A visitor's header is
 * bounded and never reported (it is not the site owner's mistake).
 */
function accepted(header: string | undefined): string[] {
  return (header ?? '')
    .slice(0, 1000)
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag, q] = part.trim().split(/\s*;\s*q=/);
      return { tag, q: q === undefined ? 1 : Number(q) || 0, i };
    })
    .filter((l) => l.q > 0 && l.tag.length <= MAX_TAG && TAG.test(l.tag))
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/** The banner's language: `lang`, else the configuration's, else the visitor's, else English. */
function chooseLang(config: Config, lang: unknown, header: string | undefined): string {
  const list = [...Object.keys(config.texts), 'en', ...SHIPPED];
  const site = lang ?? (config.lang === 'auto' ? undefined : config.lang);
  if (site !== undefined) {
    const found = typeof site === 'string' && site.length <= MAX_TAG && TAG.test(site) && match(site, list);
    if (found) return found;
    // At most a few: a page that passes the visitor's own language on must not fill the log.
    if (badLangs++ < 20) reportValue('lang', site, 'en', 'has no texts');
    return 'en';
  }
  for (const tag of accepted(header)) {
    const found = match(tag, list);
    if (found) return found;
  }
  return 'en';
}

/** The markup, for a configuration already resolved. */
function markup(config: Config, lang: string, nonce: string | undefined): string {
  const t = (key: string) => text(config, lang, key);
  const noop = () => {};
  const layer = firstLayer(html, config, t, { accept: noop, reject: noop, optOut: noop, ok: noop, preferences: noop });
  const scheme = config.theme === 'auto' ? 'light dark' : config.theme;
  const style = `${reset}${styles}${FIRST_PAINT}:host{color-scheme:${scheme}}`;
  return (
    `<consent-banner lang="${escape(lang)}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}"><template shadowrootmode="open">` +
    `<style${nonce ? ` nonce="${escape(nonce)}"` : ''}>${style}</style>` +
    `<div class="contents">${layer.html}</div><div class="contents"></div></template></consent-banner>` +
    `<script${nonce ? ` nonce="${escape(nonce)}"` : ''}>{${PROMOTE}}</script>`
  );
}

/**
 * The banner's first layer as HTML, for the visitor of this request, or `''` when the visitor
 * has a valid decision under the rules in force (as `readConsent` with the same configuration
 * finds it): the `<consent-banner>` element and the inline script that shows it in the top layer
 * before the first paint. Put it first in the page's `<body>`; the drop-in (loaded with `defer`)
 * adopts it without drawing it again. Never throws: a bad cookie is no decision (the banner), a bad configuration
 * or language is reported once and the defaults (English) used.
 *
 * @param input - a Fetch `Request`, Node's `IncomingMessage`, or the `Cookie` header (`''` at build time)
 * @example
 * res.end(page.replace('<!--banner-->', renderBanner(req, { config, lang: 'de' })));
 */
export function renderBanner(input: string | RequestLike | null | undefined, options: RenderBannerOptions = {}): string {
  try {
    if (!isObject(options)) {
      reportValue('renderBanner options', options, {}, 'is not an object');
      options = {};
    }
    const config = configOf(options.config);
    const mode = options.mode ?? config.mode;
    if (mode === 'none') return '';
    const request = input && typeof input === 'object' ? input : undefined;
    const consent = readConsent(input, {
      cookieName: config.cookieName,
      revision: config.revision,
      cookieDays: config.cookieDays,
      mode,
      gpc: config.honorGpc ? options.gpc : false,
      saleOrShare: config.categories.filter((c) => c.saleOrShare).map((c) => c.id),
      categories: Object.fromEntries(config.categories.filter((c) => c.id !== 'necessary').map((c) => [c.id, c.services.map((s) => s.id)])),
    });
    if (consent?.decided) return '';
    const lang = chooseLang(config, options.lang, options.acceptLanguage ?? (request && header(request, 'accept-language', ', ')));
    return markup({ ...config, mode }, lang, options.nonce);
  } catch (e) {
    // Not expected: the banner with the defaults is the safe answer for a visitor not known to have decided.
    report(`renderBanner failed (${String(e).slice(0, 200)}); rendering the default banner`);
    try {
      return markup(configOf({}), 'en', typeof options?.nonce === 'string' ? options.nonce : undefined);
    } catch {
      return '';
    }
  }
}

/**
 * The inline script that removes a banner written at build time for a visitor whose consent
 * cookie is there (its shape only: the drop-in still decides, and draws the banner again if the
 * record does not hold). Put it after the banner. Under 300 bytes; its CSP hash for the defaults
 * is in docs/server-rendering.md.
 */
export function hideSnippet({ cookieName = 'consentry', revision = '1' }: { cookieName?: unknown; revision?: unknown } = {}): string {
  // Checked as the drop-in checks these options; anything else is the default, as there.
  const name = /^[\w-]{1,64}$/.test(String(cookieName)) ? String(cookieName) : 'consentry';
  const rev = /^[\w.-]{1,40}$/.test(String(revision)) ? String(revision).replace(/\./g, '\\.') : '1';
  return `<script>/(^|; )${name}=[12]\\|${rev}\\|/.test(document.cookie)&&document.querySelector("consent-banner")?.remove()</script>`;
}
