/** How consent is asked for. */
export type Mode = 'opt-in' | 'opt-out' | 'notice';

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
