import { allowed, optional } from '../core/consent.js';

/**
 * What the audit must have watched from the start of the page, before it is asked for: when an
 * optional category was first granted (`at`: `0` if one already was when watching started,
 * `Infinity` while none has been; a third-party resource that started before it loaded before
 * consent), and the nodes added to the page while some optional category was granted. Gating (the
 * extras chunk) watches from its start; the audit, loaded on demand (`consentry.audit.js`), reads
 * it (docs/audit.md).
 */
export interface Watched {
  at: number;
  added: WeakSet<Node>;
}

/** Some optional category is granted. */
const granted = (): boolean => optional().some((c) => allowed(c.id));

/** Starts filling `w`; `then` runs after each consent change, once `w` is up to date. */
export function watchGrants(w: Watched, then?: () => void): void {
  try {
    w.at = granted() ? 0 : Infinity;
    // In the capture phase on `window`, before any listener of the page can load something that
    // consent now allows (which must not count as early).
    addEventListener(
      'consent-change',
      () => {
        if (w.at === Infinity && granted()) w.at = performance.now();
        then?.();
      },
      true,
    );
    new MutationObserver((records) => {
      if (granted()) for (const r of records) for (const n of r.addedNodes) w.added.add(n);
    }).observe(document, { childList: true, subtree: true });
  } catch {
    /* no Performance API or observers: the audit reports what it can read */
  }
}
