import { ensureBanner, ensureStarted } from './boot.js';
import { language as currentLanguage } from './i18n/language.js';
import * as consent from './core/consent.js';
import type { Choices, EventName } from './core/consent.js';
import type { AuditReport, ConsentSnapshot } from './core/types.js';
import type { LoadScriptOptions } from './gating/load-script.js';
import { audits, extras, loadedAudit } from './loader/extras.js';

export type { LoadScriptOptions };

/** The current consent snapshot. */
export function get(): ConsentSnapshot {
  ensureStarted();
  return consent.snapshot();
}

/** Whether `category` (or `category/service`) is granted. */
export function allowed(category: string): boolean {
  ensureStarted();
  return consent.allowed(category);
}

/** Resolves when `category` (or `category/service`) is granted; at once if it already is. */
export function whenAllowed(category: string): Promise<void> {
  ensureStarted();
  return consent.whenAllowed(category);
}

/** Grants every optional category (a privacy signal still refuses what it covers). */
export function acceptAll(): ConsentSnapshot {
  ensureStarted();
  return consent.acceptAll('api');
}

/** Refuses every optional category. */
export function rejectAll(): ConsentSnapshot {
  ensureStarted();
  return consent.rejectAll('api');
}

/** Decides from code: `choices` maps category or service ids to booleans; others keep their value. */
export function set(choices: Choices): ConsentSnapshot {
  ensureStarted();
  if (!choices || typeof choices !== 'object') throw new TypeError('[consentry] set(): expected an object of booleans');
  return consent.decide(choices, 'api');
}

/** Shows the first layer. */
export function showBanner(): void {
  ensureBanner();
  consent.setView('banner');
}

/** Opens the preferences dialog. */
export function showPreferences(): void {
  ensureBanner().openPreferences();
}

/** Closes the banner or dialog; this decides nothing. */
export function hide(): void {
  ensureStarted();
  consent.setView('none');
}

/** Forgets the decision, withdraws every optional category and shows the banner again. */
export function reset(): void {
  ensureBanner();
  consent.reset();
}

/** Subscribes to `ready`, `change` or `ui`; returns the unsubscribe function. */
export function on(event: EventName, fn: (detail: any) => void): () => void {
  return consent.on(event, fn);
}

/**
 * Loads a script once `options.category` (or `category/service`) is granted, with Consentry's
 * nonce and Trusted Types policy. Resolves when it has loaded; the same `src` loads once.
 */
export function loadScript(src: string, options: LoadScriptOptions): Promise<void> {
  ensureStarted();
  return extras().then((x) => x.loadScript(src, options));
}

/**
 * Reports what the site gets wrong on this page (docs/audit.md): undeclared cookies,
 * cookies of refused categories still present, third-party resources loaded before consent and
 * ungated elements from well-known tracking hosts. Synchronous; never throws. The audit lives in
 * `consentry.audit.js`, which the first call requests: until it has loaded, the report has
 * `complete: false`, `ok: false` and empty lists, so call it after the page's `load` event.
 */
export function audit(): AuditReport {
  ensureStarted();
  if (!loadedAudit) audits().catch(() => {});
  return (
    loadedAudit?.audit() ?? { complete: false, ok: false, undeclaredCookies: [], refusedCookies: [], earlyResources: [], ungatedTrackers: [], liveGated: [] }
  );
}

/** The API of `window.Consentry`. */
export const Consentry = {
  get,
  allowed,
  whenAllowed,
  acceptAll,
  rejectAll,
  set,
  showBanner,
  showPreferences,
  hide,
  reset,
  on,
  loadScript,
  audit,
  /** The language the UI is shown in (BCP 47 tag). */
  get language(): string {
    return currentLanguage();
  },
  /**
   * The ISO 3166 code (`DE`, `US-CA`) of the region whose rules are in force, `null` when it is
   * unknown or not needed (`region="auto"` without a `regions` table). See docs/regions.md.
   */
  get region(): string | null {
    ensureStarted();
    return consent.snapshot().region;
  },
};

export type ConsentryApi = typeof Consentry;
