/**
 * The JSON Schema (draft 2020-12) of Consentry's whole JSON configuration: every attribute of
 * docs/configuration.md as a camelCase key, the categories with their services and cookies, the
 * texts and the privacy notice. The build writes it to `dist/consentry.schema.json`
 * (rollup.config.mjs). The attribute part comes from the option table (src/core/options.ts); the
 * notice part is what the notice validates against.
 */
import { ID as ID_RE } from '../core/ids.js';
import { bool, LANG, noticeDefs, str, type Schema } from './notice.js';
import { jsonOptions } from './options-docs.js';

const ID = ID_RE.source;
/** One token of a `regions` key: a built-in group or an ISO 3166 code. */
const TOKEN = '(EEA|EU|UK|CH|US-PRIVACY|\\*|unknown|[A-Z]{2}(-[A-Z\\d]{1,3})?)';
/** An experiment's or an arm's id (src/experiments/arms.ts). */
const ARM = '^[A-Za-z0-9_-]{1,32}$';
/** A `/regex/` or a plain name. */
const NAME = '^(?!/)[^\\s;=,]+$|^/.+/$';
/** A URL as config.ts accepts it: absolute, or relative to the page. */
const url = (description: string): Schema => str(description, { format: 'uri-reference' });

/**
 * The attributes of `<consent-banner>` (and `data-*` of the script tag) as camelCase keys, from
 * the option table (src/core/options.ts, src/schema/options-docs.ts), and the JSON-only
 * `consentModeRegions`.
 */
const attributes: Record<string, Schema> = {
  ...jsonOptions(),
  consentModeRegions: {
    type: 'array',
    description: 'Consent Mode defaults per region (ISO 3166-1/-2 codes) for visitors who have not decided.',
    items: {
      type: 'object',
      properties: {
        region: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z]{2}(-[A-Z\\d]{1,3})?$' } },
        analytics: bool('Analytics granted by default in these regions.'),
        advertising: bool('Advertising granted by default in these regions (never while a privacy signal is honoured).'),
        functional: bool('Functional granted by default in these regions.'),
      },
      required: ['region'],
      additionalProperties: false,
    },
  },
};

const cookie: Schema = {
  anyOf: [
    { type: 'string', pattern: NAME, description: 'Cookie name or `/regex/`.' },
    {
      type: 'object',
      properties: {
        name: { type: 'string', pattern: NAME, description: 'Cookie name or `/regex/`.' },
        domain: str('Domain the cookie is set on.'),
        path: str('Path the cookie is set on.'),
        duration: str('How long it lives, e.g. "1 year".'),
      },
      required: ['name'],
    },
  ],
};

/** The whole configuration. */
export const schema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://consentry.dev/consentry.schema.json',
  title: 'Consentry configuration',
  description: 'The JSON configuration named by the `config` attribute of <consent-banner> or <privacy-notice>.',
  type: 'object',
  properties: {
    ...attributes,
    categories: {
      type: 'object',
      description: 'Optional categories by id (`functional`, `analytics`, `advertising` or a custom id); `necessary` always exists.',
      propertyNames: { pattern: ID },
      additionalProperties: { $ref: '#/$defs/category' },
    },
    texts: {
      type: 'object',
      description: 'UI texts per language, overriding the built-in ones key by key.',
      propertyNames: { pattern: LANG },
      additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
    },
    notice: { $ref: '#/$defs/notice' },
    experiments: {
      type: 'object',
      description:
        "A fair banner experiment: weighted arms that may change the banner's texts (never a button's), layout and position, and nothing else; the first arm is the control (docs/configuration.md#experiments).",
      properties: {
        id: str('The experiment, named in reports.', { pattern: ARM }),
        arms: {
          type: 'array',
          minItems: 1,
          maxItems: 8,
          items: {
            type: 'object',
            properties: {
              id: str('The arm, carried by receipts and impressions.', { pattern: ARM }),
              weight: { type: 'number', minimum: 0, maximum: 1000000, default: 1, description: "The arm's share of new visitors (0 pauses it)." },
              layout: attributes.layout,
              position: attributes.position,
              texts: {
                type: 'object',
                description: 'UI texts per language for this arm; button labels cannot differ between arms.',
                propertyNames: { pattern: LANG },
                additionalProperties: {
                  type: 'object',
                  propertyNames: { not: { enum: ['acceptAll', 'rejectAll', 'preferences', 'save', 'optOut', 'ok', 'close', 'revisit'] } },
                  additionalProperties: { type: 'string' },
                },
              },
            },
            required: ['id'],
            additionalProperties: false,
          },
        },
      },
      required: ['id', 'arms'],
      additionalProperties: false,
    },
    regions: {
      type: 'object',
      description:
        "Options per region: keys are space-separated ISO 3166 codes or groups (EEA, EU, UK, CH, US-PRIVACY, *, unknown); the most specific key naming the visitor's region wins (docs/regions.md).",
      propertyNames: { pattern: `^${TOKEN}( ${TOKEN})*$` },
      additionalProperties: { $ref: '#/$defs/regionRules' },
    },
  },
  $defs: {
    regionRules: {
      type: 'object',
      description:
        'Options for the visitors of a region; they win over the attributes and the top-level keys. `config`, `region` and `regions` cannot differ by region.',
      properties: {
        ...Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== 'region')),
        categories: {
          anyOf: [
            { type: 'string', description: 'Category ids, space or comma separated; their definitions come from the top-level `categories`.' },
            { type: 'object', propertyNames: { pattern: ID }, additionalProperties: { $ref: '#/$defs/category' } },
          ],
        },
        texts: {
          type: 'object',
          description: 'UI texts per language, overriding the top-level ones key by key.',
          propertyNames: { pattern: LANG },
          additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
        },
        notice: { $ref: '#/$defs/notice' },
        exempt: {
          type: 'array',
          description:
            "Optional categories granted without asking in these regions, shown on in the dialog with a line saying the visitor can object (the UK's statistics exception: docs/regions.md#exempt-categories).",
          items: { type: 'string', pattern: ID },
        },
      },
      not: { anyOf: [{ required: ['config'] }, { required: ['region'] }, { required: ['regions'] }] },
    },
    category: {
      type: 'object',
      properties: {
        label: str('Name shown in the dialog and the notice.'),
        description: str('What the category is for.'),
        saleOrShare: bool('Refused by Global Privacy Control (sale or sharing).'),
        services: { type: 'array', items: { $ref: '#/$defs/service' } },
      },
    },
    service: {
      anyOf: [
        { type: 'string', pattern: ID, description: 'A catalogue id, e.g. "google-analytics".' },
        {
          type: 'object',
          properties: {
            id: { type: 'string', pattern: ID },
            name: str('Display name.'),
            provider: str('Company providing the service.'),
            purpose: str('What it is used for.'),
            privacyUrl: url('Privacy policy of the provider.'),
            cookies: { type: 'array', items: cookie },
            storage: { type: 'array', items: { type: 'string', description: 'localStorage/sessionStorage key or `/regex/`.' } },
            serviceWorkers: {
              type: 'array',
              items: { type: 'string', description: "Service worker's script URL or scope (http(s) or relative to the page); unregistered on withdrawal." },
            },
            indexedDB: { type: 'array', items: { type: 'string', description: 'IndexedDB database name or `/regex/`; deleted on withdrawal.' } },
            caches: { type: 'array', items: { type: 'string', description: 'Cache Storage cache name or `/regex/`; deleted on withdrawal.' } },
          },
          required: ['id'],
        },
      ],
    },
    ...noticeDefs,
  },
};
