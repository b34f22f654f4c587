import type { Catalogue, Config, RawOptions } from '../core/config.js';
import { resolveConfig } from '../core/json-config.js';
import { reportValue } from '../core/messages.js';
import { addEnglish } from '../i18n/texts.js';
import { enExempt } from '../i18n/en-exempt.js';
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
  // Only optional categories of this configuration can be exempt; nothing is unless the rules say so.
  const exempt = local.rules.exempt;
  if (exempt !== undefined) {
    const list: unknown[] = Array.isArray(exempt) ? exempt : (reportValue('exempt', exempt, [], 'is not a list of category ids'), []);
    next.exempt = (list as string[]).filter(
      (id, i) => next.categories.some((c, j) => j && c.id === id) || reportValue(`exempt[${i}]`, id, 'nothing', 'is not an optional category'),
    );
    // The banner shows before the dialog's English texts arrive.
    if (next.exempt.length) addEnglish(enExempt);
  }
  return next;
}
