/**
 * The English texts of exempt categories (docs/regions.md): the banner's and the dialog's
 * wording where a region's rules grant a category without asking. Part of `en-more.ts`; the
 * regions chunk, which alone can make a category exempt, adds them too, since the banner shows
 * before the `lit` chunk loads.
 */
export const enExempt = {
  exemptText:
    'We use cookies and similar technologies. Those that keep the site working are always on. Some others are on without asking, as the law allows: you can object to them in "Preferences". The rest are used only if you agree. You can change your mind at any time in "Privacy settings".',
  exemptPreferencesText:
    'Choose which kinds of optional processing you allow. Those that the law allows without asking are on until you object; the others stay off until you turn them on.',
  exempt: 'On without asking, as the law allows. You can object at any time by switching it off.',
};
