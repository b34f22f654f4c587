import { readAttributes, resolveOptions, type RawOptions } from './core/resolve.js';
import * as consent from './core/consent.js';
import { audits, extras } from './loader/extras.js';
import { afterFirstFrame } from './core/after-first-frame.js';
import { integrate } from './integrations/index.js';
import { chooseUiLanguage, language } from './i18n/language.js';
import { loadChunk } from './loader/lazy.js';
import type { JsonChunk } from './chunks/json.js';
import type { ConsentBanner } from './ui/consent-banner/consent-banner.js';
import { doc } from './core/guard.js';
import { host } from './ui/host.js';

/** Options from the drop-in's own `data-*` attributes. */
let scriptOptions: RawOptions = {};
/** The banner element that Consentry drives: a page's own, else the one it inserted. */
let active: ConsentBanner | null = null;
/** The banner's `lang` attribute as the site set it. */
let siteLang: string | undefined;
/** The banner's `lang` attribute when last seen. */
let seenLang: string | null = null;
let started = false;
let queued = false;
/** The JSON configuration chunk: `undefined` while it loads, `null` when it could not load. */
let jsonChunk: JsonChunk | null | undefined;
let jsonAsked = false;

/** The JSON configuration chunk, loading it on first ask (the configuration is made again when it arrives). */
function json(): JsonChunk | null | undefined {
  if (!jsonAsked) {
    jsonAsked = true;
    loadChunk<JsonChunk>('json').then(
      (c) => ((jsonChunk = c), configure()),
      () => ((jsonChunk = null), configure()),
    );
  }
  return jsonChunk;
}

/**
 * Gated markup that gating has work for before anything is granted: `<consent-gate>` and
 * `<consent-opt-out>` show before a decision, and markup gated on `necessary` runs at once.
 */
const NEED = 'consent-gate,consent-opt-out,[data-consent*=necessary]';
/** While gating is not due: what stops waiting for it; `0` once it has been requested. */
let wait: (() => void) | 0 | undefined;
/** When the change that made gating due happened (0: it was due at start). */
let since = 0;

/** A decision holds, or something optional is granted (opt-out mode, the API). */
const held = (): boolean => consent.decided() || consent.optional().some((x) => consent.allowed(x.id));
/** The gated markup that gating has work for now. */
const markup = (): string => (held() ? NEED + ',[data-consent]' : NEED);

/**
 * Whether gating has something to do (decision 27). Before a decision or a grant nothing gated
 * may run (but `NEED`) and gated markup is inert by itself, so the extras chunk waits; so it does
 * on a page without gated markup, unless something must be cleaned up (services that declare
 * cookies or storage), reloaded after a withdrawal (`reload-on-revoke`) or audited (`debug`).
 */
function due(): unknown {
  const c = consent.getConfig();
  return (
    c.debug ||
    (held() && c.reloadOnRevoke) ||
    c.categories.some((x) => x.services.some((s) => s.cookies.length + s.storage.length)) ||
    doc.querySelector(markup())
  );
}

/**
 * Loads gating and runs it (and, with `debug`, the audit's report) once it is due (`due`): every
 * (re)configuration runs it again. Until then, a change of consent or markup that needs it
 * (single-page apps) starts it.
 */
function startGating(): void {
  if (wait !== 0 && !due()) {
    if (!wait) {
      const off = consent.on('change', () => ((since = performance.now()), startGating()));
      // What a single-page app adds later: gated markup that gating has work for now.
      const observer = new MutationObserver((records) => {
        const m = markup();
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches(m) || n.querySelector(m))) return startGating();
      });
      observer.observe(document, { childList: true, subtree: true });
      wait = () => (off(), observer.disconnect());
    }
    return;
  }
  if (wait) wait();
  wait = 0;
  extras().then(
    (x) => {
      // The audit dates the first grant from when gating started (src/audit/watch.ts): one made
      // in this page before gating was due dates from the change that made it due.
      if (since && !x.watched.at) x.watched.at = since;
      x.gate();
    },
    () => {},
  );
  if (consent.getConfig().debug) audits().catch(() => {});
}

/** The banner element in charge, if any. */
const activeBanner = (): ConsentBanner | null => active;

/** Resolves the configuration from all sources and (re)starts the consent state with it. */
function configure(): void {
  queued = false;
  const attrs = readAttributes(active);
  attrs.lang = siteLang;
  // A JSON configuration is read by its chunk, with what only it can ask for (services, regions,
  // experiments: decision 36). Until it is here nothing optional runs (opt-in, no stored decision)
  // and no banner shows. One that cannot load is reported, and the attributes alone apply, as
  // with a JSON configuration that cannot be read.
  const reader = attrs.config || scriptOptions.config ? json() : null;
  const config = reader ? reader.resolve(attrs, scriptOptions, configure) : resolveOptions(attrs, scriptOptions);
  if (reader === undefined) {
    config.mode = 'opt-in';
    config.pending = true;
  }
  chooseUiLanguage(config);
  integrate(config, language);
  // The JSON configuration comes later in the page than the drop-in: configure again once it is there.
  config.partial = !!reader?.pending(config.config);
  consent.start(config);
  // Gating starts in a task of its own, after the banner's first frame when a banner is due: the
  // first layer does not wait for it, and gated markup stays inert until then, so nothing can run early.
  const first = !started;
  afterFirstFrame(() => {
    startGating();
    if (first) {
      // Listeners wait too (for the next task, or the banner's first frame), so that the
      // drop-in's own start stays one short task. Decisions made elsewhere (another tab, a
      // sibling subdomain sharing the cookie, this page shown again from the back/forward cache)
      // and the page's language changing at run time (a single-page app's language switch, the
      // browser's languages); a decision heard of makes gating due.
      consent.tabs();
      addEventListener('pageshow', (e) => e.persisted && consent.sync());
      doc.addEventListener('visibilitychange', () => doc.visibilityState == 'visible' && consent.sync());
      new MutationObserver(() => chooseUiLanguage()).observe(doc.documentElement, { attributeFilter: ['lang'] });
      addEventListener('languagechange', () => chooseUiLanguage());
      // `data-consent-open` links anywhere on the page, including ones added later.
      doc.addEventListener('click', (e) => {
        const opener = (e.target as Element | null)?.closest?.('[data-consent-open]');
        if (opener) {
          e.preventDefault();
          ensureBanner().openPreferences();
        }
      });
    }
  }, consent.due());
  if (config.partial) {
    doc.addEventListener('DOMContentLoaded', configure, { once: true });
  }
  started = true;
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
function attach(el: ConsentBanner, connecting = false): void {
  if (active && active !== el && (!active._auto || el._auto)) return;
  // The banner the drop-in inserted has no options of its own: nothing to configure again.
  if (connecting && started && active === el && el._auto) return;
  // The banner writes its own `lang` attribute too (the language it is shown in, for assistive
  // technology), so only a change to another value than the one shown is the site's `lang`
  // option. Read here, before the banner's first render can overwrite it.
  const own = el.getAttribute('lang');
  if (active !== el || (own !== seenLang && own !== language())) siteLang = own ?? undefined;
  seenLang = own;
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
function detach(el: ConsentBanner): void {
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
  const el = doc.createElement('consent-banner');
  el._auto = true;
  const insert = () => {
    if (!el.isConnected && (!active || active === el)) doc.body.prepend(el);
  };
  if (doc.body) insert();
  else {
    const observer = new MutationObserver(() => doc.body && (observer.disconnect(), insert()));
    observer.observe(doc.documentElement, { childList: true });
  }
  active = el;
  return el;
}

// The elements reach the controller through `host` (src/ui/host.ts), never by importing it.
Object.assign(host, { attach, detach, start: ensureStarted, banner: activeBanner });
