import { allowed, decide, decided, optional, sold } from '../core/consent.js';

/** What Shopify's Customer Privacy API calls the visitor's choices: `yes`, `no`, or `''` (none yet). */
type Choice = 'yes' | 'no' | '';

/** The Customer Privacy API's fields, each with the Consentry category that decides it (docs/integrations.md, Shopify). */
const FIELDS = { analytics: 'analytics', marketing: 'advertising', preferences: 'functional' } as const;

let asked = false;
let adopted = false;

/** The storefront's Customer Privacy API, once Shopify has loaded it (never a named element's properties). */
function api(): any {
  const privacy = (window as any).Shopify?.customerPrivacy;
  return typeof privacy?.setTrackingConsent == 'function' && typeof privacy.currentVisitorConsent == 'function' ? privacy : undefined;
}

/**
 * Keeps Shopify's Customer Privacy API in step with the visitor's decision (the bridge chunk's
 * `sync`, called by the drop-in at start and on every decision). A storefront whose theme has
 * not loaded the API is asked to (`Shopify.loadFeatures`, once). At start, a visitor who has not
 * decided with Consentry but has with Shopify (its own banner, another app) keeps that choice;
 * after that, each decision is sent with `setTrackingConsent` when it differs from Shopify's.
 */
export function syncShopify(report: (message: string) => void): void {
  const privacy = api();
  const shopify = (window as any).Shopify;
  if (!privacy) {
    if (!asked && typeof shopify?.loadFeatures == 'function') {
      asked = true;
      shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], (error: unknown) =>
        error ? report('could not load Shopify.customerPrivacy') : syncShopify(report),
      );
    }
    return;
  }
  const current: Record<string, Choice> = privacy.currentVisitorConsent() ?? {};
  if (!decided()) {
    // Shopify's stored choice, taken over once, as a decision made on this site.
    if (adopted) return;
    adopted = true;
    const known = Object.entries(FIELDS).filter(([field]) => current[field] === 'yes' || current[field] === 'no');
    if (known.length) decide(Object.fromEntries(known.map(([field, ours]) => [ours, current[field] === 'yes'])), 'api');
    return;
  }
  const wanted: Record<string, boolean> = {};
  for (const [field, ours] of Object.entries(FIELDS)) wanted[field] = allowed(ours);
  // Shopify's "sale of data": refused with advertising or any category marked as a sale or share.
  wanted.sale_of_data = allowed('advertising') && optional().every((c) => !sold(c) || allowed(c.id));
  if (Object.entries(wanted).some(([field, on]) => current[field] !== (on ? 'yes' : 'no')))
    privacy.setTrackingConsent(wanted, (result?: { error?: unknown }) => result?.error && report('Shopify refused the consent state: ' + String(result.error)));
}
