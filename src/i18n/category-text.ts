import type { Config } from '../core/config.js';
import { text } from './texts.js';

// Only the preferences dialog and the notice name categories: in a module of its own, each of
// their chunks carries it, and the drop-in (whose shared modules hand out every export) does not.

/**
 * A category's name, or with `description` its description: the site's text in `lang` (under the
 * id, or id + `Description`) first, then the JSON configuration's `label` / `description` (one
 * text for every language), then the shipped and built-in texts.
 */
export function categoryText(config: Config, lang: string, id: string, description?: boolean): string {
  const key = description ? id + 'Description' : id;
  const c = config.categories.find((x) => x.id === id);
  return config.texts[lang]?.[key] ?? (description ? c?.description : c?.label) ?? text(config, lang, key);
}
