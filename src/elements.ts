/**
 * What a template may write on Consentry's four elements, for the framework declarations
 * (entries/react.ts, entries/vue.ts, entries/svelte.ts); `HTMLElementTagNameMap` is declared in
 * entries/index.ts. Types only: nothing here reaches a bundle. Attribute names come from the option
 * table (core/options.ts), so a new option is typed without touching this file.
 */
import type { OptionName } from './core/options.js';
import type { ConsentChangeDetail, ConsentSnapshot, ConsentUiDetail } from './core/types.js';

/**
 * The attributes of `<consent-banner>`: every option of the configuration
 * (docs/configuration.md), as a string; those with a fixed set of values list them.
 */
export type ConsentBannerAttributes = { [K in OptionName]?: string } & {
  mode?: 'opt-in' | 'opt-out' | 'notice' | 'none';
  layout?: 'bar' | 'box' | 'modal';
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center';
  theme?: 'light' | 'dark' | 'auto';
  revisit?: 'button' | 'none';
};

/** The attributes of `<consent-gate>` (docs/elements.md). */
export interface ConsentGateAttributes {
  /** The category, or `category/service`, that the content needs. */
  category?: string;
  /** Who provides the content, named in the placeholder. */
  provider?: string;
  /** `category` (default): "Load content" grants the category (or service); `embed`: it loads only this embed. */
  scope?: 'category' | 'embed';
}

/** `<consent-opt-out>` has no attributes of its own. */
export type ConsentOptOutAttributes = Record<never, never>;

/** The attributes of `<privacy-notice>` (docs/privacy-notice.md). */
export interface PrivacyNoticeAttributes {
  /** CSS selector of a `<script type="application/json">` configuration. */
  config?: string;
  /** Level of the section headings, 1..6. */
  'heading-level'?: string | number;
}

/** The events a template can listen to on the elements, by name (docs/events-and-api.md). */
export interface ConsentEventMap {
  'consent-ready': CustomEvent<ConsentSnapshot>;
  'consent-change': CustomEvent<ConsentChangeDetail>;
  'consent-ui': CustomEvent<ConsentUiDetail>;
}

/** `on` + an event name (`onconsent-change`), as React 19 and Svelte 5 attach listeners to custom elements. */
export type ConsentEventHandlers = { [K in keyof ConsentEventMap as `on${K}`]?: (event: ConsentEventMap[K]) => void };
