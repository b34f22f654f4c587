import type { Config } from '../core/config.js';
import { loadChunk } from '../loader/lazy.js';
import type { Service } from '../core/types.js';

/** Well-known services by id: the services chunk (the vendor catalogue, src/vendors/catalogue.ts). */
export type Catalogue = Record<string, Partial<Service>>;

let loaded: Catalogue | undefined;
let loading = false;

/** The name of every entry while the catalogue is loading, so that those services can be told apart. */
const PENDING = '\0';
/**
 * Stands in for the catalogue until it arrives: every id looks known, as an own key too (the
 * configuration looks ids up as own keys only), so none is reported as unknown yet.
 */
const entry = { name: PENDING };
const waiting: Catalogue = new Proxy(
  {},
  { get: () => entry, getOwnPropertyDescriptor: () => ({ value: entry, configurable: true, enumerable: true, writable: false }) },
);

/** The service catalogue for `resolveConfig`: the real one once loaded. */
export const catalogue = (): Catalogue => loaded ?? waiting;

/**
 * Drops the services that wait for the catalogue, so that they are unknown (never granted) until
 * it arrives (`config.waiting` says so), and loads it once (`dist/consentry.services.js`, not part of the drop-in). `again`
 * re-resolves the configuration with it; ids it does not know are then reported and ignored.
 */
export function settle(config: Config, again: () => void): Config {
  let pending = false;
  for (const c of config.categories) c.services = c.services.filter((s) => s.name !== PENDING || !(pending = true));
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
