import type { html as Html } from 'lit/html.js';
import { nothing } from 'lit/html.js';
import type { ConsentryApi } from '../api.js';
import type { Config } from '../core/config.js';
import { grants } from '../core/rules.js';
import type { ConsentSnapshot } from '../core/types.js';
import { categoryText } from '../i18n/category-text.js';
import { isRtl } from '../i18n/texts.js';
import { noticeDefs, type PracticeId } from '../schema/notice.js';
import { fill, longDate, lookup, richText, type Ctx, type Notice, type Params } from './context.js';
import { LIVE } from './live.js';
import { BODIES, heading } from './practices.js';
import { validate, type Report } from './validate.js';

/** The UI text lookup of the drop-in (`text` of src/i18n/texts.ts). */
export type UiText = (config: Config, lang: string, key: string) => string;

/**
 * What a notice is drawn from besides its `notice` object: the running configuration, the
 * visitor's state and the page. In the browser, the live ones; on a server (src/ssr/notice.ts),
 * those of a visitor who has not decided and sends no signal (`undecided`).
 */
export interface Scene {
  html: typeof Html;
  config: Config;
  snap: ConsentSnapshot;
  api: ConsentryApi;
  text: UiText;
  /** The site's host name: the controller's name when the notice gives none. */
  hostname: string;
  /** The privacy signals the visitor's browser sends. */
  signals: { gpc: boolean; dnt: boolean };
}

/**
 * The state a server renders for: no decision under `config`'s rules, no privacy signal. The
 * browser hydrates a server-rendered notice with it before it draws the visitor's own state, so
 * that only the live parts change (src/notice/render.ts).
 */
export function undecided(config: Config): ConsentSnapshot {
  const cats = config.categories.filter((c) => c.id !== 'necessary');
  const { categories, services } = grants(null, cats, config.mode, false, config.exempt, config.revision);
  return {
    decided: false,
    categories,
    services,
    id: '',
    revision: config.revision,
    timestamp: null,
    mode: config.mode,
    region: config.region ?? null,
    gpc: false,
  };
}

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

/**
 * The notice in the language `lang` (see `languageOf`) with headings at `level`, as a lit-html
 * template: the contents and the first `shown` sections (all by default). The browser renders it
 * into `<privacy-notice>`; a server renders the same template to HTML (src/ssr/notice.ts).
 */
export function view(scene: Scene, notice: Notice, lang: string, level: number, update: () => void, shown = notice.practices.length): unknown {
  const { html, config } = scene;
  const facts = { controller: notice.controller?.name ?? scene.hostname };
  const c: Ctx = {
    html,
    lang,
    notice,
    config,
    snap: scene.snap,
    api: scene.api,
    hostname: scene.hostname,
    signals: scene.signals,
    level,
    update,
    ui: (key) => scene.text(config, lang, key),
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
