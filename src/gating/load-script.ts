import { whenAllowed } from '../core/consent.js';
import { nonce } from '../core/trusted.js';
import { addScript } from './activate.js';
import { known } from './gate.js';

/** Options of `loadScript`. */
export interface LoadScriptOptions {
  /** The category, or `category/service`, that must be granted first. */
  category: string;
  /** Further attributes of the script element (`integrity`, `crossorigin`, `type`, `data-*`, …). */
  attributes?: Record<string, string>;
}

/**
 * Loads a script once `category` is granted (at once if it already is), with the drop-in's
 * nonce and through Consentry's Trusted Types policy. Resolves when the script has loaded,
 * rejects if it fails to load. An unknown category is reported and never granted.
 */
export function loadScript(src: string, { category, attributes }: LoadScriptOptions): Promise<void> {
  known(category);
  return whenAllowed(category)
    .then(() => {
      const s = document.createElement('script');
      for (const [name, value] of Object.entries(attributes || {})) s.setAttribute(name, value);
      s.nonce = nonce;
      return addScript(s, src, '', () => document.head.append(s));
    })
    .then((ok) => {
      if (!ok) throw new Error('[consentry] could not load ' + src);
    });
}
