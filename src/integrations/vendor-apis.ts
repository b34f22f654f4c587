// Pure data (no imports, no page access): the build also reads this table, for the drop-in's list
// of the page globals to watch (`GLOBALS` in ./index.ts, from `consentry:vendor-globals`).

/** Tells a vendor library the values of its categories; `first` is the first call on this page. */
type Tell = (api: any, values: boolean[], first: boolean) => void;

const state = (on: boolean) => (on ? 'granted' : 'denied');

/**
 * The consent APIs of common tags, in one table: the page global, the categories it depends on
 * (space separated) and how to tell it. Each is called when its global exists, at start and on
 * every change, so that a library still running when the visitor withdraws stops at once.
 * Libraries that log an event on opt-in (PostHog, Mixpanel) are asked first whether they are
 * already in that state, so that no page view logs a spurious opt-in.
 */
export const VENDORS: Array<[string, string, Tell]> = [
  // Meta Pixel
  ['fbq', 'advertising', (fbq, [on]) => fbq('consent', on ? 'grant' : 'revoke')],
  // Microsoft Advertising UET consent mode
  ['uetq', 'advertising', (uetq, [on]) => uetq.push('consent', 'update', { ad_storage: state(on) })],
  // Microsoft Clarity: note the capitalised keys of `consentv2`
  ['clarity', 'advertising analytics', (clarity, [ad, an]) => clarity('consentv2', { ad_Storage: state(ad), analytics_Storage: state(an) })],
  // Matomo: tracking and its cookies both wait for consent
  [
    '_paq',
    'analytics',
    (paq, [on], first) => {
      if (first) paq.push(['requireConsent'], ['requireCookieConsent']);
      paq.push([on ? 'setConsentGiven' : 'forgetConsentGiven'], [on ? 'setCookieConsentGiven' : 'forgetCookieConsentGiven']);
    },
  ],
  // TikTok Pixel
  ['ttq', 'advertising', (ttq, [on]) => (on ? ttq.grantConsent() : ttq.revokeConsent())],
  // PostHog
  [
    'posthog',
    'analytics',
    (ph, [on]) => (on ? ph.has_opted_in_capturing?.() || ph.opt_in_capturing() : ph.has_opted_out_capturing?.() || ph.opt_out_capturing()),
  ],
  // Mixpanel
  ['mixpanel', 'analytics', (mp, [on]) => (on ? mp.has_opted_in_tracking?.() || mp.opt_in_tracking() : mp.has_opted_out_tracking?.() || mp.opt_out_tracking())],
];
