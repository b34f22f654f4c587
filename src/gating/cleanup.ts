import { toRegExp } from '../core/config.js';
import { allowed, getConfig } from '../core/consent.js';
import { doc } from '../core/guard.js';

/** A declared name or `/regex/` matches `name`. */
export const matches = (pattern: string, name: string): boolean => toRegExp(pattern)?.test(name) ?? pattern === name;

/**
 * The `; domain=…` variants a cookie of this page may carry: none (a host-only cookie), then the
 * host and each parent domain, with and without a leading dot (a declared `domain` is one of
 * these, since a browser accepts no other). Parents stop before the last label; a browser
 * ignores a deletion for a public suffix such as `co.uk`, so trying one is harmless and no
 * public-suffix list is needed.
 */
function domains(): string[] {
  const out = [''];
  for (let d = location.hostname; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) out.push(';domain=' + d, ';domain=.' + d);
  return out;
}

/**
 * The paths a cookie of this page may carry: `/`, the page's path and each of its parents, with
 * and without a trailing slash, and the declared `path`.
 */
function paths(extra = '/'): string[] {
  const p = location.pathname;
  const out = ['/', p, extra];
  for (let i = 0; (i = p.indexOf('/', i + 1)) > 0;) out.push(p.slice(0, i), p.slice(0, i + 1));
  return out;
}

/**
 * A path as a cookie attribute: a page's path may hold `;` (and a declared path anything), which
 * would end the attribute and start another (`/a;domain=…`). Escaped, it is only a path that
 * matches no page, which is harmless for a deletion.
 */
const escape = (path: string) => path.replace(/[;,\s]/g, encodeURIComponent);

/**
 * Deletes the cookies and storage keys declared for every category and service that is not
 * granted. Only cookies this page can see are candidates, and each is deleted on every domain and
 * path variant, because a library may have set it on several. Undeclared cookies, Consentry's
 * own record, and names matching `keep`, are left alone.
 */
export function clean(keep?: RegExp): void {
  const { categories, cookieName } = getConfig();
  const secure = location.protocol === 'https:' ? ';secure' : '';
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
        for (const name of present)
          if (name !== cookieName && !keep?.test(name) && matches(decl.name, name))
            for (const domain of domains()) for (const path of paths(decl.path)) doc.cookie = `${name}=;max-age=0;path=${escape(path)}${domain}${secure}`;
      try {
        for (const store of [localStorage, sessionStorage])
          for (const key of Object.keys(store))
            if (key !== 'consentry:' + cookieName && !keep?.test(key) && s.storage.some((p) => matches(p, key))) store.removeItem(key);
      } catch {
        /* storage blocked: nothing can have been stored */
      }
    }
}
