import { html, nothing } from 'lit/html.js';
import { ConsentElement } from '../element.js';
import * as consent from '../../core/consent.js';
import { ATTRIBUTES } from '../../core/config.js';
import type { Category } from '../../core/types.js';
import { text, pieces } from '../../i18n/texts.js';
import { activeBanner, attach, detach, language } from '../../boot.js';
import { styles } from './consent-banner.styles.js';

/** Finds the focused element through shadow roots, so that focus can be given back to it. */
const deepActive = (): HTMLElement | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

/**
 * The consent banner, the preferences dialog and the "Privacy settings" control.
 * Every option of the configuration can be set as an attribute; the attribute wins over
 * `data-*` on the script tag and over the JSON configuration.
 *
 * @summary Asks for consent and lets the visitor change it at any time.
 *
 * @attr categories - optional categories, space or comma separated (`analytics advertising`)
 * @attr policy-url - link to the privacy notice
 * @attr revision - configuration revision; a decision for another revision is void
 * @attr mode - `opt-in`, `opt-out` or `notice`
 * @attr lang - `auto` or a BCP 47 language tag
 * @attr layout - `bar`, `box` or `modal`
 * @attr position - `bottom`, `top`, `bottom-left`, `bottom-right` or `center`
 * @attr theme - `light`, `dark` or `auto`
 * @attr cookie-name - name of the consent cookie (`consentry`)
 * @attr cookie-domain - domain of the consent cookie (the host)
 * @attr cookie-path - path of the consent cookie (`/`)
 * @attr cookie-days - lifetime of the consent cookie in days, 1..395 (`182`)
 * @attr ga-id - Google Analytics measurement ids
 * @attr consent-mode - Google Consent Mode v2 signals, `on` or `off`
 * @attr wait-for-update - Consent Mode `wait_for_update` in milliseconds (`500`)
 * @attr ads-data-redaction - Consent Mode `ads_data_redaction` while advertising is refused (`true`)
 * @attr url-passthrough - Consent Mode `url_passthrough` (`false`)
 * @attr honor-gpc - treat Global Privacy Control as a refusal of sale and sharing (`true`)
 * @attr honor-dnt - treat Do Not Track like Global Privacy Control (`false`)
 * @attr consent-endpoint - URL that receives a consent receipt for every decision
 * @attr config - CSS selector of a `<script type="application/json">` configuration
 * @attr reload-on-revoke - reload the page after a category is withdrawn (`false`)
 * @attr revisit - `button` keeps a "Privacy settings" control after a decision; `none` does not
 * @attr debug - log configuration problems to the console (`false`)
 *
 * @fires consent-ready - on `document`, once, when the decision (or the default) is known
 * @fires consent-change - on `document`, whenever the decision changes
 * @fires consent-ui - on `document`, when the visible view changes
 *
 * @csspart banner - the first layer (a region, or a modal dialog with `layout="modal"`)
 * @csspart title - the banner's heading
 * @csspart text - the banner's text
 * @csspart actions - the row of buttons
 * @csspart button - every button of the banner and dialog
 * @csspart accept - the "Accept all" buttons
 * @csspart reject - the "Reject all" buttons
 * @csspart preferences - the "Preferences" button
 * @csspart save - the "Save choices" button
 * @csspart dialog - the preferences dialog
 * @csspart close - the dialog's close button
 * @csspart category - one category of the dialog
 * @csspart switch - a category or service switch
 * @csspart link - a link in a text
 * @csspart revisit - the "Privacy settings" control
 *
 * @cssprop --consentry-background - panel background
 * @cssprop --consentry-color - text colour
 * @cssprop --consentry-muted-color - colour of secondary text
 * @cssprop --consentry-accent - button and switch colour
 * @cssprop --consentry-on-accent - text colour on the accent
 * @cssprop --consentry-border-color - borders and switch tracks
 * @cssprop --consentry-radius - corner radius
 * @cssprop --consentry-font - font shorthand
 * @cssprop --consentry-z-index - stacking order of the panels
 */
export class ConsentBanner extends ConsentElement {
  static override styles = styles;
  static observedAttributes = ATTRIBUTES;

  /** Switch positions in the dialog, until saved. */
  private _draft: Record<string, boolean> = {};
  /** Inserted by the drop-in rather than written by the site: it yields to a page's own banner. */
  _auto = false;
  private _opener: HTMLElement | null = null;
  private _off: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this._off = [consent.on('ui', refresh), consent.on('change', refresh)];
    attach(this);
  }

  disconnectedCallback(): void {
    this._off.forEach((off) => off());
    detach(this);
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value && this.isConnected) attach(this);
  }

  /** Opens the preferences dialog with the current choices; focus returns to `opener` on close. */
  openPreferences(): void {
    this._opener = deepActive();
    const { categories, services } = consent.snapshot();
    this._draft = { ...categories, ...services };
    consent.setView('preferences');
  }

  private _t(key: string): string {
    return text(consent.getConfig(), language(), key);
  }

  private _rich(key: string) {
    return pieces(this._t(key)).map((p) => (typeof p === 'string' ? p : html`<a part="link" href=${p.href}>${p.label}</a>`));
  }

  private _button(key: string, part: string, onClick: () => void) {
    return html`<button part="button ${part}" @click=${onClick}>${this._t(key)}</button>`;
  }

  private _label(c: Category): string {
    return c.label ?? this._t(c.id);
  }

  private _switch(id: string, label: string, checked: boolean, disabled: boolean, described?: string) {
    return html`<label
      ><input
        type="checkbox"
        role="switch"
        part="switch"
        aria-describedby=${described ?? nothing}
        .checked=${checked}
        ?disabled=${disabled}
        @change=${(e: Event) => this._toggle(id, (e.target as HTMLInputElement).checked)}
      /><span>${label}</span></label
    >`;
  }

  private _toggle(id: string, on: boolean): void {
    const draft = { ...this._draft, [id]: on };
    for (const c of consent.optional()) {
      if (c.id === id) for (const s of c.services) draft[s.id] = on;
      else if (c.services.some((s) => s.id === id)) draft[c.id] = c.services.some((s) => draft[s.id]);
    }
    this._draft = draft;
    this.requestUpdate();
  }

  private _save(): void {
    consent.decide(this._draft, 'preferences');
  }

  private _category(c: Category) {
    const necessary = c.id === 'necessary';
    const notice = consent.getConfig().mode === 'notice';
    const descId = 'd-' + c.id;
    const gpc = !necessary && (c.id === 'advertising' || c.saleOrShare) && consent.privacySignal();
    return html`<li part="category">
      ${this._switch(c.id, this._label(c), necessary || notice || !!this._draft[c.id], necessary || notice, descId)}
      <p class="small" id=${descId}>
        ${necessary ? this._t('alwaysOn') + '. ' : ''}${c.description ?? this._t(c.id + 'Description')}
      </p>
      ${gpc ? html`<p class="small">${this._t('gpc')}</p>` : nothing}
      ${c.services.length
        ? html`<ul aria-label="${this._t('services')}: ${this._label(c)}">
            ${c.services.map(
              (s) =>
                html`<li>
                  ${this._switch(s.id, s.name, necessary || !!this._draft[s.id], necessary || notice)}
                  ${s.provider || s.purpose
                    ? html`<span class="small">${[s.provider, s.purpose].filter(Boolean).join(' · ')}</span>`
                    : nothing}
                </li>`,
            )}
          </ul>`
        : nothing}
    </li>`;
  }

  private _banner() {
    const config = consent.getConfig();
    const mode = config.mode;
    const modal = config.layout === 'modal';
    const body = html`<h2 part="title" id="title">${this._t('title')}</h2>
      <p part="text" id="text">
        ${this._rich(mode === 'opt-in' ? 'text' : mode + 'Text')}
        ${config.policyUrl ? html`<a part="link" href=${config.policyUrl}>${this._t('policy')}</a>` : nothing}
      </p>
      <div part="actions" class="actions">
        ${mode === 'opt-in'
          ? [
              this._button('acceptAll', 'accept', () => consent.acceptAll('banner')),
              this._button('rejectAll', 'reject', () => consent.rejectAll('banner')),
            ]
          : mode === 'opt-out'
            ? [
                this._button('optOut', 'reject', () =>
                  consent.decide(Object.fromEntries(consent.optional().map((c) => [c.id, c.id !== 'advertising' && !c.saleOrShare && consent.allowed(c.id)])), 'banner'),
                ),
                this._button('ok', 'accept', () => consent.decide({}, 'banner')),
              ]
            : this._button('ok', 'accept', () => consent.decide({}, 'banner'))}
        ${this._button('preferences', 'preferences', () => this.openPreferences())}
      </div>`;
    const cls = `panel ${config.layout} ${config.position}`;
    return modal
      ? html`<dialog part="banner" class=${cls} aria-labelledby="title" aria-describedby="text" @cancel=${(e: Event) => e.preventDefault()}>
          ${body}
        </dialog>`
      : html`<div part="banner" class=${cls} role="region" aria-labelledby="title">${body}</div>`;
  }

  private _dialog() {
    const config = consent.getConfig();
    return html`<dialog part="dialog" class="panel" aria-labelledby="ptitle" @close=${this._closed}>
      <div class="head">
        <h2 id="ptitle">${this._t('preferencesTitle')}</h2>
        <button part="button close" class="close" aria-label=${this._t('close')} @click=${() => this._close()}>×</button>
      </div>
      <p>
        ${this._rich('preferencesText')}
        ${config.policyUrl ? html`<a part="link" href=${config.policyUrl}>${this._t('policy')}</a>` : nothing}
      </p>
      <ul>
        ${config.categories.map((c) => this._category(c))}
      </ul>
      <div class="actions">
        ${this._button('acceptAll', 'accept', () => consent.acceptAll('preferences'))}
        ${this._button('rejectAll', 'reject', () => consent.rejectAll('preferences'))}
        ${this._button('save', 'save', () => this._save())}
      </div>
    </dialog>`;
  }

  private _close(): void {
    consent.setView(consent.due() ? 'banner' : 'none');
  }

  private _closed(): void {
    if (consent.getView() === 'preferences') this._close();
  }

  override render() {
    if (!this._active()) return nothing;
    const view = consent.getView();
    const config = consent.getConfig();
    return html`${view === 'banner' ? this._banner() : nothing}${view === 'preferences' ? this._dialog() : nothing}${view === 'none' && config.revisit === 'button' && !consent.due()
      ? html`<button part="button revisit" class="revisit" aria-label=${this._t('revisit')} title=${this._t('revisit')} @click=${() => this.openPreferences()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z" /><path d="m9 12 2 2 4-4" />
          </svg>
        </button>`
      : nothing}`;
  }

  /** Only the banner that Consentry drives renders; an extra copy stays empty. */
  private _active(): boolean {
    return activeBanner() === this;
  }

  protected override updated(): void {
    const root = this.shadowRoot!;
    const dialog = root.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (consent.getView() === 'none' && this._opener) {
      const opener = this._opener;
      this._opener = null;
      // The opener may have been the banner, now gone: then the revisit control takes focus.
      (opener.isConnected ? opener : (root.querySelector('.revisit') as HTMLElement | null))?.focus();
    } else if (consent.getView() === 'banner' && this._opener && !this._opener.isConnected) {
      this._opener = null;
      (root.querySelector('[part~=preferences]') as HTMLElement | null)?.focus();
    }
  }
}
