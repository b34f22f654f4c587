import type { Config } from '../core/config.js';
import type { Mode, Source } from '../core/types.js';
import { getConfig } from '../core/consent.js';
import { language } from '../i18n/language.js';
import { categoryText } from '../i18n/category-text.js';
import { loadPurposes, purposeText } from '../i18n/purpose.js';
import { addEnglish, pieces, shipped, text } from '../i18n/texts.js';
import { enMore } from '../i18n/en-more.js';
import { bannerTextKey } from '../ui/consent-banner/first-layer.js';

// Consent insight (docs/receipts.md#impressions, decision 0029): anonymous impressions and the
// proof of the words shown. In the integrations chunk, loaded after the first frame: the drop-in
// only says when a banner or dialog is shown.

// The categories' built-in names are the dialog's texts, which the `lit` chunk brings otherwise.
addEnglish(enMore);

/** The device class, from the viewport's width alone (CSS px). */
export const device = (): 'phone' | 'tablet' | 'desktop' => (innerWidth < 600 ? 'phone' : innerWidth < 1024 ? 'tablet' : 'desktop');

/** The privacy signal the browser sends, honoured or not. */
const signal = (): 'gpc' | 'dnt' | 'none' => {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true ? 'gpc' : nav.doNotTrack === '1' ? 'dnt' : 'none';
};

/** `name` next to the receipts endpoint (`…/receipts` → `…/impressions`), absolute. */
const beside = (endpoint: string, name: string): string => new URL(name, new URL(endpoint, location.href)).href;

/** Posts `body` as receipts are posted (src/integrations/receipt.ts): no cookie, no referrer, no preflight. */
export const post = (url: string, body: string): Promise<number> =>
  fetch(url, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
  }).then(
    (r) => r.status,
    () => 0,
  );

/** The banner was counted on this page, since the last decision. */
let bannerCounted = false;

/** A decision was made: the banner, if shown again (a reset), is a new impression. */
export const decided = (): void => void (bannerCounted = false);

/**
 * Sends one impression for the surface now shown (`banner` or `preferences`, the dialog), once
 * per banner on a page however often it is redrawn or returned to from the dialog. Nothing but
 * the day's counters is made of it: no id, no time, no address (the contract is docs/receipts.md).
 */
export function impression(view: 'banner' | 'preferences'): void {
  const config = getConfig();
  const banner = view === 'banner';
  if (!config.consentEndpoint || !config.impressions || (banner && bannerCounted)) return;
  if (banner) bannerCounted = true;
  void post(
    beside(config.consentEndpoint, 'impressions'),
    JSON.stringify({
      v: 1,
      surface: banner ? 'banner' : 'dialog',
      region: config.region ?? '',
      mode: config.mode,
      lang: language(),
      device: device(),
      signal: signal(),
      layout: banner ? config.layout : 'dialog',
      arm: config.arm ?? '',
    }),
  );
}

/** The first layer's buttons in each mode, in their order on screen. */
const BUTTONS: Record<Mode, string[]> = { 'opt-in': ['acceptAll', 'rejectAll'], 'opt-out': ['optOut', 'ok'], notice: ['ok'], none: ['ok'] };

/**
 * The words shown for a decision, as one JSON string whose keys come in the contract's order:
 * the first layer's title, text (with its links' words, and the policy link's) and buttons (and
 * the dialog's, for a decision made there), every category and service as the dialog names them,
 * and the policy link. The services' purposes are those of the UI language, whose file is
 * awaited so that the same words always make the same string.
 */
async function shownText(config: Config, lang: string, source: Source): Promise<string> {
  const t = (key: string) => text(config, lang, key);
  const file = shipped(lang);
  const services = config.categories.flatMap((c) => c.services);
  if (services.some((s) => s.purpose)) await new Promise<void>((done) => loadPurposes(file, done) && done());
  const words = pieces(t(bannerTextKey(config)))
    .map((p) => (typeof p === 'string' ? p : p.label))
    .join('');
  const buttons = [...BUTTONS[config.mode], 'preferences', ...(source === 'preferences' ? ['acceptAll', 'rejectAll', 'save'] : [])];
  return JSON.stringify({
    v: 1,
    lang,
    arm: config.arm ?? '',
    layout: config.layout,
    title: t('title'),
    text: config.policyUrl ? words + ' ' + t('policy') : words,
    buttons: Object.fromEntries(buttons.map((k) => [k, t(k)])),
    categories: config.categories.map((c) => ({ id: c.id, name: categoryText(config, lang, c.id), description: categoryText(config, lang, c.id, true) })),
    services: services.map((s) => ({ id: s.id, name: s.name, purpose: s.purpose ? purposeText(s.purpose, file) : '' })),
    policy: config.policyUrl,
  });
}

/** SHA-256 of the UTF-8 bytes of `value`, lower-case hex; `undefined` where there is no `crypto.subtle` (an insecure page). */
async function sha256(value: string): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/** Where the hashes of the texts already stored by the collector are remembered, and how many. */
const SENT = 'consentry:shown';
const REMEMBERED = 20;

/** Hashes whose text the collector has acknowledged (newest last); this page's copy when storage is blocked. */
let sentHere: string[] = [];
function sent(add?: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(SENT) || '[]');
    if (Array.isArray(stored)) sentHere = stored.filter((h): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
  } catch {
    /* blocked or unreadable: this page's list */
  }
  if (add && !sentHere.includes(add)) {
    sentHere = [...sentHere, add].slice(-REMEMBERED);
    try {
      localStorage.setItem(SENT, JSON.stringify(sentHere));
    } catch {
      /* blocked or full: remembered for this page */
    }
  }
  return sentHere;
}

/**
 * The `shown` hash of a decision, for its receipt. The first time a hash is needed in this
 * browser, its text goes to the collector (`POST /shown-texts`), before the receipt; it counts
 * as sent once acknowledged, so a failed post is tried again with the next decision.
 */
export async function proveShown(endpoint: string, lang: string, source: Source): Promise<string | undefined> {
  const value = await shownText(getConfig(), lang, source);
  const hash = await sha256(value);
  if (hash && !sent().includes(hash))
    void post(beside(endpoint, 'shown-texts'), JSON.stringify({ hash, text: value })).then((status) => status >= 200 && status < 300 && sent(hash));
  return hash;
}
