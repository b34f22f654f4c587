/**
 * `consentry/react`: the visitor's consent as React state. Works with React 18 and 19, in
 * StrictMode, and in server rendering, where (and while hydrating) the snapshot is "undecided,
 * nothing optional granted", so server and client render the same first.
 * @packageDocumentation
 */
import { useSyncExternalStore } from 'react';
import type { ConsentSnapshot } from '../core/types.js';
import { api, browser, listen, read, SERVER_SNAPSHOT } from '../frameworks/source.js';

export type { ConsentSnapshot };

const server = (): ConsentSnapshot => SERVER_SNAPSHOT;
const never = (): boolean => false;

/**
 * The current consent snapshot; the component re-renders when it changes (a decision in the
 * banner or from code, another tab, `reset()`).
 *
 * @example
 * const { decided, categories } = useConsent();
 */
export function useConsent(): ConsentSnapshot {
  return useSyncExternalStore(listen, read, server);
}

/**
 * Whether `id`, a category or `category/service`, is granted; re-renders when that changes.
 * `false` on the server and while hydrating.
 *
 * @example
 * const analytics = useAllowed('analytics');
 */
export function useAllowed(id: string): boolean {
  return useSyncExternalStore(listen, () => browser && api().allowed(id), never);
}
