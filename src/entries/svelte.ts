/**
 * `consentry/svelte`: types only. Svelte 5's template type-checker (svelte-check) learns the four
 * elements from it: reference it once (`/// <reference types="consentry/svelte" />` in
 * `src/app.d.ts`, or `import 'consentry/svelte'`), and a `.svelte` file using them type-checks
 * with no declaration of the app's own (docs/frameworks.md). Kept apart from `consentry/store`,
 * which apps without Svelte use too: this file names Svelte's own types.
 * @packageDocumentation
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { ConsentBannerAttributes, ConsentEventHandlers, ConsentGateAttributes, ConsentOptOutAttributes, PrivacyNoticeAttributes } from '../elements.js';
import type { ConsentBanner } from '../ui/consent-banner/consent-banner.js';
import type { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';
import type { PrivacyNotice } from '../ui/privacy-notice/privacy-notice.js';

/** Svelte's attributes of an element (`lang` included, which Svelte 5 sets as the property), with Consentry's own. */
type SvelteElement<E extends HTMLElement, Attrs> = HTMLAttributes<E> & Attrs;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'consent-banner': SvelteElement<ConsentBanner, ConsentBannerAttributes & ConsentEventHandlers>;
    'consent-gate': SvelteElement<ConsentGate, ConsentGateAttributes>;
    'consent-opt-out': SvelteElement<ConsentOptOut, ConsentOptOutAttributes>;
    'privacy-notice': SvelteElement<PrivacyNotice, PrivacyNoticeAttributes>;
  }
}
