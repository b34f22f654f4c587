// The consent tools under test, each set up as its own documentation recommends for a plain site,
// on the same page (bench/pages/template.html): two optional categories (analytics, advertising),
// one gated analytics script (/t/analytics.js) and one gated pixel (/t/pixel.gif).
// Files under /sdk/<package>/ are served from bench/node_modules/<package>/ (the benchmark's own
// package, bench/package.json; Consentry's from dist/), gzip-compressed as a CDN would send them. Nothing here is tuned per tool beyond its documented
// set-up, except switching off bot hiding where a tool hides itself from automated browsers.
import { readFileSync } from 'node:fs';

const version = (pkg) => JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const TEXT = {
  analytics: 'How visitors use the site.',
  advertising: 'Personalised advertising and its measurement.',
};

/**
 * @typedef {object} Sdk
 * @property {string} id short id, also the page path /<id>.html
 * @property {string} name display name
 * @property {string} version package version under test
 * @property {string} setup one line for the fairness notes
 * @property {string} head markup for <head>
 * @property {string} gated the gated analytics script and pixel, in the tool's own markup
 * @property {string} [end] markup before </body>
 * @property {string} accept in-page JS expression returning the first layer's "Accept all" button
 * @property {string} click Playwright selector of the same button
 * @property {boolean} [gates] false for a reference page that gates nothing (nothing to wait for after the click)
 * @property {boolean} [returning] a returning visitor: the page was visited and accepted before; no banner, no click
 */

/** @type {Sdk[]} */
export const SDKS = [
  {
    id: 'consentry',
    name: 'Consentry',
    version: own,
    setup: 'drop-in `dist/consentry.js`, one classic script in `<head>` with `data-categories`; CSS is inside the script (constructed stylesheet).',
    head: `<script src="/sdk/consentry/consentry.js" data-categories="analytics advertising" data-policy-url="/privacy"></script>`,
    gated: `<script type="text/plain" data-consent="analytics" src="/t/analytics.js"></script>
  <img data-consent="advertising" data-src="/t/pixel.gif" width="1" height="1" alt="">`,
    accept: `document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~=accept]')`,
    click: 'consent-banner [part~=accept]',
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent',
    version: version('vanilla-cookieconsent'),
    setup: '`dist/cookieconsent.umd.js` at the end of `<body>` + `CookieConsent.run()`, `dist/cookieconsent.css` in `<head>`; `hideFromBots: false` (it hides itself from `navigator.webdriver` browsers by default).',
    head: `<link rel="stylesheet" href="/sdk/vanilla-cookieconsent/dist/cookieconsent.css">`,
    gated: `<script type="text/plain" data-category="analytics" src="/t/analytics.js"></script>
  <script type="text/plain" data-category="advertising">new Image(1, 1).src = '/t/pixel.gif';</script>`,
    end: `<script src="/sdk/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, advertising: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies for analytics and advertising, only with your consent. <a href="/privacy">Privacy notice</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Preferences'
        },
        preferencesModal: {
          title: 'Privacy preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: '${TEXT.analytics}', linkedCategory: 'analytics' },
            { title: 'Advertising', description: '${TEXT.advertising}', linkedCategory: 'advertising' }
          ]
        }
      }
    }
  }
});
</script>`,
    accept: `document.querySelector('#cc-main .cm__btn[data-role=all]')`,
    click: '#cc-main .cm__btn[data-role=all]',
  },
  {
    id: 'orejime',
    name: 'Orejime',
    version: version('orejime'),
    setup: '`dist/orejime-standard-en.js` + `dist/orejime-standard.css` in `<head>`, `window.orejimeConfig` before them; scripts gated with `<template data-purpose>`.',
    head: `<script>
window.orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  purposes: [
    { id: 'analytics', title: 'Analytics', description: '${TEXT.analytics}', cookies: [] },
    { id: 'advertising', title: 'Advertising', description: '${TEXT.advertising}', cookies: [] }
  ]
};
</script>
<script src="/sdk/orejime/dist/orejime-standard-en.js"></script>
<link rel="stylesheet" href="/sdk/orejime/dist/orejime-standard.css">`,
    gated: `<template data-purpose="analytics"><script src="/t/analytics.js"></script></template>
  <template data-purpose="advertising"><img src="/t/pixel.gif" width="1" height="1" alt=""></template>`,
    accept: `document.querySelector('.orejime-Banner-saveButton')`,
    click: '.orejime-Banner-saveButton',
  },
  {
    id: 'klaro',
    name: 'Klaro',
    version: version('klaro'),
    setup: '`dist/klaro.js` (its recommended build, CSS included) with `defer` in `<head>`, `klaroConfig` before it; two services, one per purpose.',
    head: `<script>
var klaroConfig = {
  version: 1,
  acceptAll: true,
  groupByPurpose: true,
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      purposes: { analytics: 'Analytics', advertising: 'Advertising' },
      analytics: { description: '${TEXT.analytics}' },
      pixel: { description: '${TEXT.advertising}' }
    }
  },
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'pixel', title: 'Advertising pixel', purposes: ['advertising'] }
  ]
};
</script>
<script defer src="/sdk/klaro/dist/klaro.js"></script>`,
    gated: `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/t/analytics.js"></script>
  <img data-name="pixel" data-src="/t/pixel.gif" width="1" height="1" alt="">`,
    accept: `document.querySelector('.klaro .cookie-notice .cm-btn-success')`,
    click: '.klaro .cookie-notice .cm-btn-success',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron',
    version: version('tarteaucitronjs'),
    setup: '`tarteaucitron.min.js` + `tarteaucitron.init()` in `<head>` as its README shows (it then loads its CSS, language file and services file itself); two custom services.',
    head: `<script src="/sdk/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({
  privacyUrl: '/privacy', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron', orientation: 'middle',
  groupServices: false, showDetailsOnClick: true, serviceDefaultState: 'wait', showAlertSmall: false,
  cookieslist: false, showIcon: true, iconPosition: 'BottomRight', adblocker: false,
  DenyAllCta: true, AcceptAllCta: true, highPrivacy: true, alwaysNeedConsent: false,
  handleBrowserDNTRequest: false, removeCredit: false, moreInfoLink: true,
  useExternalCss: false, useExternalJs: false, mandatory: true, mandatoryCta: true,
  googleConsentMode: true, bingConsentMode: true, pianoConsentMode: true, partnersList: false
});
tarteaucitron.services.benchanalytics = {
  key: 'benchanalytics', type: 'analytic', name: 'Analytics', needConsent: true, cookies: [],
  js: function () { tarteaucitron.addScript('/t/analytics.js'); }
};
tarteaucitron.services.benchpixel = {
  key: 'benchpixel', type: 'ads', name: 'Advertising pixel', needConsent: true, cookies: [],
  js: function () { new Image(1, 1).src = '/t/pixel.gif'; }
};
</script>`,
    gated: `<script>(tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchpixel');</script>`,
    accept: `document.querySelector('#tarteaucitronPersonalize2')`,
    click: '#tarteaucitronPersonalize2',
  },
];

/**
 * Other ways to load Consentry, for experiments (`--sdks consentry,consentry-async`); not in the
 * default comparison, whose Consentry row is the documented snippet.
 */
export const VARIANTS = ['async', 'defer'].map((how) => ({
  ...SDKS[0],
  id: 'consentry-' + how,
  name: 'Consentry (' + how + ')',
  setup: SDKS[0].setup.replace('one classic script', `one \`${how}\` script`),
  head: SDKS[0].head.replace('<script ', `<script ${how} `),
}));

// What the first layer waits for: a page in German (a language file next to the drop-in), and a
// configuration naming a catalogue service (the catalogue chunk). Each costs a round trip if the
// banner waits for it.
VARIANTS.push(
  {
    ...SDKS[0],
    id: 'consentry-de',
    name: 'Consentry (lang de)',
    head: SDKS[0].head.replace('<script ', '<script data-lang="de" '),
  },
  {
    ...SDKS[0],
    id: 'consentry-de-preload',
    name: 'Consentry (lang de, preloaded)',
    head:
      `<link rel="preload" as="script" href="/sdk/consentry/consentry.lang.de.js">\n` +
      SDKS[0].head.replace('<script ', '<script data-lang="de" '),
  },
  {
    ...SDKS[0],
    id: 'consentry-catalogue',
    name: 'Consentry (catalogue service)',
    head:
      `<script type="application/json" id="consent-config">{"categories":{"analytics":{"services":["google-analytics"]},"advertising":{}}}</script>\n` +
      SDKS[0].head.replace('<script ', '<script data-config="#consent-config" '),
  },
);

// `async` scripts are fetched at low priority, which Chromium holds back while it parses <head>;
// `fetchpriority="high"` asks for the drop-in as early as a blocking script, without blocking.
VARIANTS.push({
  ...SDKS[0],
  id: 'consentry-async-high',
  name: 'Consentry (async, high priority)',
  head: SDKS[0].head.replace('<script ', '<script async fetchpriority="high" '),
});

// Where users feel it beyond the first visit (issue 27): a page without gated tags (first visit:
// the banner alone, nothing to gate), and a returning visitor who accepted before (no banner),
// on the page with gated tags and on the page without. A returning row's page is first visited
// once, unthrottled, and accepted (bench/measure.mjs); the measured load is the next one.
VARIANTS.push(
  { ...SDKS[0], id: 'consentry-no-gated', name: 'Consentry (no gated tags)', gated: '', gates: false },
  { ...SDKS[0], id: 'consentry-returning', name: 'Consentry (returning visitor)', returning: true },
  { ...SDKS[0], id: 'consentry-returning-no-gated', name: 'Consentry (returning, no gated tags)', gated: '', gates: false, returning: true },
);

/**
 * The floor (bench/floor.mjs): the same banner from a script that does nothing else. Not a tool,
 * and never a peer in the targets; measured in every default run as the reference for what this
 * page and this machine cost any tool that shows this banner.
 */
export const FLOOR = {
  ...SDKS[0],
  id: 'consentry-floor',
  name: 'floor (the banner alone)',
  version: '',
  setup: 'bench/floor.mjs: reads the consent cookie and inserts the same banner, nothing else; it gates nothing.',
  head: `<script src="/sdk/floor/floor.js"></script>`,
  gates: false,
};
VARIANTS.push(FLOOR);

/** Consentry built from elsewhere (`--compare DIR`), to measure a change before and after in one run. */
export const COMPARE = {
  ...SDKS[0],
  id: 'consentry-compare',
  name: 'Consentry (compare)',
  head: SDKS[0].head.replace('/sdk/consentry/', '/sdk/consentry-compare/'),
};
VARIANTS.push(COMPARE);

/**
 * The same page with no consent tool at all (its gated markup stays inert): the baseline of the
 * peers' Lighthouse figures (bench/lighthouse.mjs). Not measured by bench/run.mjs, which waits for
 * a banner.
 */
export const NONE = {
  id: 'none',
  name: 'no consent tool',
  version: '',
  setup: 'the template with nothing added.',
  head: '',
  gated: '',
};

/**
 * The page with no tool, measured as a returning row is (no banner, figures until a second after
 * `load`): what the harness itself (its probe, Playwright's calls into the page) and the page's
 * own scripts cost. A returning row's script time minus this one is the tool's own.
 */
export const HARNESS = { ...NONE, id: 'none-returning', name: 'no consent tool (the harness alone)', gates: false, returning: true, baseline: true };
/** The rows `npm run bench` measures besides the peers (bench/run.mjs). */
export const OWN_ROWS = ['consentry-floor', 'consentry-no-gated', 'consentry-returning', 'consentry-returning-no-gated', HARNESS.id];
VARIANTS.push(HARNESS);

/** The page of one tool: the shared template with its markup filled in. */
export function pageOf(sdk, template) {
  return template
    .replace('<!--SDK_HEAD-->', sdk.head)
    .replace('<!--SDK_GATED-->', sdk.gated)
    .replace('<!--SDK_END-->', sdk.end || '');
}
