import { CHUNKS } from 'consentry:esm-chunks';
import { registered } from './chunk-esm.js';
import { report } from '../core/report.js';

/**
 * The lazy loader of the ES module build (rollup.config.mjs swaps it in for lazy.ts). Each part
 * is a dynamic `import()` of its module (`CHUNKS`, made at build time from src/chunks/ and the
 * languages), which an app's bundler follows and splits like its own code, so the parts are
 * served from wherever the app's bundle is. The classic drop-in injects `<script>` tags instead.
 */

export { registered };

/**
 * Parts are modules of the app's bundle that import what they share: no script is ever handed
 * the drop-in's modules (shared.ts), so none counts as a chunk Consentry inserted.
 */
export const fromChunk = (): boolean => false;

/** Where files are reported as coming from: the bundler decides, so nothing is prefixed. */
export const BASE = '';

const loading: Record<string, Promise<any>> = {};
const USES_LIT = /^(preferences|elements|notice)$/;

/** Imports the part `name` once and resolves with what it registers (a language, UI or notice, or a language's catalogue purposes: its table). */
export function loadChunk<T>(name: string): Promise<T> {
  return (loading[name] ??= (USES_LIT.test(name) ? loadChunk('lit') : Promise.resolve())
    .then(() => CHUNKS[name]!())
    .then((m: any) => (/^(lang|notice|purposes)\./.test(name) ? m.default : registered[name]))
    .catch((e) => {
      delete loading[name];
      report(`could not load the ${name} part`);
      throw e;
    }));
}
