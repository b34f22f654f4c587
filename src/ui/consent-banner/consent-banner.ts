import { BaseElement } from '../base.js';
import { h } from '../dom.js';
import * as consent from '../../core/consent.js';
import { ATTRIBUTES } from '../../core/config.js';
import type * as Preferences from './preferences.js';
import type { RevisitChunk } from '../../chunks/revisit.js';
import { loadChunk } from '../../loader/lazy.js';
import { isRtl, pieces, text } from '../../i18n/texts.js';
import { language, languageReady } from '../../i18n/language.js';
import { host } from '../host.js';
import { styles } from './consent-banner.styles.js';
import { adoptCss } from '../css.js';
import { doc } from '../../core/guard.js';
import type { Mode } from '../../core/types.js';
import { appeared, guard } from '../click-guard.js';
import type { TextKey } from '../../i18n/en.js';

/** The banner's text in each mode: written out, never built from the mode's name (`opt-outText` is no key). */
const BANNER_TEXT: Record<Mode, TextKey> = { 'opt-in': 'text', 'opt-out': 'optOutText', notice: 'noticeText', none: 'noticeText' };

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
  static override styles = styles;
  static observedAttributes = ATTRIBUTES;

  /** Inserted by the drop-in rather than written by the site: it yields to a page's own banner. */
  _auto = false;
  private _opener: Element | null = null;
  /** Set while the banner writes its own `lang`, which is not the site's option. */
  private _writing = false;
  private _off: Array<() => void> = [];
  /** The preferences dialog, loaded on first use: most visitors never open it. */
  private _prefs?: typeof Preferences;
  /** The revisit control, loaded once the visitor has decided (or with the dialog). */
  private _revisit?: RevisitChunk;
  private _revisitLoad?: Promise<void>;
  /** The dialog's styles have been added to the shadow root. */
  private _styled = false;
  /** The first layer or the revisit control, rebuilt on each update. */
  private _main = h('div', { class: 'contents' });
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
    // The revisit control comes with it: focus goes there when the dialog closes.
    const prefs = (this._prefs ??= (
      await Promise.all([loadChunk<typeof Preferences>('preferences'), consent.getConfig().revisit === 'button' && this._loadRevisit()])
    )[0]);
    if (!this._styled) adoptCss(this.root(), prefs.styles);
    this._styled = true;
    // Kept from here on: a render while the chunks load (the revisit control arriving) is not the dialog closing.
    this._opener = opener;
    prefs.open(consent);
    this.requestUpdate();
    consent.setView('preferences');
  }

  /** Loads the revisit control once (a failure is reported by loadChunk) and shows it when it arrives. */
  private _loadRevisit = (): Promise<void> =>
    (this._revisitLoad ??= loadChunk<RevisitChunk>('revisit').then(
      (r) => {
        adoptCss(this.root(), r.styles);
        this._revisit = r;
        // Shown only when no panel is (re-rendering the first layer would move focus off its buttons).
        if (consent.getView() === 'none') this.requestUpdate();
      },
      () => {},
    ));

  private _t = (key: TextKey): string => text(consent.getConfig(), language(), key);

  private _pieces = (key: TextKey) => pieces(this._t(key));

  /** Every action has the same look, so that refusing is as prominent as accepting. */
  private _button = (key: TextKey, part: string, onclick: () => void) => h('button', { part: 'button ' + part, onclick }, this._t(key));

  private _close = (): void => consent.setView(consent.due() ? 'banner' : 'none');

  private _banner() {
    const config = consent.getConfig();
    const mode = config.mode;
    const ok = () => consent.decide({}, 'banner');
    const link = (label: string, href: string) => h('a', { part: 'link', href }, label);
    const body = [
      h('h2', { part: 'title', id: 'title' }, this._t('title')),
      h(
        'p',
        { part: 'text', id: 'text' },
        // Where the region's rules grant categories without asking, the text does not ask about them.
        this._pieces(mode === 'opt-in' && config.exempt?.length ? 'exemptText' : BANNER_TEXT[mode]).map((p) =>
          typeof p === 'string' ? p : link(p.label, p.href),
        ),
        ' ',
        config.policyUrl && link(this._t('policy'), config.policyUrl),
      ),
      h(
        'div',
        { part: 'actions', class: 'actions' },
        mode === 'opt-in'
          ? [this._button('acceptAll', 'accept', () => consent.acceptAll('banner')), this._button('rejectAll', 'reject', () => consent.rejectAll('banner'))]
          : mode === 'opt-out'
            ? [this._button('optOut', 'reject', () => consent.optOut('banner')), this._button('ok', 'accept', ok)]
            : this._button('ok', 'accept', ok),
        this._button('preferences', 'preferences', () => this.openPreferences()),
      ),
    ];
    const cls = `panel ${config.layout} ${config.position}`;
    return config.layout === 'modal'
      ? // Escape on the modal banner decides nothing, so it does not close it either.
        h('dialog', { part: 'banner', class: cls, 'aria-labelledby': 'title', 'aria-describedby': 'text', oncancel: (e: Event) => e.preventDefault() }, body)
      : // In the top layer too, so that no layer of the page can cover it (docs/elements.md#the-top-layer).
        h('div', { part: 'banner', class: cls, role: 'region', 'aria-labelledby': 'title', popover: 'manual' }, body);
  }

  protected override update(): void {
    const root = this.root();
    if (!root.firstChild) {
      root.append(this._main, this._dialog);
      guard(root);
    }
    const view = consent.getView();
    // Only the banner that Consentry drives renders, and not in English while a language loads.
    const shown = host.banner() === this && languageReady() ? view : 'hidden';
    const config = consent.getConfig();
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
    this._main.replaceChildren(
      ...(shown === 'banner'
        ? [this._banner()]
        : revisit
          ? // After a decision: the control, once its chunk is here.
            this._revisit
            ? [this._revisit.control(this._t('revisit'), () => this.openPreferences())]
            : (this._loadRevisit(), [])
          : []),
    );
    // A new first layer each render; the dialog stays open while shown. Where the popover API is
    // missing, the first layer stays a fixed panel.
    const bar = root.querySelector<HTMLElement>('[popover]');
    const dialog = root.querySelector('dialog');
    if (bar?.showPopover) {
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
