import { html, nothing } from 'lit/html.js';
import { ConsentElement } from '../element.js';
import * as consent from '../../core/consent.js';
import { text } from '../../i18n/texts.js';
import { language } from '../../i18n/language.js';
import { host } from '../host.js';
import { unpackTemplate } from '../../gating/activate.js';
import { styles } from './consent-gate.styles.js';

/**
 * Embedded third-party content (a video, a map, a social post) that loads only with consent.
 * Until then an accessible placeholder names the provider and offers "Load content"; the
 * content, written inside a `<template>`, is then rendered in place, also when consent comes
 * from the banner, the API or another tab. Gated elements inside it are gated as usual.
 *
 * The element is gated like any `data-consent` element (gating renders its template when its
 * category is granted); the element itself only draws the placeholder while the template is there.
 *
 * ```html
 * <consent-gate category="advertising" provider="YouTube">
 *   <template><iframe src="https://www.youtube-nocookie.com/embed/ID" title="Video"></iframe></template>
 * </consent-gate>
 * ```
 *
 * @tag consent-gate
 * @summary Shows embedded content only after consent, with a placeholder until then.
 *
 * @attr category - the category, or `category/service`, that the content needs
 * @attr provider - who provides the content, named in the placeholder (default: the service's name, else the category id)
 * @attr scope - `category` (default): "Load content" grants what `category` names, the category or only the one service (source `embed`); `embed`: it loads only this embed, granting nothing. Under a privacy signal (GPC) that refuses the category, "Load content" loads only this embed, as with `embed`
 *
 * @fires consent-change - on `document`, when "Load content" grants the category or service
 *
 * @csspart placeholder - the placeholder shown until the content may load
 * @csspart text - the placeholder's text
 * @csspart button - the "Load content" button
 *
 * @cssprop --consentry-gate-min-height - the room kept for the placeholder from the page's first frame, while the content is not shown (default `12rem`)
 */
export class ConsentGate extends ConsentElement {
  static override styles = styles;

  private _load(): void {
    const [cat, svc] = (this.getAttribute('category') || '').split('/');
    const c = consent.getConfig().categories.find((c) => c.id === cat);
    // A privacy signal's refusal of selling or sharing is not overridden by a click meant to
    // show one embed: under it, the button loads this embed only, as with `scope="embed"`.
    if (this.getAttribute('scope') === 'embed' || (c && consent.sold(c) && consent.privacySignal())) unpackTemplate(this);
    else consent.decide({ [svc || cat]: true }, 'embed');
    // The button goes away: keep keyboard focus where the content appears.
    this.tabIndex = -1;
    this.focus();
  }

  render(): unknown {
    // Started here rather than on connection, so that the drop-in has read its own attributes first.
    host.start();
    const [cat, svc] = (this.getAttribute('category') || '').split('/');
    const service =
      svc &&
      consent
        .getConfig()
        .categories.find((c) => c.id === cat)
        ?.services.find((s) => s.id === svc);
    const provider = this.getAttribute('provider') || (service && service.name) || cat;
    // A function replacer: `$'`, `$&` and the like in a provider's name are text, not patterns.
    const t = (k: string) => text(consent.getConfig(), language(), k).replaceAll('{provider}', () => provider);
    // The slot shows the content once gating (or the button) has put it in place of the template.
    return html`${
        this.querySelector(':scope>template')
          ? html`<div part="placeholder" role="group" aria-labelledby="t">
              <p part="text" id="t">${t('gateText')}</p>
              <button part="button" @click=${this._load}>${t('gateLoad')}</button>
            </div>`
          : nothing
      }<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}
