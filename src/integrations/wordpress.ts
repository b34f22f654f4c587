import { allowed, getConfig } from '../core/consent.js';
import { doc } from '../core/guard.js';

/**
 * The WP Consent API's categories, each with the Consentry category that decides it
 * (docs/integrations.md, WordPress). The API's `functional` is what a site cannot run without:
 * always allowed, like Consentry's `necessary`.
 */
const CATEGORIES: [wp: string, ours: string | null][] = [
  ['functional', null],
  ['preferences', 'functional'],
  ['statistics', 'analytics'],
  ['statistics-anonymous', 'analytics'],
  ['marketing', 'advertising'],
];

let declared: string | undefined;
/** The values last set on this page: the drop-in syncs at start, at DOMContentLoaded and on every decision. */
let told = '';

/**
 * Tells the WP Consent API the region's consent type and the visitor's choices: at start and on
 * every decision (the bridge chunk's `sync`, called by the drop-in). Every category is set at
 * start, so that the API's own cookies (`wp_consent_<category>`, which live shorter than
 * Consentry's record) stay in step with the record; after that on every decision, and when the
 * values change otherwise (a region's rules resolved, another tab's decision).
 */
export function syncWordPress(_report: unknown, decision?: boolean): void {
  const w = window as any;
  const set = w.wp_set_consent;
  const config = getConfig();
  // A named element is not the API; while the region's rules load nothing is known yet.
  if (typeof set != 'function' || config.pending) return;
  const type = config.mode == 'opt-in' ? 'optin' : 'optout';
  if (declared !== type) {
    w.wp_consent_type = declared = type;
    doc.dispatchEvent(new CustomEvent('wp_consent_type_defined'));
  }
  const values = CATEGORIES.map(([, ours]) => (!ours || allowed(ours) ? 'allow' : 'deny'));
  if (!decision && told == '' + values) return;
  told = '' + values;
  CATEGORIES.forEach(([wp], i) => set(wp, values[i]));
}
