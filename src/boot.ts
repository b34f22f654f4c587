import { readAttributes, resolveConfig, type RawOptions } from './core/config.js';
import * as consent from './core/consent.js';
import { chooseLanguage } from './i18n/texts.js';
import type { ConsentBanner } from './ui/consent-banner/consent-banner.js';

/** Options from the drop-in's own `data-*` attributes. */
let scriptOptions: RawOptions = {};
/** The banner element that Consentry drives: a page's own, else the one it inserted. */
let active: ConsentBanner | null = null;
let lang = 'en';
let started = false;
let queued = false;

/** The banner element in charge, if any. */
export const activeBanner = (): ConsentBanner | null => active;

/** The language the UI is shown in (BCP 47). */
export const language = (): string => lang;

/** Resolves the configuration from all sources and (re)starts the consent state with it. */
export function configure(): void {
  queued = false;
  const config = resolveConfig(readAttributes(active), scriptOptions);
  lang = chooseLanguage(config);
  consent.start(config);
  if (!started) {
    started = true;
    // `data-consent-open` links anywhere on the page, including ones added later.
    document.addEventListener('click', (e) => {
      const opener = (e.target as Element | null)?.closest?.('[data-consent-open]');
      if (opener) {
        e.preventDefault();
        ensureBanner().openPreferences();
      }
    });
  }
  active?.requestUpdate();
}

/** Starts Consentry if nothing has yet. */
export function ensureStarted(): void {
  if (!started) configure();
}

/** Starts from the drop-in's script tag. */
export function boot(script: Element | null): void {
  scriptOptions = readAttributes(script, 'data-');
  configure();
}

/** A banner element connected or changed its attributes: take it on and reconfigure. */
export function attach(el: ConsentBanner): void {
  if (active && active !== el && (!active._auto || el._auto)) return;
  if (active !== el) {
    const previous = active;
    active = el;
    previous?.remove();
  }
  if (!started) configure();
  else if (!queued) {
    queued = true;
    queueMicrotask(configure);
  }
}

/** A banner element left the page. */
export function detach(el: ConsentBanner): void {
  if (active === el) active = null;
}

/**
 * Returns the banner in charge, inserting one as the first child of `<body>` if the page has
 * none, so that keyboard users reach it first. Before `<body>` exists it is inserted as soon
 * as the parser creates it.
 */
export function ensureBanner(): ConsentBanner {
  ensureStarted();
  if (active) return active;
  const el = document.createElement('consent-banner') as ConsentBanner;
  el._auto = true;
  const insert = () => {
    if (!el.isConnected && (!active || active === el)) document.body.prepend(el);
  };
  if (document.body) insert();
  else {
    const observer = new MutationObserver(() => document.body && (observer.disconnect(), insert()));
    observer.observe(document.documentElement, { childList: true });
  }
  active = el;
  return el;
}
