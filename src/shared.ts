import * as boot from './boot.js';
import * as config from './core/config.js';
import * as consent from './core/consent.js';
import * as report from './core/report.js';
import * as trusted from './core/trusted.js';
import * as texts from './i18n/texts.js';
import * as lazy from './lazy.js';

/**
 * Hands the drop-in's live modules to the chunks it loads. A chunk's imports of these modules
 * are rewritten at build time (rollup.config.mjs, `shareFromDropIn`) to read them from here, so
 * that every chunk works on the one consent state, and the one Trusted Types policy, instead of copies of its own. Keys are the modules' paths under `src/`.
 */
export function share(): void {
  (window as any)[Symbol.for('consentry.shared')] = {
    boot,
    'core/config': config,
    'core/consent': consent,
    'core/report': report,
    'core/trusted': trusted,
    'i18n/texts': texts,
    lazy,
  };
}
