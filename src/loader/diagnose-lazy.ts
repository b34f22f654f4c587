import type { Diagnose, Messages } from '../core/messages.js';
import { loadChunk } from './lazy.js';

/** The messages, once `consentry.diagnostics.js` has loaded. */
let messages: Messages | undefined;
/** Reports made while it loads, printed in order when it arrives. */
let waiting: Array<[keyof Messages, unknown[]]> | undefined;

const print = (code: keyof Messages, args: unknown[]) => (messages![code] as (...a: unknown[]) => unknown)(...args);

/**
 * The drop-in's `diagnose` (rollup.config.mjs swaps it in for src/core/diagnose.ts): the wording
 * of every message lives in the diagnostics chunk, requested by the first report, so a page
 * without mistakes never loads it. The check that found the problem has already used the safe
 * value; only the message waits. A chunk that cannot load is reported by `loadChunk`.
 */
export const diagnose: Diagnose = (code, ...args) => {
  if (messages) print(code, args);
  else if (waiting) waiting.push([code, args]);
  else {
    waiting = [[code, args]];
    loadChunk<Messages>('diagnostics')
      .then(
        (m) => ((messages = m), waiting!.forEach(([c, a]) => print(c, a))),
        () => {},
      )
      .then(() => (waiting = undefined));
  }
  return false;
};
