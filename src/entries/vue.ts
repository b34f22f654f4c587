/**
 * `consentry/vue`: the visitor's consent as a Vue 3 ref. In server rendering, and in a
 * component's first render (so that hydration matches the server's HTML), the value is
 * "undecided, nothing optional granted".
 * @packageDocumentation
 */
import { getCurrentInstance, getCurrentScope, onMounted, onScopeDispose, readonly, shallowRef, type EmitFn, type HTMLAttributes, type Ref } from 'vue';
import type { ConsentSnapshot } from '../core/types.js';
import type { ConsentBannerAttributes, ConsentEventMap, ConsentGateAttributes, ConsentOptOutAttributes, PrivacyNoticeAttributes } from '../elements.js';
import type { ConsentBanner } from '../ui/consent-banner/consent-banner.js';
import type { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';
import type { PrivacyNotice } from '../ui/privacy-notice/privacy-notice.js';
import { listen, read, SERVER_SNAPSHOT } from '../frameworks/source.js';

export type { ConsentSnapshot };

/**
 * The current consent snapshot as a read-only ref that follows every change (a decision in the
 * banner or from code, another tab, `reset()`). Called in a component's `setup` (or any effect
 * scope), it stops listening when the component unmounts.
 *
 * @example
 * const consent = useConsent();
 * const analytics = computed(() => consent.value.categories.analytics === true);
 */
export function useConsent(): Readonly<Ref<ConsentSnapshot>> {
  // In a component, the first render shows the server snapshot, as server rendering did, so that
  // hydration matches; the visitor's state follows once mounted, before the browser paints.
  const component = !!getCurrentInstance();
  const state = shallowRef(component ? SERVER_SNAPSHOT : read());
  const update = () => (state.value = read());
  const off = listen(update);
  if (component) onMounted(update);
  if (getCurrentScope()) onScopeDispose(off);
  return readonly(state);
}

/**
 * A custom element as Vue's template type-checker (vue-tsc, Volar) sees a component: its
 * attributes and DOM attributes as `$props`, its events as `$emit` (`@consent-change`), as Vue's
 * guide on web components and TypeScript describes.
 */
type VueElement<E extends HTMLElement, Attrs, Events = Record<never, never>> = new () => E & {
  /** For template type-checking only; not a property of the element. */
  $props: HTMLAttributes & Attrs;
  /** For template type-checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

// The four elements for Vue templates, so that a .vue file using them type-checks with no
// declaration of the app's own (docs/frameworks.md). Vue's compiler still needs to be told they are
// custom elements (`isCustomElement`).
declare module 'vue' {
  interface GlobalComponents {
    'consent-banner': VueElement<ConsentBanner, ConsentBannerAttributes, ConsentEventMap>;
    'consent-gate': VueElement<ConsentGate, ConsentGateAttributes>;
    'consent-opt-out': VueElement<ConsentOptOut, ConsentOptOutAttributes>;
    'privacy-notice': VueElement<PrivacyNotice, PrivacyNoticeAttributes>;
  }
}
