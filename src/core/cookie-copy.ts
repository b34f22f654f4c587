import { doc } from './guard.js';
/** The page's cookies as `copyCookies()` found them, until the first read or the end of that task. */
let copy: Map<string, string[]> | undefined;

/** js-cookie's decoding of a value. */
const decode = (text: string) => text.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);

/**
 * The page's cookies by name, each with every value sent under that name, in the order the
 * browser sends them. Names are taken as they are, never decoded: `%5F%5FHost-x` is not
 * `__Host-x` (a parent domain may set the one, never the other). A `Map`, not a plain object,
 * so that a cookie named `__proto__` or `constructor` is read like any other.
 */
function jar(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  // One read: each is a synchronous round trip to the browser process.
  const all = doc.cookie;
  for (const part of all ? all.split('; ') : []) {
    const [name, ...rest] = part.split('=');
    let value = rest.join('=');
    if (value[0] === '"') value = value.slice(1, -1);
    try {
      value = decode(value);
    } catch {
      /* a malformed value (of another script, or planted): kept as sent, so that it still counts */
    }
    map.set(name, [...(map.get(name) ?? []), value]);
  }
  return map;
}

/**
 * Reads the page's cookies now, so that the first `readCookies()` in this task answers from the
 * copy. Why: the first `document.cookie` read of a page is a synchronous round trip to the
 * browser process, and it costs the least as the drop-in's very first statement: on the
 * benchmark's mobile profile the drop-in's evaluation took a median 78 ms with the read first
 * and 99 ms with the read where the consent state needs it, after the modules and the options
 * (`bench/evaluation.mjs`, 21 interleaved loads).
 */
export function copyCookies(): void {
  try {
    copy = jar();
  } catch {
    // No cookies for this document (a sandboxed frame): reads ask, and fail, as they would.
    return;
  }
  // Only this task may use the copy: no other script can write a cookie before it ends.
  queueMicrotask(() => (copy = undefined));
}

/**
 * Every value of the cookie `name` (the browser sends several when cookies of that name were set
 * for other paths or parent domains), decoded as js-cookie decodes values: the first call after
 * `copyCookies()`, in the same task, answers from its copy; every other call reads the cookies.
 */
export function readCookies(name: string): string[] {
  const cookies = copy ?? jar();
  copy = undefined;
  return cookies.get(name) ?? [];
}
