import { registerChunk } from '../chunk.js';
import { entries, resolveRegion } from '../regions/resolve.js';

/**
 * What the regions chunk (`dist/consentry.regions.js`) hands to the drop-in: the zone table and
 * the resolver, which only a configuration with `regions` needs (docs/regions.md).
 */
export interface RegionsChunk {
  entries: typeof entries;
  resolveRegion: typeof resolveRegion;
}

registerChunk('regions', { entries, resolveRegion } satisfies RegionsChunk);
