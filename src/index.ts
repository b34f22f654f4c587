/**
 * Consentry as an ES module. Importing it defines the elements and `window.Consentry`; nothing
 * starts until a `<consent-banner>` connects or an API function is called.
 * @packageDocumentation
 */
import { Consentry } from './api.js';
import { defineElements } from './define.js';

export * from './api.js';
export type { ConsentSnapshot, ConsentChangeDetail, ConsentUiDetail, Mode, Source, View } from './core/types.js';
export type { Choices, EventName } from './core/consent.js';
export { ConsentBanner } from './ui/consent-banner/consent-banner.js';

const w = window as unknown as { Consentry?: typeof Consentry };
if (!w.Consentry) {
  w.Consentry = Consentry;
  defineElements();
}
