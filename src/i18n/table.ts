import type { TextKey } from './en.js';

/**
 * A shipped language table (`src/i18n/lang/<tag>.ts`): every key of the English table,
 * translated, and the texts `<consent-opt-out>` keeps English defaults of in its own module.
 */
export type Table = Record<TextKey | 'optedOut' | 'dnt', string>;
