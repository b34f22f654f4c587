import { Consentry as own, type ConsentryApi } from '../api.js';
import { ensureBanner } from '../boot.js';
import type { ConsentSnapshot } from '../core/types.js';
import '../entries/index.js';

/**
 * What the framework entry points (react.ts, vue.ts, store.ts) share: one way to read the
 * consent state and hear its changes, in the browser and during server rendering.
 */

/** Whether this runs in a browser page (not server rendering in Node, Deno or an edge runtime). */
export const browser = typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * The snapshot during server rendering, and while hydrating: undecided, nothing optional granted.
 * The same object every time, so that React's `getServerSnapshot` is stable.
 */
export const SERVER_SNAPSHOT: ConsentSnapshot = Object.freeze({
  decided: false,
  categories: Object.freeze({ necessary: true }),
  services: Object.freeze({}),
  id: '',
  revision: '1',
  timestamp: null,
  mode: 'opt-in',
  region: null,
  gpc: false,
} as ConsentSnapshot);

let started = false;

/**
 * The API in charge of the page: the drop-in's `window.Consentry` when the drop-in is there (one
 * state, one banner), else this module's own, which importing src/entries/index.ts installed. The first
 * use of our own starts it as the drop-in would: a banner if a decision is due (a
 * `<consent-banner>` that the app renders takes over from it).
 */
export function api(): ConsentryApi {
  // Page markup can name an element `Consentry` (`<form name="Consentry">`): only an object with
  // the API's functions is the drop-in's.
  const found = (window as unknown as { Consentry?: ConsentryApi }).Consentry;
  const c = typeof found?.get === 'function' && typeof found.on === 'function' ? found : own;
  if (c === own && !started) {
    started = true;
    ensureBanner();
  }
  return c;
}

let last: ConsentSnapshot = SERVER_SNAPSHOT;
let lastKey = '';

/**
 * The current snapshot, the same object until the state changes (what React's
 * `useSyncExternalStore` requires of `getSnapshot`). On a server: {@link SERVER_SNAPSHOT}.
 */
export function read(): ConsentSnapshot {
  if (!browser) return SERVER_SNAPSHOT;
  const s = api().get();
  // Everything a snapshot shows except the id, which is made only when read.
  const key = JSON.stringify([s.decided, s.categories, s.services, s.revision, s.timestamp, s.mode, s.gpc, (s as { region?: unknown }).region]);
  if (key !== lastKey) {
    lastKey = key;
    last = Object.freeze(s);
  }
  return last;
}

/** Calls `fn` after every change of the consent state; returns the unsubscribe. */
export function listen(fn: () => void): () => void {
  return browser ? api().on('change', () => fn()) : () => {};
}
