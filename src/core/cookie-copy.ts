import Cookies from 'js-cookie';

/** The page's cookies as `copyCookies()` found them, until the first read or the end of that task. */
let copy: Record<string, string> | undefined;

/**
 * Reads the page's cookies now, so that the first `readCookie()` in this task answers from the
 * copy. Why: the first `document.cookie` read of a page is a synchronous round trip to the
 * browser process, and it costs the least as the drop-in's very first statement: on the
 * benchmark's mobile profile the drop-in's evaluation took a median 78 ms with the read first
 * and 99 ms with the read where the consent state needs it, after the modules and the options
 * (`bench/evaluation.mjs`, 21 interleaved loads).
 */
export function copyCookies(): void {
  try {
    copy = Cookies.get();
  } catch {
    // No cookies for this document (a sandboxed frame): reads ask, and fail, as they would.
    return;
  }
  // Only this task may use the copy: no other script can write a cookie before it ends.
  queueMicrotask(() => (copy = undefined));
}

/**
 * A cookie's value, as `Cookies.get(name)` gives it (js-cookie's own decoding, first of a name
 * wins): the first call after `copyCookies()`, in the same task, answers from its copy; every
 * other call reads the cookie.
 */
export function readCookie(name: string): string | undefined {
  const jar = copy;
  copy = undefined;
  return jar ? jar[name] : Cookies.get(name);
}
