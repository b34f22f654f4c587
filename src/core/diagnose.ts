import { MESSAGES, type Diagnose } from './messages.js';

/**
 * Reports a problem the site owner can fix, by the code of its message (messages.ts), at once.
 * This is the ES module's and the tests'; the drop-in's is src/loader/diagnose-lazy.ts, which
 * rollup.config.mjs swaps in so that the drop-in carries no wording.
 */
export const diagnose: Diagnose = (code, ...args) => {
  (MESSAGES[code] as (...a: unknown[]) => unknown)(...args);
  return false;
};
