import { registerChunk } from '../loader/chunk.js';
import { applyRegion } from '../regions/apply.js';

/**
 * What the regions chunk (`dist/consentry.regions.js`) hands to the drop-in: the zone table, the
 * groups and the resolver, which only a configuration with `regions` needs (docs/regions.md).
 */
export interface RegionsChunk {
  applyRegion: typeof applyRegion;
}

registerChunk('regions', { applyRegion } satisfies RegionsChunk);
