import { toRegExp } from '../core/config.js';
import { allowed, getConfig } from '../core/consent.js';
import { doc } from '../core/guard.js';
import { deleteCookie } from '../core/variants.js';

/** A declared name or `/regex/` matches `name`. */
export const matches = (pattern: string, name: string): boolean => toRegExp(pattern)?.test(name) ?? pattern === name;

/**
 * Deletes the cookies and storage keys declared for every category and service that is not
 * granted. Only cookies this page can see are candidates, and each is deleted on every domain and
 * path variant, because a library may have set it on several. Undeclared cookies, Consentry's
 * own record, and names matching `keep`, are left alone.
 */
export function clean(keep?: RegExp): void {
  const { categories, cookieName } = getConfig();
  let present: string[] = [];
  try {
    present = doc.cookie.split(';').map((c) => c.split('=')[0].trim());
  } catch {
    /* cookies blocked (a sandboxed frame): none can have been set */
  }
  for (const c of categories)
    for (const s of c.services) {
      if (allowed(c.id + '/' + s.id)) continue;
      for (const decl of s.cookies)
        for (const name of present) if (name !== cookieName && !keep?.test(name) && matches(decl.name, name)) deleteCookie(name, decl.path);
      try {
        for (const store of [localStorage, sessionStorage])
          for (const key of Object.keys(store))
            if (key !== 'consentry:' + cookieName && !keep?.test(key) && s.storage.some((p) => matches(p, key))) store.removeItem(key);
      } catch {
        /* storage blocked: nothing can have been stored */
      }
    }
}
