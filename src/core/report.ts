/** Messages already printed: a site owner's mistake is reported once, not on every render. */
const seen = new Set<string>();

/** Reports a problem the site owner can fix, once per distinct message. */
export function report(message: string): void {
  if (!seen.has(message)) {
    seen.add(message);
    console.error('[consentry] ' + message);
  }
}

/** Reports an invalid option value together with the value used instead; returns `false`. */
export function reportValue(key: string, value: unknown, used: unknown, why = 'is invalid'): false {
  report(`${key}="${String(value).slice(0, 80)}" ${why}; using ${JSON.stringify(used)}`);
  return false;
}
