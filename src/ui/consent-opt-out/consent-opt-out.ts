import { html, nothing } from 'lit/html.js';
import { ConsentElement, css } from '../element.js';
import * as consent from '../../core/consent.js';
import { language, languageReady } from '../../i18n/language.js';
import { host } from '../host.js';
import { text } from '../../i18n/texts.js';

/**
 * The "Do not sell or share my personal information" control for a footer (US state privacy
 * laws). Activating it refuses `advertising` and every category marked `saleOrShare`, and
 * nothing else, as a decision with source `opt-out`. Once those are refused by the visitor, or
 * by a Global Privacy Control (or, with `honor-dnt`, Do Not Track) signal that Consentry
 * honours, it shows "Opt-out request honoured" instead, and moves focus there.
 *
 * With a JSON `regions` table it shows only where the rules in force are `opt-out` (the US states
 * whose laws ask for this link, in the usual table), and renders nothing elsewhere
 * (docs/regions.md).
 *
 * @tag consent-opt-out
 * @summary A footer control to opt out of the sale and sharing of personal information.
 *
 * @fires consent-change - on `document`, with `detail.source` `opt-out`, when the visitor opts out
 *
 * @csspart button - the control, styled as a link
 * @csspart status - the "Opt-out request honoured" text
 */
export class ConsentOptOut extends ConsentElement {
  static override styles = css`
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }
  `;
  private _off?: () => void;
  private _focus = false;

  override connectedCallback(): void {
    this._off = consent.on('change', () => this.requestUpdate());
    // The drop-in's script is still running when this element upgrades: start (and render) after it.
    queueMicrotask(() => (host.start(), this.requestUpdate()));
  }

  disconnectedCallback(): void {
    this._off?.();
  }

  private _t(key: string): string {
    return text(consent.getConfig(), language(), key);
  }

  override render() {
    if (!languageReady()) return nothing; // Not English while the language's file loads.
    const config = consent.getConfig();
    // (While the region's rules load, the mode is opt-in.)
    if (config.json.regions !== undefined && config.mode !== 'opt-out') return nothing;
    const s = consent.snapshot();
    const refused = consent
      .optional()
      .filter(consent.sold)
      .every((c) => !s.categories[c.id]);
    const signal = consent.privacySignal();
    return refused && (signal || s.timestamp)
      ? html`<span part="status" role="status" tabindex="-1">${this._t(signal ? (s.gpc && consent.getConfig().honorGpc ? 'gpc' : 'dnt') : 'optedOut')}</span>`
      : html`<button
          part="button"
          @click=${() => {
            this._focus = true;
            consent.optOut('opt-out');
          }}
        >
          ${this._t('optOut')}
        </button>`;
  }

  protected override updated(): void {
    if (this._focus) this.root().querySelector<HTMLElement>('[part=status]')?.focus();
    this._focus = false;
  }
}
