import { resolveConfig, type Catalogue, type Config, type RawOptions } from '../core/config.js';
import { reportValue } from '../core/messages.js';
import { browserZone, entries, resolveRegion } from './resolve.js';

/**
 * The configuration for the visitor's region: resolves the region in force from `config.region`
 * (`null`, that is `auto`: the time zone `zone`) and the JSON `regions` table, and resolves the configuration
 * again with that region's rules, which win over the page's attributes (docs/regions.md).
 */
export function applyRegion(config: Config, element: RawOptions, script: RawOptions, catalogue: Catalogue | null, zone = browserZone()): Config {
  const local = resolveRegion(entries(config.json.regions, reportValue), config.region ?? 'auto', config, zone, config.json);
  // Consent Mode's per-region defaults from the table come first, then the site's own
  // `consentModeRegions` (checked, and reported when malformed, by consent-mode.ts).
  const own = local.json.consentModeRegions;
  const json = { ...local.json, consentModeRegions: Array.isArray(own) ? [...local.consentMode, ...own] : (own ?? local.consentMode) };
  const next = resolveConfig({ ...element, ...local.attrs }, script, catalogue, json);
  next.region = local.region;
  return next;
}
