// Modules made at build time (scripts/derived.mjs), served by rollup.config.mjs and by
// web-test-runner.config.mjs.

/** The shipped UI languages besides English: one per file of src/i18n/lang/. */
declare module 'consentry:languages' {
  export const SHIPPED: string[];
}

/** Every shipped UI table by tag (src/i18n/lang/<tag>.ts). */
declare module 'consentry:language-tables' {
  import type { Table } from './i18n/table.js';
  export const tables: Record<string, Table>;
}

/** The page globals of the vendor consent APIs (src/vendors/catalogue.ts, `consent.global`). */
declare module 'consentry:vendor-globals' {
  export const GLOBALS: string[];
}

/**
 * The consent APIs: per vendor with one, its page global, its categories (space separated) and
 * its call (src/integrations/vendor-apis.ts).
 */
declare module 'consentry:vendor-apis' {
  import type { Tell } from './integrations/vendor-apis.js';
  export const VENDORS: Array<[global: string, categories: string, tell: Tell]>;
}

/** The tracking hosts of the vendor catalogue, as suffixes. */
declare module 'consentry:tracking-hosts' {
  export const TRACKING_HOSTS: readonly string[];
}

/** The catalogue's Google Analytics, as `ga-id` declares it. */
declare module 'consentry:ga-service' {
  import type { Service } from './core/types.js';
  export const SERVICE: Service;
}

/** The vendor catalogue's services for `services: ["id"]` (the services chunk). */
declare module 'consentry:services' {
  import type { Catalogue } from './services/index.js';
  export const CATALOGUE: Catalogue;
}

/** The privacy notice's built-in languages, English first (src/notice/texts/<lang>.ts). */
declare module 'consentry:notice-languages' {
  export const LANGUAGES: string[];
}

/** Every built-in notice table but English, by tag. */
declare module 'consentry:notice-tables' {
  import type { NoticeTexts } from './notice/texts/en.js';
  export const tables: Record<string, NoticeTexts>;
}

declare module 'consentry:purpose-tables' {
  import type { Purposes } from './i18n/purposes/en.js';
  export const tables: Record<string, Purposes>;
}
