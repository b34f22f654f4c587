import { isObject } from '../core/resolve.js';
import { toRegExp } from '../core/json-config.js';
import { allowed, getConfig } from '../core/consent.js';
import { doc, own, webUrl } from '../core/guard.js';
import { reportValue } from '../core/messages.js';
import { deleteCookie } from '../core/variants.js';

/** A declared name or `/regex/` matches `name`. */
export const matches = (pattern: string, name: string): boolean => toRegExp(pattern)?.test(name) ?? pattern === name;

/**
/** A URL without its query and fragment, resolved against the page: how service workers are compared. */
const bare = (url: string) => {
  const u = new URL(url, location.href);
  return u.origin + u.pathname;
};

/**
 * What the `refused` services (`category/service` keys) declare under `key` in the JSON
 * configuration. Read here, not by the drop-in's parser, because only withdrawal needs it.
 * `indexedDB` and `caches` entries are names or `/regex/`; `serviceWorkers` entries are http(s)
 * or relative URLs (`/app/` is a scope, not a pattern). A bad entry of any service is reported
 * and skipped.
 */
function declared(refused: Set<string>, key: 'serviceWorkers' | 'indexedDB' | 'caches'): string[] {
  const { categories, json } = getConfig();
  const out: string[] = [];
  for (const c of categories) {
    const def = isObject(json.categories) ? own(json.categories, c.id) : undefined;
    (isObject(def) && Array.isArray(def.services) ? def.services : []).forEach((s: unknown, i: number) => {
      if (!isObject(s) || s[key] == null) return;
      const path = `categories.${c.id}.services[${i}].${key}`;
      if (!Array.isArray(s[key])) return reportValue(path, s[key], []);
      // Every service's list is checked, so that a bad entry is reported before it is needed.
      for (const v of s[key] as unknown[])
        if (typeof v == 'string' && v && (key == 'serviceWorkers' ? webUrl(v) : v[0] != '/' || toRegExp(v))) refused.has(c.id + '/' + s.id) && out.push(v);
        else reportValue(path, v, 'nothing', key == 'serviceWorkers' ? 'is not an http(s) or relative URL' : 'is not a name or /regex/');
    });
  }
  return out;
}

/**
 * Unregisters the service workers and deletes the IndexedDB databases and Cache Storage caches
 * that `refused` services declare. Only this origin's can be reached, and each API may be missing
 * (an insecure context has no `caches` and no service workers) or throw (an opaque origin): what
 * cannot be reached is skipped. Resolves once the workers are unregistered and the caches deleted;
 * a database still open elsewhere is deleted by the browser once its last connection closes.
 */
async function cleanStores(refused: Set<string>): Promise<void> {
  const [workers, databases, cacheNames] = [declared(refused, 'serviceWorkers').map(bare), declared(refused, 'indexedDB'), declared(refused, 'caches')];
  const found = (patterns: string[], name?: string) => !!name && patterns.some((p) => matches(p, name));
  await Promise.all(
    [
      async () => {
        if (!workers.length) return;
        for (const r of await navigator.serviceWorker.getRegistrations()) {
          const urls = [r.scope, ...[r.active, r.waiting, r.installing].map((w) => w?.scriptURL)];
          if (urls.some((u) => u && workers.includes(bare(u)))) await r.unregister();
        }
      },
      async () => {
        if (!databases.length) return;
        // Without `databases()` (older browsers), the declared plain names are deleted blindly.
        const present = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : databases;
        for (const name of present) if (found(databases, name)) indexedDB.deleteDatabase(name!);
      },
      async () => {
        if (cacheNames.length) for (const name of await caches.keys()) if (found(cacheNames, name)) await caches.delete(name);
      },
    ].map((task) => task().catch(() => {})),
  );
}

/**
 * Deletes the cookies and storage keys declared for every category and service that is not
 * granted, and unregisters their service workers and deletes their IndexedDB databases and
 * caches (`cleanStores`; the promise resolves when that is done). Only cookies this page can see
 * are candidates, and each is deleted on every domain and path variant, because a library may
 * have set it on several. Undeclared cookies, Consentry's own record, and names matching `keep`,
 * are left alone.
 */
export function clean(keep?: RegExp): Promise<void> {
  const { categories, cookieName } = getConfig();
  let present: string[] = [];
  try {
    present = doc.cookie.split(';').map((c) => c.split('=')[0].trim());
  } catch {
    /* cookies blocked (a sandboxed frame): none can have been set */
  }
  const refused = new Set<string>();
  for (const c of categories)
    for (const s of c.services) {
      if (allowed(c.id + '/' + s.id)) continue;
      refused.add(c.id + '/' + s.id);
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
  return cleanStores(refused);
}
