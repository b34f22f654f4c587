import { jsonPending } from '../core/json-config.js';
import { allowed, getConfig, whenAllowed } from '../core/consent.js';
import { nonce } from '../core/trusted.js';
import { addScript, usable } from './activate.js';
import { known } from './gate.js';
import { doc } from '../core/guard.js';

/** Options of `loadScript`. */
export interface LoadScriptOptions {
  /** The category, or `category/service`, that must be granted first. */
  category: string;
  /** Further attributes of the script element (`integrity`, `crossorigin`, `type`, `data-*`, …). */
  attributes?: Record<string, string>;
}

/** Scripts asked for, by `src`: each loads once (a failed one may be asked for again). */
const loading = new Map<string, Promise<void>>();

/** Resolves once no JSON configuration named by `config` is still to come (it may void the stored decision). */
const settled = (): Promise<unknown> =>
  new Promise((ok) => (jsonPending(getConfig().config) ? doc.addEventListener('DOMContentLoaded', ok, { once: true }) : ok(0)));

/**
 * Inserts the script once `key` is granted and the configuration is settled; waits again when
 * consent is withdrawn before it is inserted or while it downloads (it is then stopped).
 */
const attempt = (key: string, src: string, attributes?: Record<string, string>): Promise<boolean> =>
  settled()
    .then(() => whenAllowed(key))
    .then(() => {
      const s = doc.createElement('script');
      for (const [name, value] of Object.entries(attributes || {})) s.setAttribute(name, value);
      s.nonce = nonce;
      // Consent is asked again now: it may have been withdrawn since `whenAllowed` resolved.
      return addScript(
        s,
        src,
        '',
        () => doc.head.append(s),
        () => allowed(key) && !jsonPending(getConfig().config),
      );
    })
    .then((ok) => ok ?? attempt(key, src, attributes));

/**
 * Loads a script once `category` is granted (at once if it already is), with the drop-in's
 * nonce and through Consentry's Trusted Types policy. Resolves when the script has loaded,
 * rejects if it fails to load. The same `src` is loaded only once. An unknown category is
 * reported and never granted. A script whose consent is withdrawn before it has run is stopped,
 * and loads when consent is given again.
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
      (p = attempt(key, src, attributes).then((ok) => {
        if (!ok) {
          loading.delete(src);
          throw new Error('[consentry] could not load ' + src);
        }
      })),
    );
  return p;
}
