/** Messages already printed: a site owner's mistake is reported once, not on every render. */
const seen = new Set<string>();

/**
 * Reports a problem the site owner can fix, once per distinct message. The drop-in's own modules
 * report through `diagnose` (diagnose.ts), whose wording is loaded only when needed.
 */
export function report(message: string): void {
  if (!seen.has(message)) {
    seen.add(message);
    console.error('[consentry] ' + message);
  }
}
