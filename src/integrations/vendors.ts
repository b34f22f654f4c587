import { clean } from '../gating/cleanup.js';
import { getConfig } from '../core/consent.js';
// Each consent API's page global and categories (the vendor catalogue) with its call
// (./vendor-apis.ts), joined at build time (scripts/derived.mjs).
import { VENDORS } from 'consentry:vendor-apis';

/** What each vendor was last told, so that a call is made only when its values change. */
const told: Record<string, string> = {};

/**
 * Tells every vendor present on the page the current values, where they changed. Runs in the
 * lazily loaded integrations chunk, so the core's `allowed` and `report` are passed in.
 */
export function tellVendors(allowed: (category: string) => boolean, report: (message: string) => void): void {
  let changed = false;
  for (const [name, categories, tell] of VENDORS) {
    const api = (window as any)[name];
    const values = categories.split(' ').map(allowed);
    // The region is part of what a vendor is told (Amazon's country): a region resolved later is news.
    const key = values + ' ' + getConfig().region;
    if (api && told[name] !== key) {
      changed = true;
      try {
        tell(api, values, !(name in told));
        told[name] = key;
      } catch {
        report(`could not tell ${name} the consent state`);
      }
    }
  }
  // A library told to opt out may write its storage once more while doing so (posthog-js rewrites
  // its session properties): what the refused categories declare is deleted after every library
  // has been told, not only before. Except the opt-out records of PostHog and Mixpanel: without
  // them a library still running in this page reads itself as opted in again and resumes. The
  // next page load, where it no longer runs, deletes them.
  if (changed) void clean(/^__(ph|mp)_opt_in_out_/);
}
