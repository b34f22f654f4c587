import { registerChunk } from '../loader/chunk.js';
import { keep } from '../ui/consent-banner/adopt.js';

/**
 * What the adopt chunk (`dist/consentry.adopt.js`) hands to the banner: taking over a first layer
 * the server rendered (decision 32). Only pages with that markup load it; the markup is on screen
 * meanwhile, so the visitor waits for nothing.
 */
export interface AdoptChunk {
  keep: typeof keep;
}

registerChunk('adopt', { keep } satisfies AdoptChunk);
