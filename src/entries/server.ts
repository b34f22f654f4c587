/**
 * `consentry/server`: reads the visitor's decision from a request's `Cookie` header, so that a
 * server can leave tracking tags out of the HTML it renders. No DOM: runs in Node, Deno, Bun and
 * edge runtimes. It decodes and validates the record with the browser's own code (src/core/codec.ts)
 * and the cookie value with js-cookie's converter, as the browser does: a record the browser
 * would ignore (tampered, foreign, another revision) is `null` here too.
 * @packageDocumentation
 */
import Cookies from 'js-cookie';
import { decode } from '../core/codec.js';
import { current, grants, holds, refusal } from '../core/rules.js';
import type { Mode } from '../core/types.js';
import { header, type RequestLike } from '../ssr/request.js';

export { renderBanner, hideSnippet, type RenderBannerOptions } from '../ssr/banner.js';
export { renderNotice, type RenderNoticeOptions } from '../ssr/notice.js';
export type { RequestLike };

/** Options of {@link readConsent}: the same values as the site's Consentry attributes and the rules in force. */
export interface ReadConsentOptions {
  /** The `cookie-name` option. Default `consentry`. */
  cookieName?: string;
  /** The `revision` option: a record of another revision is no decision. Default `1`. */
  revision?: string;
  /** The `cookie-days` option: an older decision is void. Default `182`. */
  cookieDays?: number;
  /**
   * The `reask-after` option: a refusal of another revision stands this many days from its
   * decision (never more than `cookieDays`). Default `182`. An acceptance of another revision is
   * no decision.
   */
  reaskAfter?: number;
  /** The categories the region's rules make `exempt` (docs/regions.md): granted unless the record refuses them. */
  exempt?: string[];
  /**
   * The mode in force for this visitor (docs/regions.md). Default `opt-in`. A decision made under
   * rules that asked less (an opt-out "OK" under opt-in rules) is no decision, as in the browser.
   */
  mode?: Mode;
  /**
   * The visitor's browser sends a privacy signal that the site honours (GPC, `Sec-GPC: 1`). With
   * a request, read from its `Sec-GPC` header unless given. It refuses `advertising` and the
   * `saleOrShare` categories, unless the decision was made while the signal was honoured.
   */
  gpc?: boolean;
  /** The ids of custom categories marked `saleOrShare` in the configuration. */
  saleOrShare?: string[];
  /**
   * The configured categories with their services' ids (`{ analytics: ['posthog'] }`). Given,
   * the answer is exactly the drop-in's; without it, the categories are those of the record and
   * a per-service grant is kept only where the signal overrides nothing.
   */
  categories?: Record<string, string[]>;
}
/** The decision stored in the consent cookie, as the browser's snapshot shows it once decided. */
export interface StoredConsent {
  /**
   * Whether the record decides every configured category (always, without `categories`); a
   * category it does not name has its default, as in the drop-in.
   */
  decided: boolean;
  /** Category values, `necessary: true` included. Categories not in the record were not chosen. */
  categories: Record<string, boolean>;
  /** Per-service choices the visitor made apart from their category (a service not named follows its category). */
  services: Record<string, boolean>;
  /** The consent id. */
  id: string;
  revision: string;
  /** ISO 8601 time of the decision. */
  timestamp: string;
}

/** Every value of cookie `name` in a `Cookie` header (never decoding names, as in the browser), values decoded as js-cookie does. */
function cookieValues(header: string, name: string): string[] {
  const out: string[] = [];
  for (const part of header.split(/; */)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq) !== name) continue;
    try {
      out.push(Cookies.converter.read(part.slice(eq + 1), name));
    } catch {
      out.push(part.slice(eq + 1));
    }
  }
  return out;
}

/**
 * Reads the stored consent from a `Cookie` request header (`null`, `undefined` or `''` when there
 * is none), or from a Fetch `Request` or Node's `IncomingMessage` (its `Cookie` and `Sec-GPC`
 * headers), and returns what the drop-in decides for that record under the mode in force and
 * the privacy signal. Returns `null` when no decision holds: no cookie, one the browser would
 * reject (tampered, foreign, another revision, expired), more than one consent cookie (one may
 * be planted by a sibling subdomain), or a decision made under rules that asked less. A
 * visitor whose decision is `null` has not agreed to anything optional.
 *
 * @example
 * const consent = readConsent(request, { mode: 'opt-in' });
 * const analytics = consent?.categories.analytics === true;
 */
export function readConsent(input: string | RequestLike | null | undefined, options: ReadConsentOptions = {}): StoredConsent | null {
  const request = input && typeof input === 'object' ? input : undefined;
  const cookieHeader = request ? header(request, 'cookie') : input;
  const { cookieName = 'consentry', revision = '1', cookieDays = 182, reaskAfter = 182, mode = 'opt-in', saleOrShare = [], exempt = [] } = options;
  const gpc = options.gpc ?? (request ? header(request, 'sec-gpc') === '1' : false);
  // As in the browser: records only (a cookie of another tool under the name is none), and an
  // expired one (`cookie-days` passed) is none; two records: none is the visitor's own for sure (decision 0020).
  const records = typeof cookieHeader === 'string' ? cookieValues(cookieHeader, cookieName).map(decode) : [];
  const fresh = records.filter((r) => r && r.time + cookieDays * 864e5 > Date.now());
  // Another revision voids the decision, but for a refusal younger than `reaskAfter` days; rules
  // in force that ask more than the record's void it too.
  const record = current(fresh.length === 1 ? fresh[0] : null, revision, Math.min(reaskAfter, cookieDays));
  if (!record || !holds(record, mode)) return null;
  const configured = options.categories ?? Object.fromEntries(Object.keys(record.categories).map((id) => [id, []]));
  const cats = Object.keys(configured).map((id) => ({ id, saleOrShare: saleOrShare.includes(id), services: configured[id].map((s) => ({ id: s })) }));
  const out = grants(record, cats, mode, gpc, exempt, revision);
  // Without the configuration, a service's own choice is kept unless the signal overrides the record.
  // (A refusal names each service it refused, all following their categories: none is a choice of its own.)
  const services = options.categories
    ? out.services
    : refusal(record)
      ? {}
      : gpc && !record.signal
        ? Object.fromEntries(Object.entries(record.services).map(([k]) => [k, false]))
        : record.services;
  return {
    decided: out.decided,
    categories: out.categories,
    services,
    id: record.id,
    revision: record.revision,
    timestamp: new Date(record.time).toISOString(),
  };
}
