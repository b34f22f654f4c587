import type { enMore } from './en-more.js';

/**
 * Every text the consent UI shows, keyed by id. Other languages are tables with the same keys;
 * a site overrides any of them through `texts` in the JSON configuration. `[label](url)` makes
 * a link (http, https and mailto only); nothing else in a text is markup.
 *
 * This is the first layer's part, which the drop-in carries; the texts of the dialog, the
 * elements and the notice are in `en-more.ts`, carried by the `lit` chunk that they all load first.
 */
export const en = {
  title: 'Your privacy choices',
  text: 'We use cookies and similar technologies. Those that keep the site working are always on. Others, for statistics and advertising, are used only if you agree. You can change your mind at any time in "Privacy settings".',
  optOutText:
    'We and our partners use cookies for statistics and advertising, which may count as selling or sharing personal information. You can opt out at any time.',
  noticeText: 'This site uses cookies and similar technologies. You can review them in "Privacy settings" at any time.',
  policy: 'Privacy notice',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Preferences',
  optOut: 'Do not sell or share my personal information',
  ok: 'OK',
  revisit: 'Privacy settings',
};

/** The keys every language table has. */
export type TextKey = keyof typeof en | keyof typeof enMore;
