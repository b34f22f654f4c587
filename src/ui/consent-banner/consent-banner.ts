import { BaseElement } from '../base.js';
import { h } from '../dom.js';
import * as consent from '../../core/consent.js';
import { ATTRIBUTES } from '../../core/resolve.js';
import type * as Preferences from './preferences.js';
import type { AdoptChunk } from '../../chunks/adopt.js';
import { control, styles as revisitStyles } from './revisit.js';
import { loadChunk } from '../../loader/lazy.js';
import { isRtl, pieces, text } from '../../i18n/texts.js';
import { firstLayer } from './first-layer.js';
import { language, languageReady } from '../../i18n/language.js';
import { host } from '../host.js';
import { styles } from './consent-banner.styles.js';
import { adoptCss } from '../css.js';
import { doc } from '../../core/guard.js';
import { appeared, guard } from '../click-guard.js';
import type { TextKey } from '../../i18n/en.js';

/** Finds the focused element through shadow roots, so that focus can be given back to it. */
const deepActive = (): HTMLElement | null => {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

/**
 * The consent banner, the preferences dialog and the "Privacy settings" control. The first layer
 * is built with plain DOM (the drop-in's size budget has no room for a template engine); the
 * dialog is rendered with lit-html from a chunk loaded on first use.
 * Every option of the configuration can be set as an attribute; the attribute wins over
 * `data-*` on the script tag and over the JSON configuration. The attributes are the options of
 * the option table (src/core/options.ts, docs/configuration.md), which the manifest lists them
 * from (custom-elements-manifest.config.mjs).
 *
 * @tag consent-banner
 * @summary Asks for consent and lets the visitor change it at any time.
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
 * @csspart details - a category's "Services and cookies" disclosure in the dialog
 * @csspart switch - a category or service switch
 * @csspart consent-id - the dialog's consent id box (shown once the visitor has decided)
 * @csspart copy - the button that copies the consent id
 * @csspart download - the button that downloads the visitor's record (with `consent-endpoint`)
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
 * @cssprop --consentry-z-index - stacking order of the "Privacy settings" control (the banner and the dialog are in the top layer)
 */
export class ConsentBanner extends BaseElement {
  static override styles = styles + revisitStyles;
  static observedAttributes = ATTRIBUTES;

  /** Inserted by the drop-in rather than written by the site: it yields to a page's own banner. */
  _auto = false;
  private _opener: Element | null = null;
  /** Set while the banner writes its own `lang`, which is not the site's option. */
  private _writing = false;
  private _off: Array<() => void> = [];
  /** The preferences dialog, loaded on first use: most visitors never open it. */
  private _prefs?: typeof Preferences;
  /** The dialog's styles have been added to the shadow root. */
  private _styled = false;
  /** The first layer or the revisit control, rebuilt on each update. */
  private _main = h('div', { class: 'contents' });
  /**
   * What the next first layer replaces (`old`, `fresh`): `fresh`, unless a server rendered the
   * banner; then the adopt chunk's `keep` (`undefined` while it loads: the server's banner stays).
   */
  private _keep: AdoptChunk['keep'] | undefined = (_old, fresh) => fresh;
  /** Where the dialog chunk renders. */
  private _dialog = h('div', { class: 'contents' }) as HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this._off = [consent.on('ui', refresh), consent.on('change', refresh)];
    host.attach(this, true);
  }

  disconnectedCallback(): void {
    this._off.forEach((off) => off());
    host.detach(this);
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value && this.isConnected && !this._writing) host.attach(this);
  }

  /** Opens the preferences dialog with the current choices; focus returns to the opener on close. */
  async openPreferences(): Promise<void> {
    const opener = deepActive();
    const prefs = (this._prefs ??= await loadChunk<typeof Preferences>('preferences'));
    if (!this._styled) adoptCss(this.root(), prefs.styles);
    this._styled = true;
    // Kept from here on: a render while the chunk loads is not the dialog closing.
    this._opener = opener;
    prefs.open(consent);
    this.requestUpdate();
    consent.setView('preferences');
  }

  private _t = (key: TextKey): string => text(consent.getConfig(), language(), key);

  private _pieces = (key: TextKey) => pieces(this._t(key));

  private _close = (): void => consent.setView(consent.due() ? 'banner' : 'none');

  /** The first layer (first-layer.ts, which the server renders too: src/ssr/banner.ts). */
  private _banner = () =>
    firstLayer(h, consent.getConfig(), this._t, {
      accept: () => consent.acceptAll('banner'),
      reject: () => consent.rejectAll('banner'),
      optOut: () => consent.optOut('banner'),
      ok: () => consent.decide({}, 'banner'),
      preferences: () => void this.openPreferences(),
    });

  protected override update(): void {
    const root = this.root();
    if (!this._main.parentNode) {
      // Rendered by the server (src/ssr/banner.ts): its two containers are taken over, not drawn again.
      const [main, dialog] = root.querySelectorAll<HTMLElement>('.contents');
      if (dialog) {
        [this._main, this._dialog] = [main, dialog];
        this._keep = undefined;
        // A chunk that cannot load leaves the server's markup to be drawn again.
        void loadChunk<AdoptChunk>('adopt')
          .then(
            (c) => c.keep,
            () => (_old: unknown, fresh: Element) => fresh,
          )
          // The server's banner was shown before the first paint (src/ssr/banner.ts), but its
          // buttons act only from now on: the click guard counts from here.
          .then((keep) => ((this._keep = keep), appeared(), this.requestUpdate()));
      } else root.append(this._main, this._dialog);
      guard(root);
    }
    const view = consent.getView();
    const config = consent.getConfig();
    // Only the banner that Consentry drives renders, not in English while a language loads, and
    // not while the configuration is loading (a JSON configuration, the regions): what is on
    // screen (a server's banner) stays until it is known.
    const ours = host.banner() === this;
    const shown = ours && languageReady() && !config.pending ? view : 'hidden';
    this._prefs?.render(
      { consent, t: this._t, pieces: this._pieces, update: () => this.requestUpdate(), close: this._close },
      this._dialog,
      shown === 'preferences',
    );
    if (shown !== 'hidden') {
      // The UI speaks the chosen language, which may differ from the page's.
      this._writing = true;
      this.lang = language();
      this._writing = false;
      this.dir = isRtl(this.lang) ? 'rtl' : 'ltr';
      // CSSOM, not a style attribute: allowed under a strict CSP.
      this.style.colorScheme = config.theme === 'auto' ? 'light dark' : config.theme;
    }
    const revisit = shown === 'none' && config.revisit === 'button' && config.mode !== 'none' && !consent.due();
    // While a language loads, what is shown stays: no English, and a server's banner stays put.
    if (this._keep && (shown !== 'hidden' || !ours)) {
      const next =
        shown === 'banner'
          ? // A server's first layer is kept when it is the same (no redraw, focus stays).
            [this._keep(this._main.firstElementChild, this._banner())]
          : revisit
            ? // After a decision: the "Privacy settings" control.
              [control(this._t('revisit'), () => this.openPreferences())]
            : [];
      // Moving the kept first layer would close it and take focus off it.
      if (next[0] !== this._main.firstChild) this._main.replaceChildren(...next);
    }
    // The first layer and the dialog stay open while shown. Where the popover API is missing, the
    // first layer stays a fixed panel.
    const bar = root.querySelector<HTMLElement>('[popover]');
    const dialog = root.querySelector('dialog');
    if (bar?.showPopover && !bar.matches(':popover-open')) {
      bar.showPopover();
      appeared();
    }
    if (dialog && !dialog.open) {
      dialog.showModal();
      appeared();
    }
    const opener = this._opener as HTMLElement | null;
    if (opener && view !== 'preferences') {
      this._opener = null;
      // The opener may have been the banner or the revisit control, both rebuilt since:
      // then focus goes to their new counterpart.
      (opener.isConnected ? opener : root.querySelector<HTMLElement>(view === 'banner' ? '[part~=preferences]' : '.revisit'))?.focus();
    }
  }
}
