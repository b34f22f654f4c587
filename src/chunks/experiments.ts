import { registerChunk } from '../loader/chunk.js';
import { applyExperiment } from '../experiments/arms.js';

/**
 * What the experiments chunk (`dist/consentry.experiments.js`) hands to the drop-in: the checks
 * and the draw of a configuration with `experiments`, which the drop-in does not carry.
 */
export interface ExperimentsChunk {
  applyExperiment: typeof applyExperiment;
}

registerChunk('experiments', { applyExperiment } satisfies ExperimentsChunk);
