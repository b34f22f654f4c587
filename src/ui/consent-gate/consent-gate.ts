import { html, nothing } from 'lit/html.js';
import { ConsentElement } from '../element.js';
import * as consent from '../../core/consent.js';
import { text } from '../../i18n/texts.js';
import { language } from '../../i18n/language.js';
import { host } from '../host.js';
import { unpackTemplate } from '../../gating/activate.js';
import { webUrl } from '../../core/guard.js';
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
 * @attr scope - `category` (default): "Load content" grants what `category` names, the category or only the one service (source `embed`); `embed`: it loads only this embed, granting nothing. Under a privacy signal (GPC) that refuses the category, "Load content" loads only this embed, as with `embed`, and "Always allow" is not offered
 *
 * @fires consent-change - on `document`, when "Load content" or "Always allow" grants the category or service
 *
 * @csspart placeholder - the placeholder shown until the content may load
 * @csspart provider - the provider's name
 * @csspart text - the placeholder's text
 * @csspart link - the link to the provider's privacy policy (when the service declares one)
 * @csspart button - both buttons
 * @csspart load - the "Load content" button
 * @csspart always - the "Always allow <provider>" button (with `scope="embed"`): it grants what `category` names
 *
 * @cssprop --consentry-gate-min-height - the room kept for the placeholder from the page's first frame, while the content is not shown (default `12rem`)
 * @cssprop --consentry-gate-aspect-ratio - the placeholder's shape (default `16 / 9`); it grows when its text needs more room
 * @cssprop --consentry-background - the placeholder's background; the banner's other colour, radius and font properties apply too (docs/elements.md)
 */
export class ConsentGate extends ConsentElement {
  static override styles = styles;

  /**
   * What the two buttons grant. "Load content" grants what `category` names (the category, or
   * only its service), or nothing with `scope="embed"`. "Always allow" grants what `category`
   * names, so it is offered only with `scope="embed"`, where it differs from "Load content" (a
   * grant narrower than `category` would not show the content on the next page). Under a privacy
   * signal that refuses the category, neither grants anything (the signal's refusal is not
   * overridden by a click meant to show one embed): "Load content" loads this embed only, and
   * "Always allow" is not offered.
   */
  private _targets() {
    const [cat, svc] = (this.getAttribute('category') || '').split('/');
    const c = consent.getConfig().categories.find((c) => c.id === cat);
    const named = this.getAttribute('provider')?.toLowerCase();
    // The service the placeholder is about: the one `category` names, else the category's service called `provider` (for its privacy link).
    const service = c?.services.find((s) => (svc ? s.id === svc : s.name.toLowerCase() === named));
    const signal = !!c && consent.sold(c) && consent.privacySignal();
    const embed = this.getAttribute('scope') === 'embed';
    return { cat, service, load: embed || signal ? '' : svc || cat, always: embed && !signal ? svc || cat : '' };
  }

  private _load(grant: string): void {
    if (grant) consent.decide({ [grant]: true }, 'embed');
    else unpackTemplate(this);
    // The buttons go away: keep keyboard focus where the content appears.
    this.tabIndex = -1;
    this.focus();
  }

  render(): unknown {
    // Started here rather than on connection, so that the drop-in has read its own attributes first.
    host.start();
    const config = consent.getConfig();
    const { cat, service, load, always } = this._targets();
    const provider = this.getAttribute('provider') || (service && service.name) || cat;
    // A function replacer: `$'`, `$&` and the like in a provider's name are text, not patterns.
    const t = (k: string) => text(config, language(), k).replaceAll('{provider}', () => provider);
    const policy = service?.privacyUrl;
    // The banner's colours: the site's theme option decides light or dark (CSSOM, allowed under a strict CSP).
    this.style.colorScheme = config.theme === 'auto' ? 'light dark' : config.theme;
    // The slot shows the content once gating (or the button) has put it in place of the template.
    return html`${
        this.querySelector(':scope>template')
          ? html`<div part="placeholder" class="ph" role="group" aria-labelledby="n" aria-describedby="t">
              <p part="provider" class="name" id="n">${provider}</p>
              <p part="text" id="t">${t('gateText')}</p>
              ${policy && webUrl(policy) ? html`<a part="link" href=${policy}>${t('privacyPolicy')}</a>` : nothing}
              <div class="actions">
                <button part="button load" @click=${() => this._load(load)}>${t('gateLoad')}</button>
                ${always ? html`<button part="button always" @click=${() => this._load(always)}>${t('gateAlways')}</button>` : nothing}
              </div>
            </div>`
          : nothing
      }<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}
