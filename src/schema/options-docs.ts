/**
 * What each option of the option table (src/core/options.ts) means, in words. Kept out of the
 * drop-in: only build-time code and the docs read it. From the two tables come the JSON Schema's
 * attributes (./index.ts), the `<consent-banner>` attributes of the custom-elements manifest
 * (custom-elements-manifest.config.mjs) and the option table of docs/configuration.md
 * (`npm run docs:options`; test/unit/core-config.docs.test.ts checks it).
 */
import { FLAG, OPTIONS, URL_, type Check, type OptionName } from '../core/options.js';
import type { Schema } from './notice.js';

export interface OptionDoc {
  /** One line: the JSON Schema's description and the manifest's. */
  summary: string;
  /** The docs table's "meaning" (Markdown, links relative to docs/); the summary when absent. */
  details?: string;
  /** The docs' default when the option has no value by default (`none` when absent). */
  unset?: string;
  /** What the JSON Schema says beyond what the check gives (types, a pattern without flags). */
  schema?: Schema;
}

/** One entry per option, no more: the type makes the compiler name any option left out. */
export const OPTION_DOCS: Record<OptionName, OptionDoc> = {
  categories: {
    summary: 'Optional categories, space or comma separated (`analytics advertising`).',
    details:
      "optional categories, space or comma separated. Known ids: `functional`, `analytics`, `advertising`; any other id (a lower-case letter, then up to 39 lower-case letters, digits, `-` or `_`) is a custom category. `necessary` always exists and is always granted. Without this attribute, the JSON configuration's `categories` keys are used, in order.",
  },
  'policy-url': {
    summary: 'Link to the privacy notice, shown in the banner and dialog.',
    details: 'link to the privacy notice, shown in the banner and the dialog (http, https or relative)',
  },
  revision: {
    summary: 'Policy/configuration revision; a decision for another revision is void.',
    details:
      'revision of the configuration and notice (`[A-Za-z0-9._-]`, 1 to 40 characters). A stored acceptance with another revision is void and the banner shows again; a refusal stands for `reask-after` days ([details](regions.md#a-refusal-is-respected)).',
    schema: { type: ['string', 'number'] },
  },
  mode: {
    summary: 'How consent is asked for: `opt-in`, `opt-out`, `notice`, or `none` (no banner, no revisit control; grants what no privacy signal refuses).',
    details:
      '`opt-in`: nothing optional runs before a yes. `opt-out`: optional categories run until the visitor says no; the banner offers "Do not sell or share my personal information". `notice`: information only, everything granted (a honoured privacy signal still refuses advertising). `none`: no banner and no revisit control, optional categories granted except what a honoured privacy signal refuses. See [Integrations](integrations.md#opt-out-mode-and-notice-mode) and, for a mode per visitor\'s region, [Regions](regions.md).',
  },
  region: {
    summary:
      "`auto` (from the browser's time zone) or the visitor's ISO 3166-1 alpha-2 / ISO 3166-2 code from the server (`DE`, `US-CA`; `UK` is taken as `GB`); used by the JSON `regions` (docs/regions.md).",
    details:
      "the visitor's region: `auto` (from the browser's time zone, only when the JSON configuration has `regions`) or an ISO 3166-1 alpha-2 / ISO 3166-2 code such as `DE` or `US-CA`, typically written by the server from its CDN's country header; `UK` is taken as `GB`. A malformed code is reported and `auto` is used. See [Regions](regions.md).",
  },
  lang: {
    summary: '`auto` or a BCP 47 language tag.',
    details:
      '`auto`: `<html lang>`, then `navigator.languages`, then English, each with region fallback (`de-AT` → `de`); or a BCP 47 tag. See [Languages](languages.md).',
    // The check's `i` flag cannot be said in a JSON Schema pattern.
    schema: { pattern: '^(auto|[a-zA-Z]{2,3}(-[a-zA-Z\\d]{2,8})*)$' },
  },
  layout: { summary: 'Banner layout: `bar`, `box` or `modal`.' },
  position: { summary: 'Banner position: `bottom`, `top`, `bottom-left`, `bottom-right` or `center`.' },
  theme: { summary: 'Colour scheme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`).' },
  'cookie-name': {
    summary: 'Name of the consent cookie.',
    details: 'name of the consent cookie (letters, digits, `_`, `-`; up to 64)',
  },
  'cookie-domain': {
    summary: 'Domain of the consent cookie: this host or a parent of it.',
    details:
      'domain of the consent cookie: the host or a parent of it (a leading dot is dropped); any other domain is reported and the host is used, since a browser would silently drop the cookie',
    unset: "the page's host",
  },
  'cookie-path': { summary: 'Path of the consent cookie.', details: 'path of the consent cookie (starts with `/`)' },
  'cookie-days': {
    summary: 'Lifetime of the consent cookie in days (clamped to 1..395).',
    details:
      'lifetime in days, clamped to 1..395 (13 months). Out of range is clamped and reported; a non-number gives the default. A refusal lives as long as an acceptance.',
  },
  'reask-after': {
    summary: 'Days a refusal stands through a new `revision` (at most `cookie-days`).',
    details:
      'days a refusal (nothing optional granted) stands through a new `revision`, clamped to 0..395 and never more than `cookie-days` (a larger value is capped and reported); an acceptance is asked again at once, and a refusal is asked about what the new configuration adds ([details](regions.md#a-refusal-is-respected))',
  },
  'ga-id': {
    summary: 'Google Analytics measurement ids, space separated.',
    details:
      "Google Analytics measurement id(s), space separated: sets `window['ga-disable-<id>']` while analytics is refused and declares GA's cookies under `analytics` ([details](integrations.md#google-analytics-opt-out))",
  },
  'consent-mode': { summary: 'Google Consent Mode v2 signals, on or off.', details: 'Google Consent Mode v2 signals, on or off' },
  'wait-for-update': {
    summary: 'Consent Mode `wait_for_update` in milliseconds.',
    details: 'Consent Mode `wait_for_update`, in ms, clamped to 0..60000',
  },
  'ads-data-redaction': { summary: 'Set Consent Mode `ads_data_redaction` while `advertising` is refused.' },
  'url-passthrough': { summary: 'Set Consent Mode `url_passthrough`.' },
  datalayer: {
    summary: 'Also push `consentry_ready` and `consentry_change` events with the decision to `window.dataLayer`, for Google Tag Manager triggers.',
    details:
      "also push `{ event: 'consentry_ready' \\| 'consentry_change', consentry: { categories, services, region } }` to `window.dataLayer` on every `consent-ready` and `consent-change`, always after Consent Mode's `default`, for Google Tag Manager triggers ([Frameworks](frameworks.md#google-tag-manager))",
  },
  'honor-gpc': {
    summary: 'Treat Global Privacy Control as a refusal of sale and sharing.',
    details:
      'treat Global Privacy Control as a refusal of `advertising` and of custom categories marked `"saleOrShare": true`, in every mode, without a pop-up ([details](integrations.md#global-privacy-control-and-do-not-track))',
  },
  'honor-dnt': { summary: 'Treat Do Not Track like Global Privacy Control.' },
  'consent-endpoint': {
    summary: 'URL that receives a consent receipt for every decision.',
    details: 'URL (http, https or relative) that receives a consent receipt (JSON) for every decision ([Receipts](receipts.md))',
  },
  impressions: {
    summary: 'With `consent-endpoint`: count each banner and dialog shown, anonymously (`off` stops it).',
    details:
      'with `consent-endpoint`: send one anonymous impression (no id, no cookie, no time) for each banner or dialog shown, so that the collector can count how many visitors decide; `off` sends none ([Receipts](receipts.md#impressions))',
  },
  config: {
    summary: 'CSS selector of a `<script type="application/json">` holding the JSON configuration.',
    details: 'CSS selector of a `<script type="application/json">` holding the JSON configuration; it may come before or after the drop-in in the page',
  },
  'reload-on-revoke': {
    summary: 'Reload the page after a category is withdrawn.',
    details: 'reload the page after a category or service that was granted is refused (running scripts cannot be unloaded)',
  },
  'user-content': {
    summary: "CSS selector of the containers of visitors' markup (comments, profiles): nothing inside them is activated by gating.",
    details:
      "CSS selector of the containers of visitors' markup (comments, profiles, reviews): no gated element inside them is ever activated, whatever it carries ([Gating](gating.md#the-sites-own-markup))",
  },
  revisit: {
    summary: 'Keep a "Privacy settings" control after a decision (`button`) or not (`none`).',
    details:
      'after a decision, keep a small "Privacy settings" control on the page (`button`) or not (`none`, for sites with their own `data-consent-open` link)',
  },
  debug: {
    summary: 'Log configuration problems and the audit report to the console.',
    details: 'log configuration problems, missing translations and the [audit](audit.md) report to the console',
  },
};

/** The camelCase key of an option in the JSON configuration (`policy-url` → `policyUrl`). */
const camelCase = (name: string): string => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The JSON Schema of an option's value, from its check and its docs. */
function schemaOf(check: Check, doc: OptionDoc): Schema {
  const description = doc.summary;
  let out: Schema;
  // Attribute values arrive as strings; JSON may also give the natural type.
  if (check === FLAG) out = { type: ['boolean', 'string'], pattern: '^(|true|on|yes|1|false|off|no|0)$' };
  // A URL as config.ts accepts it: absolute, or relative to the page.
  else if (check === URL_) out = { type: 'string', format: 'uri-reference' };
  else if (Array.isArray(check)) out = { type: ['number', 'string'], pattern: '^-?\\d+(\\.\\d+)?$', minimum: check[0], maximum: check[1] };
  else {
    const source = (check as RegExp).source;
    const choices = /^\^\(([\w|-]+)\)\$$/.exec(source);
    out = choices ? { enum: choices[1].split('|') } : source === '^' ? { type: 'string' } : { type: 'string', pattern: source };
  }
  return { ...out, ...doc.schema, description };
}

/**
 * The options as keys of the JSON configuration, in the table's order. `categories` (an object
 * there) and `config` (which names the JSON configuration) are not: ./index.ts defines the first.
 */
export const jsonOptions = (): Record<string, Schema> =>
  Object.fromEntries(
    OPTIONS.filter(([name]) => name !== 'categories' && name !== 'config').map(([name, , check]) => [camelCase(name), schemaOf(check, OPTION_DOCS[name])]),
  );

/** The default as the docs show it: the value in backticks, else what `unset` says. */
const shownDefault = (name: OptionName, fallback: string) => (fallback ? '`' + fallback + '`' : (OPTION_DOCS[name].unset ?? 'none'));

/** A summary as a lower-case phrase for the docs table (the schema's sentences start upper-case). */
const phrase = (summary: string) => summary.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()).replace(/\.$/, '');

/** The option table of docs/configuration.md (Markdown), between its markers there. */
export const optionsTable = (): string =>
  [
    '| attribute | default | meaning |',
    '|---|---|---|',
    ...OPTIONS.map(
      ([name, fallback]) => `| \`${name}\` | ${shownDefault(name, fallback)} | ${OPTION_DOCS[name].details ?? phrase(OPTION_DOCS[name].summary)} |`,
    ),
  ].join('\n');

/** The attributes of `<consent-banner>` as the custom-elements manifest lists them. */
export const manifestAttributes = (): Array<{ name: string; description: string; default?: string; fieldName?: string }> =>
  OPTIONS.map(([name, fallback]) => ({ name, description: OPTION_DOCS[name].summary, ...(fallback ? { default: JSON.stringify(fallback) } : {}) }));
