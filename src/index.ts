/**
 * Consentry as an ES module. Importing it defines the elements and `window.Consentry`; nothing
 * starts until a `<consent-banner>` connects or an API function is called.
 * @packageDocumentation
 */
import { Consentry } from './api.js';
import { defineElements } from './define.js';
import { SHARED, share } from './shared.js';
import type { ConsentGate } from './ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from './ui/consent-opt-out/consent-opt-out.js';

export * from './api.js';
export type { AuditReport, ConsentSnapshot, ConsentChangeDetail, ConsentUiDetail, Mode, Source, View } from './core/types.js';
export type { Choices, EventName } from './core/consent.js';
export { ConsentBanner } from './ui/consent-banner/consent-banner.js';
export { PrivacyNotice } from './ui/privacy-notice/privacy-notice.js';
export type { ConsentGate, ConsentOptOut };

const w = window as any;
// The same mark as the drop-in's (drop-in.ts): whichever loads first stays in charge.
if (!w[SHARED]) {
  w.Consentry = Consentry;
  share();
  defineElements();
}
