import { readFileSync } from 'node:fs';
import { hideSnippet, renderBanner } from 'consentry/server';

const config = JSON.parse(readFileSync(new URL('./consent.json', import.meta.url), 'utf8'));

/**
 * A static-site generator's step: every page gets the banner for "no decision" in its language,
 * and the snippet that takes it out before the first paint for a visitor who has decided.
 */
export function addBanner(pageHtml, lang) {
  return pageHtml.replace('<!-- consent-banner -->', renderBanner('', { config, lang }) + hideSnippet(config));
}
