import type { ConsentChangeDetail } from '../core/types.js';

/** The package version, sent in receipts (a unit test keeps it equal to package.json's). */
export const VERSION = '0.1.0';

/** A consent receipt, exactly as sent to `consent-endpoint` (PRODUCT.md section 7). */
export interface Receipt {
  id: string;
  revision: string;
  timestamp: string;
  source: ConsentChangeDetail['source'];
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  gpc: boolean;
  /** The ISO 3166 code of the region whose rules were in force, `null` when unknown. */
  region: string | null;
  origin: string;
  path: string;
  language: string;
  version: string;
}

/** Receipts whose sending failed, kept for one more try on the next page view. */
const KEY = 'consentry:receipts';

/** The receipt of a decision: what was decided, where and when; nothing else about the visitor. */
export const receipt = (d: ConsentChangeDetail, language: string): Receipt => ({
  id: d.id,
  revision: d.revision,
  timestamp: d.timestamp!,
  source: d.source,
  categories: d.categories,
  services: d.services,
  gpc: d.gpc,
  region: d.region,
  origin: location.origin,
  path: location.pathname,
  language,
  version: VERSION,
});

/**
 * Sends a receipt: `sendBeacon` (survives the page unloading), else `fetch` with `keepalive`.
 * Both send the JSON as `text/plain`, a simple request that needs no CORS preflight; `fetch`
 * sends no cookies and no referrer. When both fail and `again` is set, the receipt is kept
 * (the only time receipts touch storage) for the next page view. Never throws.
 */
export function send(url: string, body: string, again = true): void {
  let queued = false;
  try {
    queued = navigator.sendBeacon(url, body);
  } catch {
    /* fall back to fetch */
  }
  if (!queued)
    fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((r) => r.ok || Promise.reject())
      .catch(() => again && store((list) => [...list, body].slice(-10)));
}

/** Reads the kept receipts and writes what `change` makes of them (removing the key when empty). */
function store(change: (list: string[]) => string[]): void {
  try {
    const list = change(JSON.parse(localStorage.getItem(KEY) || '[]'));
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    /* storage blocked: the receipt is lost, as a network failure would lose it */
  }
}

/** Sends the receipt of decision `d` to `url`. */
export const sendReceipt = (url: string, d: ConsentChangeDetail, language: string): void => send(url, JSON.stringify(receipt(d, language)));

/** Sends the receipts that failed on an earlier page view, once: they are not kept again. */
export function resend(url: string): void {
  store((list) => {
    for (const body of list) send(url, body, false);
    return [];
  });
}
