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

/**
 * The drop-in's own `<script>` element: set only while the drop-in first runs (null in a module,
 * and on a server, where importing the ES module must touch no DOM).
 */
export const ownScript = typeof document == 'undefined' ? null : runningScript();

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

/**
 * `document` as the browser defines it: every property is read (and `cookie` written) through
 * `Document.prototype` and its chain, which no named element shadows. Without it an
 * `<img name="cookie">`, `<img name="body">` or `<form name="querySelector">` in a visitor's
 * comment would hand Consentry an element instead (the banner inserted into an image, the
 * decision unreadable, start-up throwing).
 */
const bound = new Map<(...args: never[]) => unknown, unknown>();
export const doc: Document = new Proxy({} as Document, {
  get: (_, key) => {
    const value = Reflect.get(Document.prototype, key, document);
    // Each method is bound once, not on every read (`doc.querySelector` is read often); keyed by
    // the function itself, so that a method the page replaces is bound afresh.
    return typeof value == 'function' ? (bound.get(value) ?? bound.set(value, value.bind(document)).get(value)) : value;
  },
  set: (_, key, value) => Reflect.set(Document.prototype, key, value, document),
});
