import * as resolve from '../core/resolve.js';
import * as consent from '../core/consent.js';
import * as report from '../core/report.js';
import * as trusted from '../core/trusted.js';
import * as variants from '../core/variants.js';
import * as language from '../i18n/language.js';
import * as texts from '../i18n/texts.js';
import * as host from '../ui/host.js';
import * as lazy from './lazy.js';
import { fromChunk, registered } from './lazy.js';

/** Where `share` puts its hand-out; also the mark that a copy of Consentry is running. */
export const SHARED = Symbol.for('consentry.shared');

/**
 * Hands the drop-in's live modules to the chunks it loads. A chunk's imports of these modules
 * are rewritten at build time (rollup.config.mjs, `shareFromDropIn`) to ask for them here, so
 * that every chunk works on the one consent state, and the one Trusted Types policy, instead of
 * copies of its own. The `import * as` declarations above are the one list of shared modules:
 * the build reads it from them, each named after its file, which is also its key here (`lit` is
 * what the `lit` chunk registers). The drop-in hands out only the names the chunks import (the
 * build trims the hand-out, rollup.config.mjs). The modules are a capability, not a global:
 * only a chunk that Consentry inserted, while it runs, gets them; any other script asking gets
 * nothing (docs/security.md).
 */
export function share(): void {
  const modules: Record<string, unknown> = { resolve, consent, report, trusted, variants, language, texts, host, lazy };
  (window as any)[SHARED] = (key: string) => (fromChunk() ? (modules[key] ?? registered[key]) : undefined);
}
