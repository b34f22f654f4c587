/**
 * `consentry/store`: the visitor's consent as a store with Svelte's store contract, usable from
 * any framework or none. In server rendering the value is "undecided, nothing optional granted".
 * @packageDocumentation
 */
import type { ConsentSnapshot } from '../core/types.js';
import { listen, read } from '../frameworks/source.js';

export type { ConsentSnapshot };

/** A readable store of consent snapshots (Svelte's store contract). */
export interface ConsentStore {
  /** Calls `fn` with the current snapshot at once and after every change; returns the unsubscribe. */
  subscribe(fn: (snapshot: ConsentSnapshot) => void): () => void;
}

/**
 * The consent snapshot as a store: `$consent` in Svelte, or `consent.subscribe(fn)` anywhere.
 *
 * @example
 * const off = consent.subscribe((s) => console.log(s.categories.analytics));
 */
export const consent: ConsentStore = {
  subscribe(fn) {
    fn(read());
    return listen(() => fn(read()));
  },
};
