import { getConfig } from '../core/consent.js';

/** Tells a vendor library the values of its categories; `first` is the first call on this page. */
export type Tell = (api: any, values: boolean[], first: boolean) => void;

const state = (on: boolean) => (on ? 'granted' : 'denied');

/**
 * How to tell the consent API of each common tag: one export per vendor, named after its id in
 * the catalogue in camel case (`meta-pixel` → `metaPixel`). Its page global and the categories it
 * reads (`values`, in that order) are the catalogue's (src/vendors/catalogue.ts, `consent`); the
 * build joins them (`consentry:vendor-apis`), in the order of this file. Each is called when its global exists, at start and
 * on every change, so that a library still running when the visitor withdraws stops at once.
 * Libraries that log an event on opt-in (PostHog, Mixpanel) are asked first whether they are
 * already in that state, so that no page view logs a spurious opt-in.
 */
export const metaPixel: Tell = (fbq, [on]) => fbq('consent', on ? 'grant' : 'revoke');

/** Microsoft Advertising UET consent mode. */
export const microsoftUet: Tell = (uetq, [on]) => uetq.push('consent', 'update', { ad_storage: state(on) });

/**
 * Amazon Consent Signal through Amazon's consent library (`amzn-consent.js`), with the builder
 * Amazon recommends. Both signals follow `advertising` under the region's rules in force; the
 * country is the region's (Amazon writes the United Kingdom `UK`), and is left out when the
 * region is unknown: Amazon then applies its most conservative processing (docs/integrations.md).
 */
export const amazonAds: Tell = (amznConsent, [on]) => {
  const acs = on ? 'GRANTED' : 'DENIED';
  const country = getConfig().region?.slice(0, 2);
  let signal = amznConsent();
  if (country) signal = signal.setCountryCode(country == 'GB' ? 'UK' : country);
  signal.setEnableAdStorage(acs).setEnableUserData(acs).build();
};

/** Note the capitalised keys of `consentv2`. */
export const microsoftClarity: Tell = (clarity, [ad, an]) => clarity('consentv2', { ad_Storage: state(ad), analytics_Storage: state(an) });

/** Tracking and its cookies both wait for consent. */
export const matomo: Tell = (paq, [on], first) => {
  if (first) paq.push(['requireConsent'], ['requireCookieConsent']);
  paq.push([on ? 'setConsentGiven' : 'forgetConsentGiven'], [on ? 'setCookieConsentGiven' : 'forgetCookieConsentGiven']);
};

export const tiktokPixel: Tell = (ttq, [on]) => (on ? ttq.grantConsent() : ttq.revokeConsent());

export const posthog: Tell = (ph, [on]) =>
  on ? ph.has_opted_in_capturing?.() || ph.opt_in_capturing() : ph.has_opted_out_capturing?.() || ph.opt_out_capturing();

export const mixpanel: Tell = (mp, [on]) =>
  on ? mp.has_opted_in_tracking?.() || mp.opt_in_tracking() : mp.has_opted_out_tracking?.() || mp.opt_out_tracking();
