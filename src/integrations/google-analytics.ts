import type { Config } from '../core/config.js';
import { diagnose } from '../core/diagnose.js';
import { GA_CATEGORY } from '../core/messages.js';
// What `ga-id` declares when the configuration does not list Google Analytics itself: the
// catalogue's entry (src/vendors/catalogue.ts), projected at build time (scripts/derived.mjs).
import { SERVICE } from 'consentry:ga-service';

/** The catalogue id of Google Analytics. */
const GA = 'google-analytics';

/** The category that holds Google Analytics, if any. */
const home = (config: Config) => config.categories.find((c) => c.services.some((s) => s.id === GA));

/**
 * With `ga-id`, declares Google Analytics (and so its cookies, for deletion on withdrawal)
 * under `analytics`, unless the configuration already lists it in some category.
 */
export function declareGa(config: Config): void {
  if (!config.gaId.length || home(config)) return;
  const analytics = config.categories.find((c) => c.id === 'analytics');
  if (analytics) analytics.services.push(SERVICE);
  else diagnose(GA_CATEGORY);
}

/** Sets `window['ga-disable-<id>']` for every `ga-id`: `true` unless Google Analytics is granted. */
export function gaFlags(config: Config, allowed: (key: string) => boolean): void {
  const on = allowed(home(config)?.id + '/' + GA);
  for (const id of config.gaId) (window as any)['ga-disable-' + id] = !on;
}
