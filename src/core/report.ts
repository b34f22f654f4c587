/** Messages already printed: a site owner's mistake is reported once, not on every render. */
const seen = new Set<string>();

/** Reports a problem the site owner can fix, once per distinct message. */
export function report(message: string): void {
  if (!seen.has(message)) {
    seen.add(message);
    console.error('[consentry] ' + message);
  }
}

/**
 * Reports an invalid option value together with the value used instead; returns `false`. A
 * string is shown in quotes, anything else as JSON (`services[2]=42`), each cut at 80 characters:
 * callers pass the value as it was given, never already quoted.
 */
export function reportValue(key: string, value: unknown, used: unknown, why = 'is invalid'): false {
  const shown = typeof value == 'string' ? `"${value.slice(0, 80)}"` : String(JSON.stringify(value)).slice(0, 80);
  report(`${key}=${shown} ${why}; using ${JSON.stringify(used)}`);
  return false;
}
