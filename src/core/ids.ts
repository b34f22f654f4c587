/**
 * Category and service ids: lower-case words, so that no id can be markup, and none of them
 * an inherited name (`__proto__`, `constructor`). Defined here once: the configuration checks ids
 * with it (config.ts) and the JSON Schemas (src/schema/) use its `source` as their pattern.
 */
export const ID = /^(?!constructor$)[a-z][a-z0-9_-]{0,39}$/;
