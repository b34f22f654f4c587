/** How consent is asked for. */
export type Mode = 'opt-in' | 'opt-out' | 'notice' | 'none';

/** Where the decision came from, as reported in `consent-change` and in receipts. */
export type Source = 'banner' | 'preferences' | 'api' | 'gpc' | 'sync' | 'embed' | 'opt-out';

/** The visible view of the consent UI. */
export type View = 'banner' | 'preferences' | 'none';

/** A copy of the consent state, as carried by every event and returned by `get()`. */
export interface ConsentSnapshot {
  /** The visitor has chosen (or the mode made a choice unnecessary). */
  decided: boolean;
  /** Every category id with its value; `necessary` is always `true`. */
  categories: Record<string, boolean>;
  /** Per-service choices, where services are configured. */
  services: Record<string, boolean>;
  /** Random consent id, stable across changes. */
  id: string;
  revision: string;
  /** ISO 8601 time of the last decision. */
  timestamp: string | null;
  mode: Mode;
  /** The ISO 3166 code of the region whose rules are in force, `null` when unknown or not resolved (docs/regions.md). */
  region: string | null;
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
}

/** `detail` of `consent-change`. */
export interface ConsentChangeDetail extends ConsentSnapshot {
  /** Category ids whose value changed. */
  changed: string[];
  source: Source;
}

/** `detail` of `consent-ui`. */
export interface ConsentUiDetail extends ConsentSnapshot {
  view: View;
}

/** A cookie declared by a service: a name or a `/regex/` string. */
export interface CookieDecl {
  name: string;
  domain?: string;
  path?: string;
  duration?: string;
}

/** A service inside a category. */
export interface Service {
  id: string;
  name: string;
  provider?: string;
  purpose?: string;
  privacyUrl?: string;
  cookies: CookieDecl[];
  storage: string[];
}

/** A category of optional processing (or `necessary`). */
export interface Category {
  id: string;
  label?: string;
  description?: string;
  services: Service[];
  /** Covered by a Global Privacy Control refusal. */
  saleOrShare: boolean;
}

/**
 * What `Consentry.audit()` finds wrong on the page (docs/audit.md). A plain snapshot:
 * call `audit()` again for a fresh one.
 */
export interface AuditReport {
  /**
   * `false` while gating's chunk (`consentry.extras.js`) is still loading: call again after the
   * page's `load` event. Every list is then empty.
   */
  complete: boolean;
  /** `true` when the report is complete and every list is empty: an incomplete report never claims it. */
  ok: boolean;
  /** Cookies present that no category or service declares (Consentry's own consent cookie excluded). */
  undeclaredCookies: string[];
  /** Cookies still present although the category or service that declares them is refused. */
  refusedCookies: Array<{ name: string; category: string; service: string }>;
  /**
   * Third-party resources (another origin than the page's and than Consentry's own files) that
   * started loading while no optional category was granted: in opt-in mode, before the visitor
   * agreed. `type` is the resource's initiator (`script`, `img`, `fetch`, …).
   */
  earlyResources: Array<{ url: string; host: string; type: string }>;
  /**
   * Elements (`script`, `img`, `iframe`, `link`, `embed`, `object`, `video`, `audio`, `source`)
   * whose URL is on a well-known tracking host and that are not gated (no `data-consent`).
   */
  ungatedTrackers: Array<{ tag: string; url: string; host: string }>;
  /**
   * Gated elements that load at once anyway: marked `data-consent` (or inside a gated `<video>`,
   * `<audio>` or `<picture>`) but carrying a live `src`, `srcset`, `href`, `data` or `poster`
   * instead of its `data-` form. `attribute` is the live one; `consent` the element's condition.
   */
  liveGated: Array<{ tag: string; attribute: string; url: string; consent: string }>;
}
