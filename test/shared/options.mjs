// The options' attribute names, written out here rather than read from src/: the tests hold the
// code, the manifest and the docs to this list (docs/configuration.md's options table).

/** Every option's attribute name. */
export const OPTION_ATTRIBUTES = [
  'categories',
  'policy-url',
  'revision',
  'mode',
  'lang',
  'layout',
  'position',
  'theme',
  'cookie-name',
  'cookie-domain',
  'cookie-path',
  'cookie-days',
  'reask-after',
  'ga-id',
  'consent-mode',
  'wait-for-update',
  'ads-data-redaction',
  'url-passthrough',
  'datalayer',
  'honor-gpc',
  'honor-dnt',
  'consent-endpoint',
  'config',
  'reload-on-revoke',
  'user-content',
  'revisit',
  'debug',
  'region',
];
