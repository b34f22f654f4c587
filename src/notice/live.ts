import type { PracticeId } from '../schema/notice.js';
import type { Ctx, Params } from './context.js';
import { analyticsFacts, para } from './practices.js';
import { readableDuration, readableName } from './names.js';
import { purposeText } from '../i18n/purpose.js';
import { shipped } from '../i18n/texts.js';

/**
 * The live parts of practices: they follow the running configuration and the visitor's state,
 * and stay when a site replaces a practice's text.
 */
export const LIVE: Partial<Record<PracticeId, (p: Params, c: Ctx) => unknown>> = {
  cookies: (_, c) => {
    const html = c.html;
    const owner = c.notice.controller?.name ?? c.hostname;
    const rows: unknown[][] = [];
    for (const cat of c.config.categories) {
      const label = c.label(cat.id);
      if (cat.id === 'necessary') {
        rows.push([c.config.cookieName, owner, c.t('cookies.consent'), c.t('cookies.days', { days: c.config.cookieDays }), label]);
      }
      for (const s of cat.services) {
        const provider = s.provider ?? s.name;
        const purpose = s.purpose ? purposeText(s.purpose, shipped(c.lang)) : c.label(cat.id, true);
        for (const k of s.cookies)
          rows.push([k.name, provider, purpose, k.duration ? readableDuration(k.duration, c.lang, c.t('cookies.session')) : c.t('cookies.unknown'), label]);
        for (const k of s.storage) rows.push([k, provider, purpose, c.t('cookies.storage'), label]);
      }
    }
    const optional = c.config.categories.slice(1);
    // The table scrolls sideways in its own box on a narrow screen rather than widening the page;
    // the box takes keyboard focus so that it can be scrolled without a pointer.
    return html`<div class="consentry-table" role="region" tabindex="0" aria-label=${c.t('cookies.caption')}>
        <table>
          <caption>
            ${c.t('cookies.caption')}
          </caption>
          <thead>
            <tr>
              ${(['cookies.name', 'cookies.provider', 'cookies.purpose', 'cookies.duration', 'cookies.category'] as const).map(
                (k) => html`<th scope="col">${c.t(k)}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([name, ...rest]) =>
                html`<tr>
                  <td>
                    ${(name as string)[0] === '/' ? readableName(name as string, (form, parts) => c.t(`cookies.${form}`, parts)) : html`<code>${name}</code>`}
                  </td>
                  ${rest.map((v) => html`<td>${v}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="consentry-choices-title"><strong>${c.t('cookies.choices')}</strong></p>
      <ul class="consentry-choices">
        ${optional.map((cat) => html`<li data-category=${cat.id}>${c.label(cat.id)}: ${c.t(c.snap.categories[cat.id] ? 'cookies.on' : 'cookies.off')}</li>`)}
      </ul>
      ${c.snap.gpc && c.config.honorGpc ? html`<p class="consentry-gpc"><strong>${c.ui('gpc')}</strong></p>` : null}
      ${para(c, 'cookies.undecided', {}, !c.snap.decided)}
      <p><button type="button" class="consentry-settings" @click=${() => c.api.showPreferences()}>${c.t('cookies.settings')}</button></p>`;
  },
  analytics: (p, c) => {
    const v = analyticsFacts(p, c);
    const on = !!c.snap.categories[v.categoryId];
    const stop = (e: Event) => {
      const section = (e.target as HTMLElement).closest('section');
      c.api.set({ [v.categoryId]: false });
      c.update();
      // The button goes away: keep the keyboard user on the statement that replaced it.
      section?.querySelector<HTMLElement>('.consentry-analytics-state')?.focus();
    };
    return c.html`<p class="consentry-analytics-state" role="status" tabindex="-1">${c.t(on ? 'analytics.on' : 'analytics.off', v)}</p>
      ${on ? c.html`<p><button type="button" class="consentry-opt-out" @click=${stop}>${c.t('analytics.stop', v)}</button></p>` : null}`;
  },
  retention: (_, c) => para(c, 'retention.consent', { days: c.config.cookieDays }),
  'do-not-track': (_, c) => {
    const signal = (key: 'gpc' | 'dnt', sent: boolean, honoured: boolean) =>
      c.html`<dt>${c.t(`do-not-track.${key}`)}</dt>
        <dd data-signal=${key} data-sent=${String(sent)}>${c.t(sent ? 'do-not-track.sent' : 'do-not-track.notSent')}
          ${c.t(`do-not-track.${key}${honoured ? 'Honoured' : 'Ignored'}`)}
          ${sent && honoured && key === 'gpc' ? c.html`<strong>${c.ui('gpc')}</strong>` : null}</dd>`;
    const gpc = c.signals.gpc;
    return c.html`<dl>
      ${signal('gpc', gpc, c.config.honorGpc)}
      ${signal('dnt', c.signals.dnt, c.config.honorDnt)}
    </dl>`;
  },
  changes: (_, c) => para(c, 'changes.revision', { revision: c.config.revision }),
};
