import { isObject } from '../core/resolve.js';
import { getConfig, privacySignal, snapshot } from '../core/consent.js';
import { diagnose } from '../core/diagnose.js';
import { CONSENT_MODE_REGION, CONSENT_MODE_REGIONS } from '../core/messages.js';

type Gtag = (...args: unknown[]) => void;
const w = window as unknown as { dataLayer?: unknown[]; gtag?: Gtag };

/** A per-region Consent Mode default from the JSON configuration's `consentModeRegions`. */
export interface RegionDefault {
  /** ISO 3166-1 country codes or ISO 3166-2 subdivisions, e.g. `["US-CA", "US-VA"]`. */
  region: string[];
  analytics?: boolean;
  advertising?: boolean;
  functional?: boolean;
}

/**
 * Calls the page's `gtag`, defining the standard one if the page has none. Google's tags only
 * read `arguments` objects from `dataLayer` (an array is ignored), hence a `function`.
 */
function gtag(...args: unknown[]): void {
  if (typeof w.gtag != 'function')
    w.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      layer().push(arguments);
    };
  w.gtag(...args);
}

/**
 * The page's `dataLayer`, made an array where there is none. An element named `dataLayer` (or
 * `gtag`, above) in a visitor's markup is a `window` property too: an own property set here
 * shadows it, for Google's tags as well, instead of Consentry's start-up throwing on it.
 */
export const layer = (): unknown[] => (Array.isArray(w.dataLayer) ? w.dataLayer : (w.dataLayer = []));

const state = (on?: unknown) => (on ? 'granted' : 'denied');

/** The seven Consent Mode v2 types from our categories (docs/integrations.md, Google Consent Mode v2). */
function types(c: Record<string, unknown>) {
  const ad = state(c.advertising);
  const fn = state(c.functional);
  return {
    ad_storage: ad,
    ad_user_data: ad,
    ad_personalization: ad,
    analytics_storage: state(c.analytics),
    functionality_storage: fn,
    personalization_storage: fn,
    security_storage: 'granted',
  };
}

/** Checks `consentModeRegions` (for src/core/json-config.ts); a malformed table or entry is reported and ignored. */
export function regions(table: unknown): RegionDefault[] {
  if (table === undefined) return [];
  if (!Array.isArray(table)) return diagnose(CONSENT_MODE_REGIONS, table) || [];
  return table.filter(
    (e, i) =>
      (isObject(e) &&
        e.region?.length > 0 &&
        Object.keys(e).every((k) =>
          k === 'region'
            ? Array.isArray(e.region) && e.region.every((r: unknown) => /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(r as string))
            : /^(analytics|advertising|functional)$/.test(k) && typeof e[k] === 'boolean',
        )) ||
      diagnose(CONSENT_MODE_REGION, i, e),
  );
}

/** The types last sent, and whether `ads_data_redaction` is on. */
let last = '';
let redacted = false;

/**
 * Sends the current state to Google. `default`: one command per configured region (with a
 * `regions` table, its rules come first: docs/regions.md) (unless the visitor has decided: no region default may override a decision), then the global one, then
 * `url_passthrough`. `update`: on every decision (`always`), else only when a value changed.
 * `ads_data_redaction` follows `advertising` in both.
 */
export function consentMode(kind: 'default' | 'update', always?: boolean): void {
  const config = getConfig();
  const s = snapshot();
  const t = types(s.categories);
  const key = JSON.stringify(t);
  if (!config.consentMode) return;
  if (kind === 'default') {
    const wait = { wait_for_update: config.waitForUpdate };
    if (!s.timestamp)
      for (const r of config.consentModeRegions ?? [])
        // A privacy signal refuses advertising in every region.
        gtag('consent', kind, {
          ...types({ ...s.categories, ...r, advertising: !privacySignal() && (r.advertising ?? s.categories.advertising) }),
          region: r.region,
          ...wait,
        });
    gtag('consent', kind, { ...t, ...wait });
  }
  // Nothing is updated before the `default` (while a configuration loads: a JSON one, the regions).
  else if (!last) return;
  else if (always || key !== last) gtag('consent', kind, t);
  last = key;
  const redact = config.adsDataRedaction && !s.categories.advertising;
  if (redact !== redacted) gtag('set', 'ads_data_redaction', (redacted = redact));
  if (kind === 'default' && config.urlPassthrough) gtag('set', 'url_passthrough', true);
}
