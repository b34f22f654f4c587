import { enExempt } from './en-exempt.js';

/**
 * The English texts that only the preferences dialog, `<consent-gate>`, `<consent-opt-out>` and
 * the privacy notice show. They travel in the `lit` chunk, which all of those load first and which
 * hands them to `addEnglish`, so that the drop-in carries only the first layer's texts (`en.ts`).
 */
export const enMore = {
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesText: 'Choose which kinds of optional processing you allow. Nothing optional is switched on until you turn it on.',
  alwaysOn: 'Always on',
  services: 'Services',
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
  ...enExempt,
  consentId: 'Your consent ID',
  copy: 'Copy',
  copied: 'Copied',
  consentIdText: 'Quote this ID if you contact us about your privacy choices.',
  details: 'Services and cookies',
  provider: 'Provider',
  purpose: 'Purpose',
  cookieName: 'Name',
  lifetime: 'Lifetime',
  privacyPolicy: 'Privacy policy of {provider}',
  browserStorage: 'Browser storage, kept until deleted',
  session: 'Until you close the browser',
  notStated: 'Not stated',
  nameStarts: 'Names starting with {text}',
  nameEnds: 'Names ending with {text}',
  nameContains: 'Names containing {text}',
  nameStartsEnds: 'Names starting with {start} and ending with {end}',
  nameMatches: 'Names matching the pattern {text}',
  gateAlways: 'Always allow {provider}',
};
