import { registerChunk } from '../loader/chunk.js';
import { loadChunk } from '../loader/lazy.js';
import type { Config, RawOptions } from '../core/config.js';
import { jsonPending, resolveConfig } from '../core/json-config.js';
import { catalogue, settle } from '../services/index.js';
import type { RegionsChunk } from './regions.js';
import type { ExperimentsChunk } from './experiments.js';

/**
 * What the JSON configuration chunk (`dist/consentry.json.js`) hands to the drop-in: reading and
 * checking a `<script type="application/json">` configuration, and what only it can ask for: its
 * services (and the catalogue they name), a region's rules, an experiment. A page configured by
 * attributes alone never loads it (docs/configuration.md, decision 36).
 */
export interface JsonChunk {
  /**
   * The configuration in force. `again` runs when a chunk it needs has arrived (the catalogue, the
   * regions, the experiments): the drop-in then configures again.
   */
  resolve(element: RawOptions, script: RawOptions, again: () => void): Config;
  /** The JSON configuration is named but not parsed yet. */
  pending: typeof jsonPending;
}

/** The chunks a configuration may need, by name: `undefined` while loading, `null` when one could not load. */
const needed: Record<string, any> = {};

/** A chunk's exports, loading it on first ask; `again` runs when it arrives (or fails). */
function need<T>(name: string, again: () => void): T | null | undefined {
  if (!(name in needed)) {
    needed[name] = undefined;
    void loadChunk<T>(name)
      .then(
        (c) => (needed[name] = c),
        () => (needed[name] = null),
      )
      .then(again);
  }
  return needed[name];
}

function resolve(element: RawOptions, script: RawOptions, again: () => void): Config {
  let config = resolveConfig(element, script, catalogue());
  if (config.json.regions !== undefined) {
    const resolver = need<RegionsChunk>('regions', again);
    if (resolver) config = resolver.applyRegion(config, element, script, catalogue());
    else {
      // A chunk that could not load (null) leaves the region unknown, and without the table that
      // is opt-in. Until it arrives nothing optional runs (opt-in, no stored decision) and no banner shows.
      config.mode = 'opt-in';
      config.pending = resolver === undefined;
    }
  }
  // The visitor's experiment arm, on top of the region's rules; until its chunk arrives, as
  // above. A chunk that could not load leaves the site's own configuration, with no arm.
  if (config.json.experiments !== undefined) {
    const trial = need<ExperimentsChunk>('experiments', again);
    if (trial) config = trial.applyExperiment(config);
    else if (trial === undefined) {
      config.mode = 'opt-in';
      config.pending = true;
    }
  }
  return settle(config, again);
}

registerChunk('json', { resolve, pending: jsonPending } satisfies JsonChunk);
