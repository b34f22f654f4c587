/**
 * `consentry/vue`: the visitor's consent as a Vue 3 ref. In server rendering the value is
 * "undecided, nothing optional granted".
 * @packageDocumentation
 */
import { getCurrentScope, onScopeDispose, readonly, shallowRef, type Ref } from 'vue';
import type { ConsentSnapshot } from './core/types.js';
import { listen, read } from './frameworks/source.js';

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
  const state = shallowRef(read());
  const off = listen(() => (state.value = read()));
  if (getCurrentScope()) onScopeDispose(off);
  return readonly(state) as Readonly<Ref<ConsentSnapshot>>;
}
