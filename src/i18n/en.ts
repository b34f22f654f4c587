/**
 * Every text the consent UI shows, keyed by id. Other languages are tables with the same keys;
 * a site overrides any of them through `texts` in the JSON configuration. `[label](url)` makes
 * a link (http, https and mailto only); nothing else in a text is markup.
 */
export const en = {
  title: 'Your privacy choices',
  text: 'We use cookies and similar technologies. Those that keep the site working are always on. Others, for statistics and advertising, are used only if you agree. You can change your mind at any time in "Privacy settings".',
  optOutText: 'We and our partners use cookies for statistics and advertising, which may count as selling or sharing personal information. You can opt out at any time.',
  noticeText: 'This site uses cookies and similar technologies. You can review them in "Privacy settings" at any time.',
  policy: 'Privacy notice',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
  optOut: 'Do not sell or share my personal information',
  ok: 'OK',
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesText: 'Choose which kinds of optional processing you allow. Nothing optional is switched on until you turn it on.',
  alwaysOn: 'Always on',
  services: 'Services',
  revisit: 'Privacy settings',
  gpc: "Opt-out request honoured: your browser's Global Privacy Control signal",
  necessary: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work and to remember your privacy choices. These cannot be switched off.',
  functional: 'Functional',
  functionalDescription: 'Remember settings such as language or region and enable extra features.',
  analytics: 'Analytics',
  analyticsDescription: 'Measure how visitors use the site so that we can improve it.',
  advertising: 'Advertising',
  advertisingDescription: 'Show and measure advertising, including by third-party partners.',
  gateText: 'Content from {provider} is not loaded until you allow it: {provider} may set cookies and collect data about you.',
  gateLoad: 'Load content',
  optedOut: 'Opt-out request honoured: we do not sell or share your personal information',
  dnt: "Opt-out request honoured: your browser's Do Not Track signal",
};

/** The keys every language table has. */
export type TextKey = keyof typeof en;
