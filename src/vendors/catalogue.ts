// Pure data (no code paths, no page access): the one place that says what Consentry knows about
// a vendor. The build projects what each part needs from it (scripts/derived.mjs): the services
// chunk gets the entries without hosts and consent APIs (`consentry:services`), the audit the
// tracking hosts (`consentry:tracking-hosts`), the drop-in the page globals to watch
// (`consentry:vendor-globals`) and Google Analytics' entry for `ga-id` (`consentry:ga-service`),
// the integrations chunk each consent API's global and categories with its call
// (`consentry:vendor-apis`). The calls themselves are code: src/integrations/vendor-apis.ts, one
// export per vendor id.
import type { CookieDecl } from '../core/types.js';
import { purpose } from '../i18n/purposes/en.js';

/**
 * A vendor: the facts about a well-known service, written as data in our own words.
 * `category` is where the service usually belongs; the site's configuration decides.
 */
export interface Vendor {
  name: string;
  provider: string;
  category: 'necessary' | 'functional' | 'analytics' | 'advertising';
  purpose: string;
  privacyUrl: string;
  cookies: CookieDecl[];
  storage: string[];
  /**
   * The hosts its tags load from or send to, as suffixes: a host is one of them or a subdomain
   * of one. The audit lists ungated elements on them.
   */
  hosts?: string[];
  /**
   * Its consent API: the page global it defines, and the categories (space separated, in the
   * order the call in src/integrations/vendor-apis.ts reads them) it is told.
   */
  consent?: { global: string; categories: string };
}

const GOOGLE = 'https://policies.google.com/privacy';
const MICROSOFT = 'https://privacy.microsoft.com/privacystatement';

/** A cookie declaration: name or `/regex/`, lifetime, and the domain for a third party's own cookie. */
const c = (name: string, duration: string, domain?: string): CookieDecl => (domain ? { name, duration, domain } : { name, duration });

/**
 * The catalogue. Cookies set on the provider's own domain (`domain`) are listed so that the
 * notice can name them; only the provider can delete them.
 */
export const VENDORS: Record<string, Vendor> = {
  'google-analytics': {
    name: 'Google Analytics',
    provider: 'Google',
    category: 'analytics',
    purpose: purpose('visits'),
    privacyUrl: GOOGLE,
    cookies: [c('_ga', '2 years'), c('/^_ga_/', '2 years'), c('_gid', '1 day'), c('/^_gat/', '1 minute')],
    storage: [],
    hosts: ['google-analytics.com'],
  },
  'google-tag-manager': {
    name: 'Google Tag Manager',
    provider: 'Google',
    category: 'analytics',
    purpose: purpose('tags'),
    privacyUrl: GOOGLE,
    cookies: [],
    storage: [],
    hosts: ['googletagmanager.com'],
  },
  'google-ads': {
    name: 'Google Ads and Floodlight',
    provider: 'Google',
    category: 'advertising',
    purpose: purpose('remarketing'),
    privacyUrl: GOOGLE,
    cookies: [c('/^_gcl_/', '90 days'), c('IDE', '13 months', 'doubleclick.net'), c('test_cookie', '15 minutes', 'doubleclick.net')],
    storage: [],
    hosts: ['doubleclick.net', 'googleadservices.com'],
  },
  adsense: {
    name: 'Google AdSense',
    provider: 'Google',
    category: 'advertising',
    purpose: purpose('ads'),
    privacyUrl: GOOGLE,
    cookies: [c('__gads', '13 months'), c('__gpi', '13 months'), c('__eoi', '6 months'), c('IDE', '13 months', 'doubleclick.net')],
    storage: [],
    hosts: ['googlesyndication.com'],
  },
  youtube: {
    name: 'YouTube',
    provider: 'Google',
    category: 'advertising',
    purpose: purpose('videoTracking'),
    privacyUrl: GOOGLE,
    cookies: [c('VISITOR_INFO1_LIVE', '6 months', 'youtube.com'), c('YSC', 'session', 'youtube.com'), c('PREF', '8 months', 'youtube.com')],
    storage: ['/^yt-remote-/', '/^ytidb::/'],
    hosts: ['youtube.com'],
  },
  'google-maps': {
    name: 'Google Maps',
    provider: 'Google',
    category: 'functional',
    purpose: purpose('maps'),
    privacyUrl: GOOGLE,
    cookies: [c('NID', '6 months', 'google.com')],
    storage: [],
  },
  recaptcha: {
    name: 'Google reCAPTCHA',
    provider: 'Google',
    category: 'necessary',
    purpose: purpose('captcha'),
    privacyUrl: GOOGLE,
    cookies: [c('_GRECAPTCHA', '6 months', 'google.com')],
    storage: ['/^rc::/'],
  },
  'google-fonts': {
    name: 'Google Fonts',
    provider: 'Google',
    category: 'functional',
    purpose: purpose('fonts', 'Google'),
    privacyUrl: GOOGLE,
    cookies: [],
    storage: [],
  },
  'meta-pixel': {
    name: 'Meta Pixel',
    provider: 'Meta Platforms',
    category: 'advertising',
    purpose: purpose('audiencesMeta'),
    privacyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [c('_fbp', '90 days'), c('_fbc', '90 days'), c('fr', '90 days', 'facebook.com')],
    storage: [],
    // facebook.com: the Meta Pixel's image beacon (`/tr`) and the social plug-ins.
    hosts: ['connect.facebook.net', 'facebook.com'],
    consent: { global: 'fbq', categories: 'advertising' },
  },
  'linkedin-insight': {
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn',
    category: 'advertising',
    purpose: purpose('campaigns', 'LinkedIn'),
    privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: [
      c('li_fat_id', '30 days'),
      c('li_sugr', '90 days', 'linkedin.com'),
      c('bcookie', '1 year', 'linkedin.com'),
      c('lidc', '1 day', 'linkedin.com'),
      c('UserMatchHistory', '30 days', 'linkedin.com'),
      c('AnalyticsSyncHistory', '30 days', 'linkedin.com'),
    ],
    storage: [],
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
  },
  'tiktok-pixel': {
    name: 'TikTok Pixel',
    provider: 'TikTok',
    category: 'advertising',
    purpose: purpose('audiencesOn', 'TikTok'),
    privacyUrl: 'https://www.tiktok.com/legal/privacy-policy',
    cookies: [c('_ttp', '13 months'), c('_tt_enable_cookie', '13 months'), c('/^ttcsid/', '13 months')],
    storage: ['/^tt_/'],
    hosts: ['analytics.tiktok.com'],
    consent: { global: 'ttq', categories: 'advertising' },
  },
  'x-pixel': {
    name: 'X (Twitter) Pixel',
    provider: 'X Corp.',
    category: 'advertising',
    purpose: purpose('audiencesOn', 'X'),
    privacyUrl: 'https://x.com/en/privacy',
    cookies: [c('_twclid', '2 years'), c('personalization_id', '2 years', 'x.com'), c('muc_ads', '2 years', 'x.com')],
    storage: [],
  },
  'pinterest-tag': {
    name: 'Pinterest Tag',
    provider: 'Pinterest',
    category: 'advertising',
    purpose: purpose('audiencesOn', 'Pinterest'),
    privacyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: [c('_pin_unauth', '1 year'), c('_epik', '1 year'), c('_derived_epik', '1 year'), c('_pinterest_ct_ua', '1 year')],
    storage: [],
  },
  'snap-pixel': {
    name: 'Snap Pixel',
    provider: 'Snap Inc.',
    category: 'advertising',
    purpose: purpose('audiencesOn', 'Snapchat'),
    privacyUrl: 'https://values.snap.com/privacy/privacy-policy',
    cookies: [c('_scid', '13 months'), c('_scid_r', '13 months'), c('_sctr', '1 year'), c('sc_at', '1 year', 'snapchat.com')],
    storage: [],
  },
  'reddit-pixel': {
    name: 'Reddit Pixel',
    provider: 'Reddit',
    category: 'advertising',
    purpose: purpose('audiencesOn', 'Reddit'),
    privacyUrl: 'https://www.reddit.com/policies/privacy-policy',
    cookies: [c('_rdt_uuid', '90 days'), c('_rdt_cid', '90 days')],
    storage: [],
  },
  'microsoft-uet': {
    name: 'Microsoft Advertising UET',
    provider: 'Microsoft',
    category: 'advertising',
    purpose: purpose('bing'),
    privacyUrl: MICROSOFT,
    cookies: [c('_uetsid', '1 day'), c('_uetvid', '13 months'), c('_uetmsclkid', '90 days'), c('MUID', '13 months', 'bing.com')],
    storage: ['/^_uet/'],
    hosts: ['bat.bing.com'],
    consent: { global: 'uetq', categories: 'advertising' },
  },
  'amazon-ads': {
    name: 'Amazon Ads',
    provider: 'Amazon',
    category: 'advertising',
    purpose: purpose('amazon'),
    privacyUrl: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ',
    // amzn_consent, the signal's own first-party cookie, is not listed: it carries the refusal too
    // and must outlive a withdrawal (docs/integrations.md, Amazon Ads' consent signal).
    cookies: [c('ad-id', '7 months', 'amazon-adsystem.com'), c('ad-privacy', '5 years', 'amazon-adsystem.com')],
    storage: [],
    hosts: ['amazon-adsystem.com'],
    // Amazon's consent library (amzn-consent.js), which the Amazon Ad Tag (amzn.js) listens to.
    consent: { global: 'amznConsent', categories: 'advertising' },
  },
  'microsoft-clarity': {
    name: 'Microsoft Clarity',
    provider: 'Microsoft',
    category: 'analytics',
    purpose: purpose('heatmaps'),
    privacyUrl: MICROSOFT,
    cookies: [c('_clck', '1 year'), c('_clsk', '1 day'), c('CLID', '1 year', 'clarity.ms'), c('MUID', '13 months', 'clarity.ms')],
    storage: [],
    hosts: ['clarity.ms'],
    consent: { global: 'clarity', categories: 'advertising analytics' },
  },
  hotjar: {
    name: 'Hotjar',
    provider: 'Hotjar (Contentsquare)',
    category: 'analytics',
    purpose: purpose('polls'),
    privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: [c('/^_hjSessionUser_/', '1 year'), c('/^_hjSession_/', '30 minutes'), c('/^_hj/', 'up to 1 year')],
    storage: ['/^_hj/'],
    hosts: ['hotjar.com'],
  },
  matomo: {
    name: 'Matomo',
    provider: 'The site (self-hosted) or InnoCraft (Matomo Cloud)',
    category: 'analytics',
    purpose: purpose('visits'),
    privacyUrl: 'https://matomo.org/privacy-policy/',
    // Matomo's own consent cookies (mtm_consent, mtm_consent_removed, mtm_cookie_consent) are left alone.
    cookies: [c('/^_pk_id/', '13 months'), c('/^_pk_ses/', '30 minutes'), c('/^_pk_ref/', '6 months'), c('/^_pk_cvar/', '30 minutes')],
    storage: [],
    consent: { global: '_paq', categories: 'analytics' },
  },
  mixpanel: {
    name: 'Mixpanel',
    provider: 'Mixpanel',
    category: 'analytics',
    purpose: purpose('product'),
    privacyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    cookies: [c('/^mp_.*_mixpanel$/', '1 year')],
    storage: ['/^mp_/'],
    hosts: ['cdn.mxpnl.com'],
    consent: { global: 'mixpanel', categories: 'analytics' },
  },
  amplitude: {
    name: 'Amplitude',
    provider: 'Amplitude',
    category: 'analytics',
    purpose: purpose('product'),
    privacyUrl: 'https://amplitude.com/privacy',
    cookies: [c('/^AMP_/', '1 year'), c('/^amp_/', '1 year')],
    storage: ['/^AMP_/', '/^amp_/'],
    hosts: ['cdn.amplitude.com'],
  },
  segment: {
    name: 'Segment',
    provider: 'Twilio',
    category: 'analytics',
    purpose: purpose('cdp'),
    privacyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    cookies: [c('ajs_anonymous_id', '1 year'), c('ajs_user_id', '1 year'), c('ajs_group_id', '1 year')],
    storage: ['/^ajs_/'],
    hosts: ['cdn.segment.com'],
  },
  posthog: {
    name: 'PostHog',
    provider: 'PostHog',
    category: 'analytics',
    purpose: purpose('productFlags'),
    privacyUrl: 'https://posthog.com/privacy',
    cookies: [c('/^ph_.*_posthog$/', '1 year')],
    storage: ['/^ph_/'],
    hosts: ['i.posthog.com'],
    consent: { global: 'posthog', categories: 'analytics' },
  },
  hubspot: {
    name: 'HubSpot',
    provider: 'HubSpot',
    category: 'analytics',
    purpose: purpose('crm'),
    privacyUrl: 'https://legal.hubspot.com/privacy-policy',
    cookies: [c('__hstc', '6 months'), c('hubspotutk', '6 months'), c('__hssc', '30 minutes'), c('__hssrc', 'session')],
    storage: [],
    hosts: ['js.hs-scripts.com', 'js.hs-analytics.net'],
  },
  intercom: {
    name: 'Intercom',
    provider: 'Intercom',
    category: 'functional',
    purpose: purpose('chat'),
    privacyUrl: 'https://www.intercom.com/legal/privacy',
    cookies: [c('/^intercom-id-/', '9 months'), c('/^intercom-session-/', '7 days'), c('/^intercom-device-id-/', '9 months')],
    storage: ['/^intercom/'],
  },
  zendesk: {
    name: 'Zendesk Chat',
    provider: 'Zendesk',
    category: 'functional',
    purpose: purpose('chat'),
    privacyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    cookies: [c('__zlcmid', '1 year')],
    storage: ['/^ZD-/'],
  },
  crisp: {
    name: 'Crisp',
    provider: 'Crisp IM',
    category: 'functional',
    purpose: purpose('chat'),
    privacyUrl: 'https://crisp.chat/en/privacy/',
    cookies: [c('/^crisp-client/', '6 months')],
    storage: ['/^crisp-client/'],
  },
  vimeo: {
    name: 'Vimeo',
    provider: 'Vimeo',
    category: 'functional',
    purpose: purpose('video'),
    privacyUrl: 'https://vimeo.com/privacy',
    cookies: [c('vuid', '2 years', 'vimeo.com'), c('player', '1 year', 'vimeo.com')],
    storage: [],
  },
  criteo: {
    name: 'Criteo',
    provider: 'Criteo',
    category: 'advertising',
    purpose: purpose('retargeting'),
    privacyUrl: 'https://www.criteo.com/privacy/',
    cookies: [c('cto_bundle', '13 months'), c('/^cto_/', '13 months')],
    storage: ['/^cto_/', '/^criteo_/'],
    hosts: ['static.criteo.net'],
  },
  taboola: {
    name: 'Taboola',
    provider: 'Taboola',
    category: 'advertising',
    purpose: purpose('sponsored'),
    privacyUrl: 'https://www.taboola.com/policies/privacy-policy',
    cookies: [c('t_gid', '1 year', 'taboola.com'), c('taboola_usg', '1 year', 'taboola.com'), c('trc_cookie_storage', '1 year')],
    storage: ['/^taboola/', '/^trc_/'],
    hosts: ['taboola.com'],
  },
  outbrain: {
    name: 'Outbrain',
    provider: 'Outbrain',
    category: 'advertising',
    purpose: purpose('sponsored'),
    privacyUrl: 'https://www.outbrain.com/privacy/',
    cookies: [c('obuid', '3 months', 'outbrain.com'), c('/^_ob/', '3 months')],
    storage: ['/^ob/'],
    hosts: ['outbrain.com'],
  },
  quantcast: {
    name: 'Quantcast',
    provider: 'Quantcast',
    category: 'advertising',
    purpose: purpose('audiences'),
    privacyUrl: 'https://www.quantcast.com/privacy/',
    cookies: [c('__qca', '13 months'), c('mc', '13 months', 'quantserve.com')],
    storage: [],
    hosts: ['quantserve.com'],
  },
  plausible: {
    name: 'Plausible Analytics',
    provider: 'Plausible Insights',
    category: 'analytics',
    purpose: purpose('cookieless'),
    privacyUrl: 'https://plausible.io/privacy',
    cookies: [],
    storage: [],
  },
  'cloudflare-web-analytics': {
    name: 'Cloudflare Web Analytics',
    provider: 'Cloudflare',
    category: 'analytics',
    purpose: purpose('speed'),
    privacyUrl: 'https://www.cloudflare.com/privacypolicy/',
    cookies: [],
    storage: [],
  },
  fullstory: {
    name: 'Fullstory',
    provider: 'Fullstory',
    category: 'analytics',
    purpose: purpose('sessions'),
    privacyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    cookies: [c('fs_uid', '1 year'), c('fs_lua', '30 minutes')],
    storage: ['/^_fs_/'],
  },
  heap: {
    name: 'Heap',
    provider: 'Heap (Contentsquare)',
    category: 'analytics',
    purpose: purpose('product'),
    privacyUrl: 'https://www.heap.io/privacy',
    cookies: [c('/^_hp2_id\\./', '13 months'), c('/^_hp2_ses_props\\./', '30 minutes'), c('/^_hp2_props\\./', '13 months')],
    storage: [],
  },
  stripe: {
    name: 'Stripe',
    provider: 'Stripe',
    category: 'necessary',
    purpose: purpose('payments'),
    privacyUrl: 'https://stripe.com/privacy',
    cookies: [c('__stripe_mid', '1 year'), c('__stripe_sid', '30 minutes'), c('m', '2 years', 'm.stripe.com')],
    storage: [],
  },
  sentry: {
    name: 'Sentry',
    provider: 'Functional Software (Sentry)',
    category: 'necessary',
    purpose: purpose('errors'),
    privacyUrl: 'https://sentry.io/privacy/',
    cookies: [],
    storage: [],
  },
};

/**
 * Tracking hosts of companies that are not in the catalogue as services (yet): the audit knows
 * them too. Enough, with the catalogue's hosts, to catch the tags sites most often forget to gate.
 */
export const OTHER_HOSTS: Record<string, { name: string; hosts: string[] }> = {
  xandr: { name: 'Xandr (AppNexus)', hosts: ['adnxs.com'] },
  comscore: { name: 'Comscore', hosts: ['scorecardresearch.com'] },
};
