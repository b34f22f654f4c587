import type { html as Html, render as Render } from 'lit/html.js';
import type { hydrate as Hydrate } from '@lit-labs/ssr-client';
import type * as Consent from '../core/consent.js';
import type { ConsentryApi } from '../api.js';
import { jsonPending } from '../core/json-config.js';
import { loadPurposes } from '../i18n/purpose.js';
import { shipped } from '../i18n/texts.js';
import { noticeLanguage, type Notice } from './context.js';
import { styles } from './styles.js';
import { builtIn, FAILED, LANGUAGES, loadTable, type LoadChunk } from './texts/index.js';
import type { Report } from './validate.js';
import { parseNotice, undecided, view, type Scene, type UiText } from './view.js';
import { doc } from '../core/guard.js';
import { adoptCss } from '../ui/css.js';

/** Everything the drop-in hands to the notice. */
export interface Host {
  html: typeof Html;
  render: typeof Render;
  consent: typeof Consent;
  api: ConsentryApi;
  report: Report;
  text: UiText;
  /** Loads a chunk (`loadChunk` of src/lazy.ts): the notice's other languages. */
  load: LoadChunk;
  /**
   * Makes the UI texts of a language available (`loadLanguage` of src/i18n/load.ts, with
   * `shipped`): true when there is nothing to wait for, else calls `done` once they are.
   */
  uiLanguage(lang: string, done: () => void): boolean;
  /** lit-html's `hydrate` (the `lit` chunk's): takes over a notice rendered on a server. */
  hydrate: typeof Hydrate;
}

/** The scene of the browser: the live configuration and state, the page's host and the signals the browser sends. */
function liveScene(host: Host): Scene {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  const { html, api, text } = host;
  return {
    html,
    api,
    text,
    config: host.consent.getConfig(),
    snap: host.consent.snapshot(),
    hostname: location.hostname,
    signals: { gpc: nav.globalPrivacyControl === true, dnt: nav.doNotTrack === '1' },
  };
}

/**
 * Takes over a notice that a server rendered into `el` (`renderNotice` of `consentry/server`,
 * which marks it `data-rendered` with the host name it used): lit-html adopts its nodes as they
 * are, given the template and values the server rendered them from (its scene: no decision, no
 * signal), so that the render that follows changes only the live parts. False when there is
 * none, or when it is not what this configuration and language render (another revision of the
 * page, markup edited since): then the caller draws the notice anew.
 */
function adopt(el: HTMLElement, host: Host, notice: Notice, lang: string, level: number, update: () => void): boolean {
  const rendered = el.getAttribute('data-rendered');
  const root = el.querySelector<HTMLElement>(':scope > .consentry-notice');
  if (rendered === null || !root) return false;
  const live = liveScene(host);
  const server: Scene = { ...live, snap: undecided(live.config), hostname: rendered, signals: { gpc: false, dnt: false } };
  try {
    if (root.lang !== lang) throw new Error(`it is in "${root.lang.slice(0, 40)}", the notice in "${lang}"`);
    host.hydrate(view(server, notice, lang, level, update), el);
    return true;
  } catch (e) {
    host.report(`<privacy-notice>: the server-rendered notice does not match this page's configuration (${String(e).slice(0, 120)}); drawn again`);
    return false;
  }
}

/**
 * The language a notice is shown in, once its texts are here: `wanted` (see `noticeLanguage`),
 * else English, reported once. Returns undefined while a language chunk loads (then `done`
 * runs), so the notice renders once, in its language, rather than English first.
 */
export function languageOf(host: Host, notice: Notice, wanted: string, done: () => void): string | undefined {
  const lang = noticeLanguage(wanted, notice.texts);
  const table = builtIn(lang);
  // Both are started before either is awaited, so they load side by side.
  // The catalogue's purposes for the cookie table, in the same language, when a service has one.
  const purposes = host.consent.getConfig().categories.some((c) => c.services.some((s) => s.purpose));
  const ready = [loadTable(table, host.load, host.report, done), host.uiLanguage(lang, done), !purposes || loadPurposes(shipped(lang), done)];
  if (ready.includes(false)) return;
  // A built-in language whose chunk failed (reported by the loader) shows in English, unless the
  // site gives texts in it.
  if (table && FAILED.has(table) && !(lang in notice.texts)) return 'en';
  if (lang == 'en' && builtIn(wanted) != 'en') {
    host.report(
      `<privacy-notice>: no notice texts in "${wanted.slice(0, 40)}"; shown in English (built in: ${LANGUAGES.join(', ')}; add yours under notice.texts)`,
    );
  }
  return lang;
}

/** The `heading-level` attribute: 1..6, default 2. */
function headingLevel(raw: string | null, report: Report): number {
  if (raw === null) return 2;
  if (/^[1-6]$/.test(raw.trim())) return +raw;
  report(`<privacy-notice> heading-level="${raw.slice(0, 80)}" is invalid; using 2`);
  return 2;
}

const parsed = new Map<string, any>();

/** The JSON configuration of a `<privacy-notice>`: its own `config` selector, else the banner's. */
function readConfig(el: Element, host: Host): Record<string, unknown> {
  const selector = el.getAttribute('config');
  if (selector) {
    try {
      const text = doc.querySelector(selector)!.textContent;
      // Parsed once per text, so that an unchanged configuration is not checked again.
      const json = parsed.get(text) ?? JSON.parse(text);
      parsed.set(text, json);
      if (json && typeof json === 'object' && !Array.isArray(json)) return json;
    } catch {
      /* reported below */
    }
    host.report(`<privacy-notice> config="${selector.slice(0, 80)}" is not a JSON configuration; using the banner's`);
  }
  return host.consent.getConfig().json;
}

let adopted = false;
/** Adds the notice's styles (print rules included) to the document, once; works under a strict CSP. */
function adoptStyles(): void {
  if (adopted) return;
  adopted = true;
  adoptCss(doc, styles);
}

const mounted = new WeakMap<Element, () => void>();

/**
 * Sections rendered per task while a notice first appears: a long notice renders in parts, so
 * that no task is long on a slow phone and the page stays responsive. Once it is whole, a
 * re-render (a changed decision, language or configuration) updates it in one task.
 */
const SECTIONS_PER_TASK = 3;

/** Runs `fn` in a later task: `scheduler.postTask` where there is one (timers are slowed in background tabs). */
function nextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask(fn: () => void): Promise<unknown> } }).scheduler;
  if (scheduler) void scheduler.postTask(fn);
  else setTimeout(fn);
}

/**
 * Renders `<privacy-notice>` `el` into its light DOM and keeps it live: it re-renders on every
 * consent change, when its `config`, `heading-level` or `lang` attribute changes and, when its
 * language is automatic (no `lang` attribute), when the page's or the browser's language does.
 */
export function mount(el: HTMLElement, host: Host): void {
  let update = mounted.get(el);
  if (!update) {
    adoptStyles();
    host.api.get(); // starts Consentry if nothing has yet
    let source: unknown;
    let first = true;
    let notice: Notice;
    // Sections rendered so far, and whether the next part is already scheduled.
    let shown = 0;
    let growing = false;
    update = () => {
      if (!el.isConnected) return;
      // A configuration still arriving is read once the page is parsed, not reported as broken;
      // the fallback content stays until then.
      if (jsonPending(el.getAttribute('config') ?? '')) return void doc.addEventListener('DOMContentLoaded', update!, { once: true });
      const json = readConfig(el, host);
      if (json !== source) {
        source = json;
        if (!json.notice) host.report('<privacy-notice>: the configuration has no "notice" object; nothing to show');
        notice = parseNotice(json.notice, host.report);
      }
      const wanted = el.getAttribute('lang') || host.api.language || doc.documentElement.lang || 'en';
      const lang = languageOf(host, notice, wanted, update!);
      if (!lang) return; // its texts are loading: `update` runs again when they are here
      let linked: number | undefined;
      const level = headingLevel(el.getAttribute('heading-level'), host.report);
      if (first) {
        first = false;
        // A notice rendered on the server is whole and already where the link pointed: kept as it is.
        if (adopt(el, host, notice, lang, level, update!)) shown = notice.practices.length;
        else {
          // Fallback content (a "loading" line, a link) makes way; a JSON configuration inside stays.
          for (const child of [...el.childNodes]) if (!(child instanceof HTMLScriptElement)) child.remove();
          // A link to one section (`privacy#cookies`) finds it in the first part.
          linked = notice.practices.findIndex(([id]) => '#' + id === location.hash);
          shown = Math.max(SECTIONS_PER_TASK, linked + 1);
        }
      }
      host.render(view(liveScene(host), notice, lang, level, update!, shown), el);
      // The browser looked for the linked section when the page loaded, before the notice was
      // there: go to it now, unless the visitor has already scrolled.
      if (linked! >= 0 && !scrollY) el.querySelector('#' + notice.practices[linked!][0])?.scrollIntoView();
      // Busy while parts are missing, so that assistive technology (and scripts) wait for the whole.
      const partial = shown < notice.practices.length;
      if (partial) el.setAttribute('aria-busy', 'true');
      else el.removeAttribute('aria-busy');
      if (partial && !growing) {
        growing = true;
        nextTask(() => {
          growing = false;
          shown += SECTIONS_PER_TASK;
          update!();
        });
      }
    };
    mounted.set(el, update);
    host.consent.on('change', update);
    new MutationObserver(update).observe(el, { attributes: true, attributeFilter: ['config', 'heading-level', 'lang'] });
    // The drop-in re-chooses its language first (its observer is older), so `api.language` is
    // current here; a notice with its own `lang` re-renders to the same language, a no-op.
    new MutationObserver(update).observe(doc.documentElement, { attributeFilter: ['lang'] });
    addEventListener('languagechange', update);
    // Not in the task that ran the notice's script: evaluating it is work enough for one task.
    return nextTask(update);
  }
  update();
}
