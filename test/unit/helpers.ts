/** Captures `console.error` while `fn` runs, as the joined arguments of each call. */
export function errors(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    fn();
  } finally {
    console.error = original;
  }
  return seen;
}

/**
 * Puts `config` in the page as `<script type="application/json" id="…">` (replacing an earlier
 * one with that id) and returns its selector, for the `config` option.
 */
export function jsonConfig(id: string, config: unknown): string {
  document.getElementById(id)?.remove();
  const json = document.createElement('script');
  json.type = 'application/json';
  json.id = id;
  json.textContent = JSON.stringify(config);
  document.head.append(json);
  return '#' + id;
}

/** Records the `consent-*` events dispatched on document while `fn` runs. */
export function consentEvents(fn: () => void): Array<{ type: string; detail: any; bubbles: boolean; composed: boolean }> {
  const seen: Array<{ type: string; detail: any; bubbles: boolean; composed: boolean }> = [];
  const record = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail, bubbles: e.bubbles, composed: e.composed });
  const types = ['consent-ready', 'consent-change', 'consent-ui'];
  types.forEach((t) => document.addEventListener(t, record));
  try {
    fn();
  } finally {
    types.forEach((t) => document.removeEventListener(t, record));
  }
  return seen;
}
