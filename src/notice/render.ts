import type { html as Html, render as Render } from 'lit/html.js';
import { nothing } from 'lit/html.js';
import type * as Consent from '../core/consent.js';
import type { ConsentryApi } from '../api.js';
import type { Config } from '../core/config.js';
import { jsonPending } from '../core/json-config.js';
import { categoryText } from '../i18n/category-text.js';
import { loadPurposes } from '../i18n/purpose.js';
import { isRtl, shipped } from '../i18n/texts.js';
import { noticeDefs, type PracticeId } from '../schema/notice.js';
import { fill, longDate, lookup, noticeLanguage, richText, type Ctx, type Notice, type Params } from './context.js';
import { LIVE } from './live.js';
import { BODIES, heading } from './practices.js';
import { styles } from './styles.js';
import { builtIn, FAILED, LANGUAGES, loadTable, type LoadChunk } from './texts/index.js';
import { validate, type Report } from './validate.js';
import { doc } from '../core/guard.js';
import { adoptCss } from '../ui/css.js';

/** The UI text lookup of the drop-in (`text` of src/i18n/texts.ts). */
type UiText = (config: Config, lang: string, key: string) => string;

const ROOT = { $defs: noticeDefs };

/**
 * Checks a `notice` object against the schema: every invalid key is reported once and skipped;
 * what is left is a notice that renders. Unknown and repeated practices are dropped.
 */
export function parseNotice(raw: unknown, report: Report): Notice {
  const object = validate(raw ?? {}, { type: 'object' }, 'notice', ROOT, report);
  const { practices, ...rest } = (object ?? {}) as Record<string, unknown>;
  const v = (validate(rest, noticeDefs.notice, 'notice', ROOT, report) ?? {}) as Record<string, any>;
  const declared = new Map<PracticeId, Params>();
  const list = validate(practices ?? [], { type: 'array' }, 'notice.practices', ROOT, report) as unknown[] | undefined;
  // Item by item, so that a message names the item's place in the configuration.
  (list ?? []).forEach((item, i) => {
    const ok = validate(item, noticeDefs.notice.properties.practices.items, `notice.practices[${i}]`, ROOT, report) as string | Params;
    const params: Params | undefined = typeof ok === 'string' ? { id: ok } : ok;
    if (params && declared.has(params.id)) report(`notice.practices[${i}]="${params.id}" is declared twice; skipped`);
    else if (params) declared.set(params.id, params);
  });
  return {
    controller: v.controller,
    effectiveDate: v.effectiveDate,
    texts: v.texts ?? {},
    practices: [...declared],
  };
}

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

/**
 * Renders the notice of `el` in the language `lang` (see `languageOf`) with headings at `level`:
 * the contents and the first `shown` sections (all by default).
 */
function view(host: Host, notice: Notice, lang: string, level: number, update: () => void, shown = notice.practices.length): unknown {
  const { html } = host;
  const config = host.consent.getConfig();
  const facts = { controller: notice.controller?.name ?? location.hostname };
  const c: Ctx = {
    html,
    lang,
    notice,
    config,
    snap: host.consent.snapshot(),
    api: host.api,
    level,
    update,
    ui: (key) => host.text(config, lang, key),
    t: (key, vars) => fill(lookup(notice, lang, key), { ...facts, ...vars }),
    rich: (key, vars) => richText(html, typeof key === 'string' ? lookup(notice, lang, key) : key.raw, { ...facts, ...vars }),
    items: (key) => lookup(notice, lang, key).split('\n').filter(Boolean),
    label: (id, description) => categoryText(config, lang, id, description),
  };
  const date = notice.effectiveDate;
  const time = date ? html`<time datetime=${date}>${longDate(notice, lang, date)}</time>` : null;
  const title = (id: PracticeId, p: Params) => p.title ?? c.t(id);
  return html`<div class="consentry-notice" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'}>
    ${time ? html`<p class="consentry-effective">${c.rich('effective', { date: time })}</p>` : null}
    <nav class="consentry-toc" aria-label=${c.t('contents')}>
      <ol>
        ${notice.practices.map(([id, p]) => html`<li><a href=${'#' + id}>${title(id, p)}</a></li>`)}
      </ol>
    </nav>
    ${notice.practices.slice(0, shown).map(
      // The California section says where it applies (`data-applies`, an ISO 3166-2 code), and
      // `data-here` marks it when that is the region in force (docs/regions.md).
      ([id, p]) =>
        html`<section id=${id} data-applies=${id === 'california' ? 'US-CA' : nothing} ?data-here=${id === 'california' && config.region === 'US-CA'}>
          ${heading(c, level, title(id, p))} ${p.text ? html`<p>${c.rich({ raw: p.text })}</p>` : BODIES[id](p, c)} ${LIVE[id]?.(p, c)}
          ${id === 'changes' && time ? html`<p>${c.rich('effective', { date: time })}</p>` : null}
          ${(p.more ?? []).map((m: string) => html`<p>${c.rich({ raw: m })}</p>`)}
        </section>`,
    )}
  </div>`;
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
      if (first) {
        first = false;
        // Fallback content (a "loading" line, a link) makes way; a JSON configuration inside stays.
        for (const child of [...el.childNodes]) if (!(child instanceof HTMLScriptElement)) child.remove();
        // A link to one section (`privacy#cookies`) finds it in the first part.
        linked = notice.practices.findIndex(([id]) => '#' + id === location.hash);
        shown = Math.max(SECTIONS_PER_TASK, linked + 1);
      }
      host.render(view(host, notice, lang, headingLevel(el.getAttribute('heading-level'), host.report), update!, shown), el);
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
