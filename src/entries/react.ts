/**
 * `consentry/react`: the visitor's consent as React state. Works with React 18 and 19, in
 * StrictMode, and in server rendering, where (and while hydrating) the snapshot is "undecided,
 * nothing optional granted", so server and client render the same first.
 * @packageDocumentation
 */
import { useSyncExternalStore, type DetailedHTMLProps, type HTMLAttributes } from 'react';
import type { ConsentSnapshot } from '../core/types.js';
import type { ConsentBannerAttributes, ConsentEventHandlers, ConsentGateAttributes, ConsentOptOutAttributes, PrivacyNoticeAttributes } from '../elements.js';
import type { ConsentBanner } from '../ui/consent-banner/consent-banner.js';
import type { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import type { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';
import type { PrivacyNotice } from '../ui/privacy-notice/privacy-notice.js';
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

/** React's props of an element: its DOM attributes (`lang` included, set as the property), `ref`, and Consentry's own `Attrs`. */
type ReactElementProps<E extends HTMLElement, Attrs> = DetailedHTMLProps<HTMLAttributes<E>, E> & Attrs;

// React 19's JSX for the four elements, so that `<consent-banner>` in a .tsx file type-checks with
// no declaration of the app's own (docs/frameworks.md). React 19 sets attributes, properties and
// `on<event>` listeners on custom elements as written.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'consent-banner': ReactElementProps<ConsentBanner, ConsentBannerAttributes & ConsentEventHandlers>;
      'consent-gate': ReactElementProps<ConsentGate, ConsentGateAttributes>;
      'consent-opt-out': ReactElementProps<ConsentOptOut, ConsentOptOutAttributes>;
      'privacy-notice': ReactElementProps<PrivacyNotice, PrivacyNoticeAttributes>;
    }
  }
}
