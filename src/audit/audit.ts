import { allowed, getConfig } from '../core/consent.js';
import type { AuditReport } from '../core/types.js';
import { matches } from '../gating/cleanup.js';
import { BASE } from '../loader/lazy.js';
import { trackingHost } from './hosts.js';
import { doc } from '../core/guard.js';
import { watchGrants, type Watched } from './watch.js';

/**
 * What was watched since the page started (watch.ts): this module's own record when `watch()`
 * starts it, gating's when the audit chunk is handed that one.
 */
let seen: Watched = { at: Infinity, added: new WeakSet() };
/** Debug reports already printed, by content (JSON). */
const printed = new Set<string>();

/** The elements that load a URL, and the attributes that hold it. */
const TAGS = 'script,img,iframe,link,embed,object,video,audio,source';
const URL_ATTRIBUTES = ['src', 'href', 'data', 'poster'];
const WEB = /^https?:$/;

/** A URL, or `null` for a value that is none (one bad attribute must not hide the rest). */
function url(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The page's cookie names, once each. */
function cookieNames(): string[] {
  return [...new Set(doc.cookie.split(';').map((c) => c.split('=')[0].trim()))].filter(Boolean);
}

/**
 * Sorts the page's cookies: declared by a refused category or service (which cleanup should
 * have deleted), or declared nowhere. Consentry's own consent cookie is neither.
 */
function cookies(report: AuditReport): void {
  const { categories, cookieName } = getConfig();
  for (const name of cookieNames()) {
    if (name === cookieName) continue;
    let declared = false;
    let refused: AuditReport['refusedCookies'][number] | undefined;
    for (const c of categories)
      for (const s of c.services)
        if (s.cookies.some((d) => matches(d.name, name))) {
          declared = true;
          if (!refused && c.id !== 'necessary' && !allowed(c.id + '/' + s.id)) refused = { name, category: c.id, service: s.id };
        }
    if (refused) report.refusedCookies.push(refused);
    else if (!declared) report.undeclaredCookies.push(name);
  }
}

/** Third-party resources (not this page's origin, not Consentry's own) that started before any optional category was granted. */
function earlyResources(report: AuditReport): void {
  const own = [location.origin, new URL(BASE).origin];
  for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    const u = url(e.name);
    if (u && e.startTime < seen.at && WEB.test(u.protocol) && !own.includes(u.origin))
      report.earlyResources.push({ url: e.name, host: u.host, type: e.initiatorType });
  }
}

/**
 * Whether `el` (or an ancestor) was added while some optional category was granted: most likely
 * by a consented script (a gated script that Consentry ran, or a tag that one adds itself).
 */
function consented(el: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (seen.added.has(n)) return true;
  return false;
}

/**
 * Elements whose URL is on a well-known tracking host and that nothing gates: no `data-consent`
 * on them or around them (a gated `<video>`'s `<source>`, a `<consent-gate>`'s content), and not
 * added by a consented script.
 */
function ungatedTrackers(report: AuditReport): void {
  for (const el of doc.querySelectorAll(TAGS)) {
    if (el.closest('[data-consent],consent-gate') || consented(el)) continue;
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      const u = value ? url(value, doc.baseURI) : null;
      if (u && WEB.test(u.protocol) && trackingHost(u.hostname)) {
        report.ungatedTrackers.push({ tag: el.localName, url: u.href, host: u.host });
        break;
      }
    }
  }
}

/**
 * Gated elements that carry a live URL attribute (a site mistake: it loads at once, whatever the
 * decision). An attribute equal to its `data-` form was set by activation and is not one. An
 * inline gated script (`type="text/plain"`) never loads its `src`, so it is not one either.
 */
function liveGated(report: AuditReport): void {
  for (const el of doc.querySelectorAll(`[data-consent]:is(${TAGS},track),[data-consent] :is(source,track,img):not([data-consent])`)) {
    if (el.localName === 'script' && !/^(|module|(text|application)\/javascript)$/i.test((el as HTMLScriptElement).type)) continue;
    for (const name of [...URL_ATTRIBUTES, 'srcset']) {
      const value = el.getAttribute(name);
      if (value && value !== el.getAttribute('data-' + (name === 'data' ? 'src' : name))) {
        const consent = el.closest('[data-consent]')!.getAttribute('data-consent')!;
        report.liveGated.push({ tag: el.localName, attribute: name, url: (name !== 'srcset' && url(value, doc.baseURI)?.href) || value, consent });
        break;
      }
    }
  }
}

/** How many findings a report lists. */
const problems = (r: AuditReport): number =>
  r.undeclaredCookies.length + r.refusedCookies.length + r.earlyResources.length + r.ungatedTrackers.length + r.liveGated.length;

/**
 * What the site gets wrong on this page (docs/audit.md), as a fresh plain object. Never
 * throws: a part that cannot be read (cookies blocked, no Performance API) leaves its list empty.
 */
export function audit(): AuditReport {
  const report: AuditReport = { complete: true, ok: true, undeclaredCookies: [], refusedCookies: [], earlyResources: [], ungatedTrackers: [], liveGated: [] };
  for (const part of [cookies, earlyResources, ungatedTrackers, liveGated]) {
    try {
      part(report);
    } catch {
      /* not readable here: nothing to report */
    }
  }
  report.ok = !problems(report);
  return report;
}

/**
 * With `debug`: prints the report (the object itself, to expand in the console) with the number
 * of problems, unless the same report was already printed.
 */
function log(): void {
  try {
    if (!getConfig().debug) return;
    const r = audit();
    const key = JSON.stringify(r);
    if (printed.has(key)) return;
    printed.add(key);
    const n = problems(r);
    if (n) console.warn(`[consentry] audit: ${n} problem${n > 1 ? 's' : ''}`, r);
    else console.info('[consentry] audit: no problems found');
  } catch {
    /* not started: nothing to audit yet */
  }
}

/**
 * Logs (with `debug`) in a task of its own if the page has loaded; returns whether it did (else
 * the `load` listener of `watch` logs).
 */
const logIfLoaded = () => doc.readyState === 'complete' && setTimeout(log);

/**
 * Starts the audit's watching, once per page: the moment consent is first granted and the nodes
 * added after it (watch.ts), unless `shared` is what gating has watched since it started (the audit
 * chunk, loaded on demand, is handed that one); and (with `debug`) the console report after the
 * page's `load` event and after every consent change.
 */
export function watch(shared?: Watched): void {
  if (shared) seen = shared;
  else watchGrants(seen);
  try {
    addEventListener('consent-change', () => void logIfLoaded(), true);
    if (!logIfLoaded()) addEventListener('load', () => setTimeout(log), { once: true });
  } catch {
    /* no event target: nothing to print */
  }
}
