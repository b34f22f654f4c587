import { registerChunk } from '../loader/chunk.js';
import { syncWordPress } from '../integrations/wordpress.js';

/** What the WordPress bridge (`dist/consentry.wordpress.js`, loaded only where the WP Consent API is) hands to the drop-in. */
export interface PlatformChunk {
  /** Brings the platform's consent API in step with the consent state; `decision`: the visitor (or code) just decided. */
  sync(report: (message: string) => void, decision?: boolean): void;
}

registerChunk('wordpress', { sync: syncWordPress } satisfies PlatformChunk);
