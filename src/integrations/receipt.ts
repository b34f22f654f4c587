import type { ConsentReceipt, ReceiptSource } from '../schema/receipt.js';
import type { ConsentChangeDetail } from '../core/types.js';
import { getConfig } from '../core/consent.js';
import { decided, device, post, proveShown } from './insight.js';

/** The package version, sent in receipts (a unit test keeps it equal to package.json's). */
export const VERSION = '0.1.0';

/** A consent receipt, exactly as sent to `consent-endpoint` (docs/receipts.md): one definition with the collector's. */
export type Receipt = ConsentReceipt;

type Report = (message: string) => void;

/** The outbox: receipts not yet acknowledged with a 2xx, oldest first, as sent (JSON text). */
const KEY = 'consentry:receipts';
/** The outbox holds at most this many receipts; the oldest go first. */
const OUTBOX = 20;

/** A random (version 4) UUID, also where `crypto.randomUUID` is missing (pages served over http). */
const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16));

/**
 * The receipt of a decision: what was decided, where and when, under which experiment arm, on
 * which class of device; nothing else about the visitor. `shown` is added once hashed (`sendReceipt`).
 */
export const receipt = (d: ConsentChangeDetail, language: string, arm?: string, layout?: string): Receipt => ({
  receipt: uuid(),
  id: d.id,
  revision: d.revision,
  timestamp: d.timestamp!,
  // Another tab's decision (`sync`) has its own receipt, sent by that tab (integrations/index.ts).
  source: d.source as ReceiptSource,
  categories: d.categories,
  services: d.services,
  gpc: d.gpc,
  region: d.region ?? null,
  origin: location.origin,
  path: location.pathname,
  language,
  version: VERSION,
  ...(arm ? { arm } : {}),
  device: device(),
  // The mode and layout let the collector count a decision beside the impressions of the same banner.
  mode: d.mode,
  ...(layout ? { layout } : {}),
});

/** This page's outbox when `localStorage` is blocked: then receipts are retried while the page stays open. */
let memory: string[] = [];

/** Reads the outbox and, with `change`, writes what it makes of it (removing the key when empty). */
function outbox(change?: (list: string[]) => string[]): string[] {
  let list = memory;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) || '[]');
    // Anything else under the key (another script's, a tampered value) is not a receipt of ours.
    list = Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    /* storage blocked or unreadable: this page's copy */
  }
  if (change) {
    memory = list = change(list);
    try {
      if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
      else localStorage.removeItem(KEY);
    } catch {
      /* storage blocked or full: kept in memory for this page */
    }
  }
  return list;
}

// Each receipt is posted with `post` (insight.ts): no cookies (`credentials: 'omit'`), no
// referrer, `keepalive` so that it survives the page unloading; `text/plain` is a simple
// request, which needs no CORS preflight. `sendBeacon` is never used: it sends the page's cookies.

let busy = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let tries = 0;

/**
 * Sends the outbox, oldest first, one receipt at a time (`keepalive` bodies share a 64 KB
 * allowance). A receipt leaves the outbox on a 2xx. On a network error, a 5xx, 408 or 429 the
 * rest waits and is retried with backoff (1 s, 2 s, 4 s … at most a minute) while the page stays
 * open, and at the next page load. Any other answer refuses that receipt for good (it can never
 * succeed and would hold back every later one): it is dropped and reported.
 */
function flush(url: string, report: Report): void {
  const [body] = outbox();
  if (busy || body === undefined) return;
  busy = true;
  void post(url, body).then((status) => {
    busy = false;
    const final = status >= 200 && status < 300;
    if (final || (status >= 400 && status < 500 && status !== 408 && status !== 429)) {
      if (!final) report(`consent-endpoint answered ${status} to a receipt; it is dropped`);
      tries = 0;
      outbox((list) => list.filter((b) => b !== body));
      flush(url, report);
    } else
      timer ??= setTimeout(
        () => {
          timer = undefined;
          flush(url, report);
        },
        Math.min(6e4, 1e3 * 2 ** tries++),
      );
  });
}

/**
 * Sends the receipt of decision `d` to `url`: it enters the outbox first, so that a page that
 * closes before the answer sends it again at its next load (at least once; the collector
 * deduplicates by `receipt`). When the outbox is full, the oldest receipt is dropped and reported.
 */
export function sendReceipt(url: string, d: ConsentChangeDetail, language: string, report: Report): void {
  decided();
  const made = receipt(d, language, getConfig().arm, getConfig().layout);
  const body = JSON.stringify(made);
  outbox((list) => {
    const next = [...list, body];
    if (next.length > OUTBOX) report(`consent-endpoint: ${next.length - OUTBOX} unsent receipt(s) dropped, the outbox holds ${OUTBOX}`);
    return next.slice(-OUTBOX);
  });
  // The hash of the words shown takes a moment (and, the first time, its text is posted first):
  // the receipt waits in the outbox meanwhile, so that a page closed now still sends it, unproven.
  void proveShown(url, language, d.source).then(
    (shown) => {
      if (shown) outbox((list) => list.map((b) => (b === body ? JSON.stringify({ ...made, shown }) : b)));
      flush(url, report);
    },
    () => flush(url, report),
  );
}

/** Sends what earlier page loads left in the outbox. */
export const resend = (url: string, report: Report): void => flush(url, report);
