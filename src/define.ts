import { ConsentBanner } from './ui/consent-banner/consent-banner.js';
import { PrivacyNotice } from './ui/privacy-notice/privacy-notice.js';
import type { ConsentGate } from './ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from './ui/consent-opt-out/consent-opt-out.js';

/** Defines Consentry's custom elements, leaving any already defined (a second copy) alone. */
export function defineElements(): void {
  if (!customElements.get('consent-banner')) customElements.define('consent-banner', ConsentBanner);
  if (!customElements.get('privacy-notice')) customElements.define('privacy-notice', PrivacyNotice);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'privacy-notice': PrivacyNotice;
    'consent-gate': ConsentGate;
    'consent-opt-out': ConsentOptOut;
  }
}
