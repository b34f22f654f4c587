/**
 * The purposes of the vendor catalogue (src/vendors/catalogue.ts), in English, by key. A purpose
 * that several vendors share except for the platform's name is one text with a `{platform}` part.
 * Each shipped UI language has the same keys in `./<tag>.ts` (type `Purposes`), which the build
 * turns into `consentry.purposes.<tag>.js`, fetched only by the preferences dialog's details
 * (src/ui/consent-banner/purposes.ts) and the privacy notice's cookie table.
 */
export const PURPOSES = {
  visits: 'Counts visits and measures how the site is used',
  tags: 'Loads the tags configured by the site; sets no cookies of its own',
  remarketing: 'Measures ad conversions and builds audiences for remarketing',
  ads: 'Shows ads on the site and measures them',
  videoTracking: 'Plays embedded videos and records viewing for recommendations and ads',
  maps: 'Shows embedded maps',
  captcha: 'Tells people from automated abuse on forms',
  fonts: "Serves web fonts from {platform}'s servers, which receive the visitor's IP address",
  audiencesOn: 'Measures ad conversions and builds audiences on {platform}',
  audiencesMeta: 'Measures ad conversions and builds audiences on Facebook and Instagram',
  campaigns: 'Measures ad conversions and reports on visitors from {platform} campaigns',
  bing: 'Measures conversions of ads on Bing and the Microsoft network',
  amazon: 'Measures conversions from Amazon ads and builds audiences for Amazon Ads campaigns',
  heatmaps: 'Records sessions and heatmaps of how visitors use pages',
  polls: 'Records sessions, heatmaps and feedback polls',
  product: 'Product analytics: events, funnels and retention',
  cdp: 'Collects events and forwards them to the tools the site connects',
  productFlags: 'Product analytics, session recording and feature flags',
  crm: 'Tracks visits and form submissions for marketing and sales',
  chat: 'Live chat and support messages',
  video: 'Plays embedded videos',
  retargeting: 'Retargeting: shows ads for products viewed on the site',
  sponsored: 'Recommends sponsored content and measures its conversions',
  audiences: 'Measures audiences and targets ads',
  cookieless: 'Counts visits without cookies or personal identifiers',
  speed: 'Counts visits and page speed without cookies',
  sessions: 'Records sessions of how visitors use pages',
  payments: 'Processes payments and prevents fraud',
  errors: 'Reports errors in the site so that they can be fixed; sets no cookies',
};

/** A language's purposes: every key of the English table. */
export type Purposes = Record<keyof typeof PURPOSES, string>;

/** The catalogue's English purpose `key`, with its `{platform}` part filled. */
export const purpose = (key: keyof typeof PURPOSES, platform = ''): string => PURPOSES[key].replace('{platform}', platform);
