/**
 * `renderNotice` of `consentry/server`: the privacy notice as HTML, rendered by Lit's own server
 * rendering (`@lit-labs/ssr`) from the very template `<privacy-notice>` renders in the browser
 * (src/notice/view.ts), so that the element takes it over without drawing it again
 * (docs/frameworks.md#the-notice-in-the-html, decision 0035).
 */
import { html } from 'lit/html.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { tables as noticeTables } from 'consentry:notice-tables';
import { tables as purposeTables } from 'consentry:purpose-tables';
import type { ConsentryApi } from '../api.js';
import { isObject } from '../core/config.js';
import { reportValue } from '../core/messages.js';
import { report } from '../core/report.js';
import { addPurposes } from '../i18n/purpose.js';
import { enMore } from '../i18n/en-more.js';
import { addEnglish, MAX_TAG, text } from '../i18n/texts.js';
import { noticeLanguage } from '../notice/context.js';
import { styles } from '../notice/styles.js';
import { builtIn, LANGUAGES, TABLES } from '../notice/texts/index.js';
import { parseNotice, undecided, view } from '../notice/view.js';
import { configOf, TAG } from './banner.js';
import { escape } from './html.js';

// Every language at once: a server has no reason to load them one by one.
Object.assign(TABLES, noticeTables);
addPurposes(purposeTables);
// The English texts the drop-in leaves to the chunks (category names among them), as the `lit` chunk adds them.
addEnglish(enMore);

/** Options of {@link renderNotice}. */
export interface RenderNoticeOptions {
  /**
   * The notice's language (BCP 47): one of the built-in notice languages or of the
   * configuration's `notice.texts`, else its base language (`de-AT` → `de`), else English
   * (reported). Default: the configuration's `lang`, else English.
   */
  lang?: string;
  /** The level of the section headings, 1..6, as the element's `heading-level` attribute. Default `2`. */
  headingLevel?: number;
  /**
   * The site's host name (`example.com`): the notice names it as the controller when
   * `notice.controller.name` is not given. The browser writes its own once the notice is live.
   */
  hostname?: string;
  /** A CSS selector for the element's `config` attribute, when the page's notice has its own configuration. */
  configSelector?: string;
  /** A CSP nonce for the notice's `<style>` element (`style-src 'nonce-…'`). */
  nonce?: string;
}

/** Nothing on a server is clicked: the template's handlers are not rendered. */
const api = {} as ConsentryApi;

let badLangs = 0;

/** The notice's language, as the browser chooses it: the given one if it has texts, else its base, else English. */
function chooseLang(lang: unknown, fallback: string, texts: Record<string, unknown>): string {
  const wanted = lang ?? fallback;
  if (typeof wanted !== 'string' || wanted.length > MAX_TAG || !TAG.test(wanted)) {
    if (badLangs++ < 20) reportValue('renderNotice lang', wanted, 'en', 'is not a language tag');
    return 'en';
  }
  const found = noticeLanguage(wanted, texts);
  // As the element reports it (src/notice/render.ts, `languageOf`); at most a few, as a page may pass the visitor's language on.
  if (found == 'en' && builtIn(wanted) != 'en' && badLangs++ < 20)
    report(`<privacy-notice>: no notice texts in "${wanted}"; shown in English (built in: ${LANGUAGES.join(', ')}; add yours under notice.texts)`);
  return found;
}

/** The heading level: 1..6, else 2 (reported). */
function levelOf(given: unknown): number {
  if (given === undefined) return 2;
  if (Number.isInteger(given) && (given as number) >= 1 && (given as number) <= 6) return given as number;
  reportValue('renderNotice headingLevel', given, 2, 'is not 1..6');
  return 2;
}

/** A string option, or `''` (reported when given but not a bounded string). */
function stringOption(name: string, given: unknown, max: number): string {
  if (given === undefined) return '';
  if (typeof given === 'string' && given.length <= max) return given;
  reportValue('renderNotice ' + name, given, '', 'is not a string of at most ' + max + ' characters');
  return '';
}

/**
 * The complete privacy notice of `config` as static HTML: a `<privacy-notice>` element holding
 * what the element renders in the browser (the contents, every section with its heading and
 * anchor, the cookie table) for a visitor who has not decided and sends no privacy signal,
 * with the notice's own styles. Put it in the page where the notice goes; the drop-in takes it
 * over without drawing it again and makes its live parts live (the visitor's choices, the
 * settings button, the analytics opt-out, the signals). Readers without JavaScript and search
 * engines read it whole.
 *
 * Never throws: a configuration with mistakes is reported as the browser reports it
 * (`console.error('[consentry] …')`) and what is valid is rendered; an unknown language is
 * English.
 *
 * @param config - the site's JSON configuration (with its `notice` object), as an object or JSON text
 * @example
 * res.end(page.replace('<!--notice-->', renderNotice(config, { lang: 'de' })));
 */
export function renderNotice(config: Record<string, unknown> | string, options: RenderNoticeOptions = {}): string {
  try {
    if (!isObject(options)) {
      reportValue('renderNotice options', options, {}, 'is not an object');
      options = {};
    }
    const resolved = configOf(config, 'renderNotice');
    const notice = parseNotice(resolved.json.notice, report);
    if (!resolved.json.notice) report('<privacy-notice>: the configuration has no "notice" object; nothing to show');
    const lang = chooseLang(options.lang, resolved.lang === 'auto' ? 'en' : resolved.lang, notice.texts);
    const level = levelOf(options.headingLevel);
    const hostname = stringOption('hostname', options.hostname, 253);
    if (!hostname && !notice.controller?.name) report('renderNotice: the notice names no controller (notice.controller.name) and no hostname was given');
    const selector = stringOption('configSelector', options.configSelector, 200);
    const nonce = stringOption('nonce', options.nonce, 200);
    const scene = { html, config: resolved, snap: undecided(resolved), api, text, hostname, signals: { gpc: false, dnt: false } };
    const body = collectResultSync(
      renderValue(
        view(scene, notice, lang, level, () => {}),
        {
          elementRenderers: [],
          customElementInstanceStack: [],
          customElementHostStack: [],
          eventTargetStack: [],
          slotStack: [],
          deferHydration: false,
        },
      ),
    );
    return (
      `<privacy-notice lang="${escape(lang)}" heading-level="${level}" data-rendered="${escape(hostname)}"${selector ? ` config="${escape(selector)}"` : ''}>` +
      `<style${nonce ? ` nonce="${escape(nonce)}"` : ''}>${styles}</style>${body}</privacy-notice>`
    );
  } catch (e) {
    // Not expected: the empty element, which the drop-in renders in the browser.
    report(`renderNotice failed (${String(e).slice(0, 200)}); rendering an empty <privacy-notice>`);
    return '<privacy-notice></privacy-notice>';
  }
}
