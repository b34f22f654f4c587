// Who a cookie, a storage key or a request belongs to: Consentry's own catalogue first (the SDK's
// src/vendors/catalogue.ts, bundled in at build time, so the scan and the SDK agree on every id),
// then Ghostery's tracker database for the hosts the catalogue does not know.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDomain } from 'tldts-experimental';
import { VENDORS } from '../../../src/vendors/catalogue.ts';

/** Ghostery's categories that need consent under opt-in rules (the rest are utilities, CDNs, consent tools...). */
const TRACKING = new Set(['advertising', 'site_analytics', 'social_media', 'pornvertising', 'session_replay']);
/** Ghostery's category → the Consentry category a site would put the service in. */
const CATEGORY = {
  advertising: 'advertising',
  pornvertising: 'advertising',
  social_media: 'advertising',
  site_analytics: 'analytics',
  session_replay: 'analytics',
};

/** `/regex/` or an exact name, as the SDK's configuration writes cookie and storage names. */
const matcher = (pattern) => {
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
    const re = new RegExp(pattern.slice(1, -1));
    return (name) => re.test(name);
  }
  return (name) => name === pattern;
};

const vendors = Object.entries(VENDORS).map(([id, v]) => ({
  id,
  name: v.name,
  provider: v.provider,
  category: v.category,
  cookies: v.cookies.map((c) => ({ match: matcher(c.name), domain: c.domain })),
  storage: (v.storage ?? []).map(matcher),
  hosts: v.hosts ?? [],
}));

const onHost = (host, suffix) => host === suffix || host.endsWith('.' + suffix);

/** The registrable domain ("site") of a host; the host itself for IP addresses and single labels. */
export const siteOf = (host) => getDomain(host) ?? host;

const fromVendor = (v) => ({ source: 'catalogue', id: v.id, name: v.name, company: v.provider, category: v.category, tracking: v.category !== 'necessary' });

let db;
/** Loads Ghostery's database once (about 2 MB, read from the package). */
export async function loadParties() {
  if (db) return;
  const dir = dirname(createRequire(import.meta.url).resolve('@ghostery/trackerdb'));
  const { default: loadTrackerDB } = await import('@ghostery/trackerdb');
  db = await loadTrackerDB(readFileSync(join(dir, '..', 'trackerdb.engine')));
}

const fromGhostery = (m) => ({
  source: 'trackerdb',
  id: m.pattern.key,
  name: m.pattern.name,
  company: m.organization?.name ?? m.pattern.organization ?? m.pattern.name,
  category: CATEGORY[m.pattern.category] ?? 'functional',
  ghosteryCategory: m.pattern.category,
  privacyUrl: m.organization?.privacy_policy_url || m.organization?.website_url || m.pattern.website_url || undefined,
  tracking: TRACKING.has(m.pattern.category),
});

/** The party behind a request URL, or null when neither source knows it. */
export async function partyOfRequest(url, type, pageUrl) {
  const host = new URL(url).hostname;
  const v = vendors.find((v) => v.hosts.some((h) => onHost(host, h)));
  if (v) return fromVendor(v);
  const [m] = await db.matchUrl({ url, type, sourceUrl: pageUrl }, { getDomainMetadata: true });
  return m ? fromGhostery(m) : null;
}

/** The party behind a cookie: by name (first-party cookies the vendors' tags set), then by its domain. */
export async function partyOfCookie(name, domain) {
  const host = domain.replace(/^\./, '');
  const v =
    vendors.find((v) => v.cookies.some((c) => c.match(name) && (!c.domain || onHost(host, c.domain)))) ??
    vendors.find((v) => v.hosts.some((h) => onHost(host, h)));
  if (v) return fromVendor(v);
  const [m] = await db.matchDomain(host);
  return m ? fromGhostery(m) : null;
}

/** The party behind a localStorage/sessionStorage key or an IndexedDB name (catalogue only: Ghostery knows hosts, not keys). */
export function partyOfKey(key) {
  const v = vendors.find((v) => v.storage.some((m) => m(key)) || v.cookies.some((c) => !c.domain && c.match(key)));
  return v ? fromVendor(v) : null;
}
