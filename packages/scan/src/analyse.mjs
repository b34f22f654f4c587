// From what the visits saw to what the report says: each cookie, storage key, IndexedDB database
// and third-party request attributed to a party; the leaks among them; and the configuration
// that declares every party the site needs.
import { siteOf, partyOfCookie, partyOfKey, partyOfRequest } from './parties.mjs';

const PASSES = ['no-choice', 'gpc', 'reject', 'accept'];

/** A cookie's lifetime in days (null: a session cookie). */
const lifetime = (expires) => (expires > 0 ? Math.round((expires * 1000 - Date.now()) / 864e5) : null);
const duration = (days) => (days === null ? 'session' : days >= 365 ? `${Math.round(days / 365)} year${days >= 730 ? 's' : ''}` : `${days} days`);

/**
 * The tag in the page's markup at an initiator's position (1-based line, 0-based column): the
 * `<script>` being parsed or run there. Its `src` (absolute) or null for an inline script.
 */
function tagAt(source, line, col, base) {
  const lines = source.split('\n');
  if (!source || line > lines.length) return null;
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col;
  const start = source.lastIndexOf('<script', offset);
  if (start < 0) return null;
  const tag = source.slice(start, source.indexOf('>', start) + 1);
  const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
  try {
    return { script: src ? new URL(src.replace(/&amp;/g, '&'), base).href : null, line };
  } catch {
    return null;
  }
}

/** The tag in the page behind `who`, climbing from script to the script that loaded it. */
function rootOf(who, visit, pageUrl) {
  const seen = new Set();
  let at = who;
  while (at && !seen.has(at.url)) {
    seen.add(at.url);
    if (at.url === pageUrl) return tagAt(visit.source ?? '', at.line, at.col ?? 0, pageUrl);
    const up = visit.initiators.get(at.url);
    if (!up) return { script: at.url, line: null };
    if (up.url === pageUrl) {
      // A script the page's markup names, or one that an inline snippet there added (PostHog's,
      // Google Tag Manager's): the tag at that position is what to gate.
      const tag = tagAt(visit.source ?? '', up.line, up.col ?? 0, pageUrl);
      return tag && tag.script === null ? tag : { script: at.url, line: up.line };
    }
    at = up;
  }
  return null;
}

/** The markup that keeps the tag inert until its category is granted. */
function gating(root, category) {
  if (!root) return null;
  if (root.script) return `<script type="text/plain" data-consent="${category}" src="${root.script.replace(/"/g, '&quot;')}"></script>`;
  return `<script type="text/plain" data-consent="${category}">/* the inline script at line ${root.line} */</script>`;
}

/** Attributes one visit's findings. */
async function attribute(visit, pageUrl) {
  const site = siteOf(new URL(pageUrl).hostname);
  const items = [];
  for (const c of visit.cookies ?? []) {
    const domain = c.domain.replace(/^\./, '');
    const party = await partyOfCookie(c.name, c.domain);
    const who = visit.writes?.cookies?.[c.name] ?? null;
    items.push({ kind: 'cookie', name: c.name, domain, thirdParty: siteOf(domain) !== site, lifetimeDays: lifetime(c.expires), party, initiator: who });
  }
  for (const [area, keys] of [
    ['localStorage', visit.storage?.local],
    ['sessionStorage', visit.storage?.session],
  ])
    for (const k of keys ?? []) items.push({ kind: 'storage', name: k, area, party: partyOfKey(k), initiator: visit.writes?.storage?.[k] ?? null });
  for (const name of visit.storage?.idb ?? []) items.push({ kind: 'indexeddb', name, party: partyOfKey(name), initiator: null });
  for (const r of visit.requests.values()) {
    // Only the last request of a redirect chain (an http URL upgraded to https is one).
    if (r.request.redirectedTo()) continue;
    let host;
    try {
      host = new URL(r.url).hostname;
    } catch {
      continue;
    }
    if (!/^https?:/.test(r.url) || siteOf(host) === site) continue;
    const party = await partyOfRequest(r.url, r.type, pageUrl);
    items.push({ kind: 'request', name: r.url, host, type: r.type, party, initiator: visit.initiators.get(r.url) ?? null });
  }
  for (const it of items) it.root = it.initiator ? rootOf(it.initiator, visit, visit.finalUrl ?? pageUrl) : null;
  return items;
}

/**
 * The service ids a site's configuration puts in categories that may be sold or shared
 * (`"saleOrShare": true`): GPC refuses them as it refuses advertising.
 */
function soldServices(config) {
  const cats = config?.categories && typeof config.categories === 'object' ? config.categories : (config ?? {});
  const ids = new Set();
  for (const c of Object.values(cats))
    if (c && typeof c === 'object' && c.saleOrShare === true && Array.isArray(c.services))
      for (const s of c.services) ids.add(typeof s === 'string' ? s : s?.id);
  return ids;
}

/**
 * What counts as a leak in a visit (decision 33): 'all' tracking, 'sold' (selling or sharing
 * only: advertising and the site's `saleOrShare` categories) or null (nothing). Pass 1 is judged
 * by the page's rules: under opt-in nothing may track before a choice; under opt-out and notice
 * tracking may run before a choice, but selling or sharing may not once the browser sends GPC
 * (the `gpc` visit). After Reject all nothing may track; after Accept all anything may.
 */
function judged(page, pass, v) {
  if (pass === 'no-choice') return page.rules === 'opt-in' ? 'all' : null;
  if (pass === 'gpc') return 'sold';
  if (pass === 'reject') return v.decided ? 'all' : null;
  return null;
}

/**
 * The whole analysis: `pages` holds each page's visits by pass name. Returns the pages with their
 * findings, the leaks (see `judged`), and the proposed configuration.
 */
export async function analyse(pages) {
  const leaks = [];
  const parties = new Map();
  let siteConfig = null;
  for (const p of pages) {
    p.findings = {};
    for (const pass of PASSES) {
      const v = p.visits[pass];
      if (!v || v.problems.some((x) => x.kind !== 'decision' && x.kind !== 'cookie-flood')) continue;
      const items = await attribute(v, p.url);
      p.findings[pass] = items;
      siteConfig ??= v.consentry?.config ?? null;
      const rule = judged(p, pass, v);
      const sold = soldServices(v.consentry?.config ?? siteConfig);
      for (const it of items) {
        if (!it.party?.tracking) continue;
        const key = it.party.source + ':' + it.party.id;
        const entry = parties.get(key) ?? { party: it.party, cookies: new Map(), storage: new Set() };
        if (it.kind === 'cookie')
          entry.cookies.set(it.name, { name: it.name, duration: duration(it.lifetimeDays), ...(it.thirdParty ? { domain: it.domain } : {}) });
        if (it.kind === 'storage') entry.storage.add(it.name);
        parties.set(key, entry);
        if (!rule) continue;
        if (rule === 'sold' && it.party.category !== 'advertising' && !sold.has(it.party.id) && !sold.has(serviceId(it.party))) continue;
        const fix = {
          category: it.party.category,
          service: it.party.source === 'catalogue' ? it.party.id : serviceId(it.party),
          markup: gating(it.root, it.party.category),
        };
        leaks.push({ page: p.url, pass, kind: it.kind, name: it.name, party: it.party, initiator: it.initiator, element: it.root, fix });
      }
    }
  }
  return { leaks: dedupe(leaks), config: propose(siteConfig, parties) };
}

const serviceId = (party) => party.id.replace(/_/g, '-');

function dedupe(leaks) {
  const seen = new Set();
  return leaks.filter((l) => {
    const k = [l.page, l.pass, l.kind, l.name].join('\n');
    return !seen.has(k) && seen.add(k);
  });
}

/**
 * The configuration for data-config: the site's own (when it runs Consentry with a JSON
 * configuration) plus every tracking party seen, under the category it belongs to.
 */
function propose(siteConfig, parties) {
  const config = structuredClone(siteConfig && typeof siteConfig === 'object' ? siteConfig : {});
  // Without a `categories` key the object's own keys are the categories (docs/configuration.md).
  const hasKey = config.categories && typeof config.categories === 'object';
  const cats = hasKey ? config.categories : (config.categories = {});
  const has = (id) => Object.values(cats).some((c) => Array.isArray(c?.services) && c.services.some((s) => s === id || s?.id === id));
  for (const { party, cookies, storage } of parties.values()) {
    const id = party.source === 'catalogue' ? party.id : serviceId(party);
    if (has(id)) continue;
    const cat = (cats[party.category] = cats[party.category] && typeof cats[party.category] === 'object' ? cats[party.category] : {});
    cat.services = Array.isArray(cat.services) ? cat.services : [];
    cat.services.push(
      party.source === 'catalogue'
        ? id
        : {
            id,
            name: party.name,
            provider: party.company,
            purpose: `${party.name} (${party.ghosteryCategory.replace(/_/g, ' ')}, as Ghostery's tracker database classes it)`,
            ...(party.privacyUrl ? { privacyUrl: party.privacyUrl } : {}),
            cookies: [...cookies.values()],
            storage: [...storage],
          },
    );
  }
  return config;
}
