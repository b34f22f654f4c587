import type { Catalogue, Config } from '../core/config.js';
import { PENDING } from '../core/json-config.js';
import { loadChunk } from '../loader/lazy.js';

export type { Catalogue };

let loaded: Catalogue | undefined;
let loading = false;

/** The service catalogue for `resolveConfig`: `null` until it has loaded (every id may be known then). */
export const catalogue = (): Catalogue | null => loaded ?? null;

/**
 * Drops the services that wait for the catalogue, so that they are unknown (never granted) until
 * it arrives (`config.waiting` says so), and loads it once (`dist/consentry.services.js`, not part of the drop-in). `again`
 * re-resolves the configuration with it; ids it does not know are then reported and ignored.
 */
export function settle(config: Config, again: () => void): Config {
  let pending = false;
  for (const c of config.categories) c.services = c.services.filter((s) => s.name !== PENDING.name || !(pending = true));
  // Services named by catalogue id are unknown until it arrives, not misspelt: gating waits to report them.
  config.waiting = pending;
  if (pending && !loading) {
    loading = true;
    loadChunk<Catalogue>('services').then(
      (c) => ((loaded = c), again()),
      () => ((loaded = {}), again()),
    );
  }
  return config;
}
