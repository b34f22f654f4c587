import type { IntegrationsChunk } from '../chunks/integrations.js';
import type { PlatformChunk } from '../chunks/wordpress.js';
import type { Config } from '../core/config.js';
import { allowed, getConfig, on } from '../core/consent.js';
import { report } from '../core/report.js';
import type { ConsentChangeDetail, ConsentSnapshot } from '../core/types.js';
import { loadChunk } from '../loader/lazy.js';
import { consentMode, layer } from './consent-mode.js';
import { declareGa, gaFlags } from './google-analytics.js';
import { doc } from '../core/guard.js';
import { GLOBALS } from 'consentry:vendor-globals';

/** The page globals of the vendor consent APIs, listed from the vendor catalogue at build time. */
export { GLOBALS };

let language: (() => string) | undefined;
let chunk: Promise<IntegrationsChunk> | undefined;

/**
 * Runs `fn` with the integrations chunk (vendor APIs and receipts, which few sites need), loaded
 * once, when first needed. Calls run in order; a chunk that cannot load is reported by loadChunk.
 */
function withChunk(fn: (chunk: IntegrationsChunk) => void): void {
  (chunk ??= loadChunk<IntegrationsChunk>('integrations')).then(fn, () => {});
}

/**
 * The platform bridges, each a chunk loaded only where its platform's global is on the page: the
 * WP Consent API's `wp_set_consent`, a Shopify storefront's `Shopify` (docs/integrations.md).
 */
const PLATFORMS = { wordpress: 'wp_set_consent', shopify: 'Shopify' };

/** Brings Consent Mode, Google Analytics, the vendors and the platforms up to date; `always` for a decision. */
function apply(always?: boolean): void {
  consentMode('update', always);
  gaFlags(getConfig(), allowed);
  if (GLOBALS.some((name) => (window as any)[name])) withChunk((c) => c.tellVendors(allowed, report));
  for (const [name, global] of Object.entries(PLATFORMS))
    if ((window as any)[global])
      loadChunk<PlatformChunk>(name).then(
        (c) => c.sync(report, always),
        () => {},
      );
}

/**
 * With `datalayer`: the decision as a Google Tag Manager event. Pushed after Consent Mode's
 * `default` (see `integrate`), so that no trigger on it fires before the tags know the defaults.
 */
function push(event: 'ready' | 'change', { categories, services, region = null }: ConsentSnapshot & { region?: string | null }): void {
  if (getConfig().datalayer) layer().push({ event: 'consentry_' + event, consentry: { categories, services, region } });
}

/**
 * Connects consent to the tools on the page. Called with each (re)resolved configuration,
 * before the consent state starts with it: the first call subscribes, so that Consent Mode's
 * `default` is pushed synchronously when the state becomes ready (before any gated tag runs)
 * and every decision reaches Google, the vendors and the receipt endpoint.
 */
export function integrate(config: Config, lang: () => string): void {
  declareGa(config);
  if (language) return void queueMicrotask(apply);
  language = lang;
  on('ready', (s: ConsentSnapshot) => {
    consentMode('default');
    apply();
    push('ready', s);
    // Loads the chunk early, so that it is there when the visitor decides.
    const url = getConfig().consentEndpoint;
    if (url) withChunk((c) => c.resend(url, report));
  });
  on('change', (d: ConsentChangeDetail) => {
    apply(true);
    push('change', d);
    const url = getConfig().consentEndpoint;
    const lang = language!();
    // A decision of another tab was sent by that tab; a reset is no decision.
    if (url && d.source !== 'sync' && d.timestamp) withChunk((c) => c.sendReceipt(url, d, lang, report));
  });
  // Each banner or dialog shown is counted, anonymously (the chunk's insight.ts, docs/receipts.md#impressions).
  on('ui', ({ view }) => view !== 'none' && getConfig().consentEndpoint && withChunk((c) => c.impression(view)));
  // Vendor snippets placed after Consentry define their globals later.
  doc.addEventListener('DOMContentLoaded', () => apply());
}
