import { ConsentBanner } from './ui/consent-banner/consent-banner.js';

/** Defines Consentry's custom elements, leaving any already defined (a second copy) alone. */
export function defineElements(): void {
  if (!customElements.get('consent-banner')) customElements.define('consent-banner', ConsentBanner);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
  }
}
