import { whenAllowed } from '../core/consent.js';
import { nonce } from '../core/trusted.js';
import { addScript, usable } from './activate.js';
import { known } from './gate.js';

/** Options of `loadScript`. */
export interface LoadScriptOptions {
  /** The category, or `category/service`, that must be granted first. */
  category: string;
  /** Further attributes of the script element (`integrity`, `crossorigin`, `type`, `data-*`, …). */
  attributes?: Record<string, string>;
}

/** Scripts asked for, by `src`: each loads once (a failed one may be asked for again). */
const loading = new Map<string, Promise<void>>();

/**
 * Loads a script once `category` is granted (at once if it already is), with the drop-in's
 * nonce and through Consentry's Trusted Types policy. Resolves when the script has loaded,
 * rejects if it fails to load. The same `src` is loaded only once. An unknown category is
 * reported and never granted.
 */
export function loadScript(src: string, { category, attributes }: LoadScriptOptions): Promise<void> {
  const key = String(category);
  known(key);
  // Refused at once, before any consent: such a script would never be loaded.
  if (!usable('src', String(src))) return Promise.reject(new Error('[consentry] not loaded: ' + String(src).slice(0, 80)));
  let p = loading.get(src);
  if (!p)
    loading.set(
      src,
      (p = whenAllowed(key)
        .then(() => {
          const s = document.createElement('script');
          for (const [name, value] of Object.entries(attributes || {})) s.setAttribute(name, value);
          s.nonce = nonce;
          return addScript(s, src, '', () => document.head.append(s));
        })
        .then((ok) => {
          if (!ok) {
            loading.delete(src);
            throw new Error('[consentry] could not load ' + src);
          }
        })),
    );
  return p;
}
