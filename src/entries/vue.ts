/**
 * `consentry/vue`: the visitor's consent as a Vue 3 ref. In server rendering, and in a
 * component's first render (so that hydration matches the server's HTML), the value is
 * "undecided, nothing optional granted".
 * @packageDocumentation
 */
import { getCurrentInstance, getCurrentScope, onMounted, onScopeDispose, readonly, shallowRef, type Ref } from 'vue';
import type { ConsentSnapshot } from '../core/types.js';
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
