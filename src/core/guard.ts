/**
 * Reads that markup on the page cannot steer. A named element (`<img name="currentScript">`,
 * `<form name="Consentry">`) shadows the `document` or `window` property of the same name, and
 * an id such as `constructor` is found on every object's prototype: neither may decide what
 * Consentry loads or grants (see docs/security.md).
 */

/**
 * The classic script running now, if it really is a `<script>` element: `document.currentScript`
 * read through the prototype's own getter, which no named element shadows.
 */
export function runningScript(): HTMLScriptElement | null {
  const s = Reflect.get(Document.prototype, 'currentScript', document);
  return s instanceof HTMLScriptElement ? s : null;
}

/** The drop-in's own `<script>` element: set only while the drop-in first runs (null in a module). */
export const ownScript = runningScript();

/** Whether `key` is an own property of `o`: inherited names are never ids. */
export const has = (o: object | null | undefined, key: string): boolean => !!o && Object.hasOwn(o, key);

/** `o[key]` if it is an own property, else `undefined`. */
export const own = <T>(o: Record<string, T> | null | undefined, key: string): T | undefined => (has(o, key) ? o![key] : undefined);

/**
 * Whether `url` may be loaded or followed: http(s), or relative (which keeps the page's own
 * scheme). `javascript:`, `data:`, `vbscript:`, `blob:` and the like are not.
 */
export function webUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, 'http://x/').protocol);
  } catch {
    return false;
  }
}
