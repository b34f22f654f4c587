import type { Diagnose, Messages } from '../core/messages.js';
import { loadChunk } from './lazy.js';

/**
 * The drop-in's `diagnose` (rollup.config.mjs swaps it in for src/core/diagnose.ts): the wording
 * of every message lives in the diagnostics chunk, requested by the first report, so a page
 * without mistakes never loads it. The check that found the problem has already used the safe
 * value; only the message waits, and messages print in the order they were reported (each waits
 * on the one request, which `loadChunk` keeps). A chunk that cannot load is reported by `loadChunk`.
 */
export const diagnose: Diagnose = (code, ...args) => {
  loadChunk<Messages>('diagnostics').then(
    (m) => (m[code] as (...a: unknown[]) => unknown)(...args),
    () => {},
  );
  return false;
};
