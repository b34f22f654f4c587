/**
 * Consentry as an ES module. Importing it in a browser defines the elements and
 * `window.Consentry`; nothing starts until a `<consent-banner>` connects or an API function is
 * called. Importing it elsewhere (server rendering in Node, Deno, an edge runtime) touches no DOM
 * and does nothing.
 * @packageDocumentation
 */
import { Consentry } from '../api.js';
import { defineElements } from '../define.js';
import { SHARED, share } from '../loader/shared.js';
import type { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';

export * from '../api.js';
export type { AuditReport, ConsentSnapshot, ConsentChangeDetail, ConsentUiDetail, Mode, Source, View } from '../core/types.js';
export type { Choices, EventName } from '../core/consent.js';
import type { ConsentBanner } from '../ui/consent-banner/consent-banner.js';
import type { PrivacyNotice } from '../ui/privacy-notice/privacy-notice.js';
export type {
  ConsentBannerAttributes,
  ConsentEventHandlers,
  ConsentEventMap,
  ConsentGateAttributes,
  ConsentOptOutAttributes,
  PrivacyNoticeAttributes,
} from '../elements.js';
export { ConsentBanner } from '../ui/consent-banner/consent-banner.js';
export { PrivacyNotice } from '../ui/privacy-notice/privacy-notice.js';
export type { ConsentGate, ConsentOptOut };

// The four elements for the DOM's look-ups (`querySelector('consent-banner')`, `createElement`),
// here in the entry point so that it is in the published `consentry.d.ts`.
declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'privacy-notice': PrivacyNotice;
    'consent-gate': ConsentGate;
    'consent-opt-out': ConsentOptOut;
  }
}

// A drop-in already on the page stays in charge (the same mark as drop-in.ts, which page markup
// cannot fake): the framework entry points then use its state, so a page has one state and one banner.
const w = typeof window === 'undefined' ? undefined : (window as any);
if (w && !w[SHARED]) {
  w.Consentry = Consentry;
  share();
  defineElements();
}
