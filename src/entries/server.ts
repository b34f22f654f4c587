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

/** Options of {@link readConsent}: the same values as the site's Consentry attributes. */
export interface ReadConsentOptions {
  /** The `cookie-name` option. Default `consentry`. */
  cookieName?: string;
  /** The `revision` option: a record of another revision is no decision. Default `1`. */
  revision?: string;
  /** The `cookie-days` option: an older decision is void. Default `182`. */
  cookieDays?: number;
}

/** The decision stored in the consent cookie, as the browser's snapshot shows it once decided. */
export interface StoredConsent {
  /** Always true: only a decision is stored. */
  decided: true;
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

/** The value of cookie `name` in a `Cookie` header, decoded as js-cookie does: the first of a name wins. */
function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(/; */)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    try {
      if (decodeURIComponent(part.slice(0, eq)) === name) return Cookies.converter.read(part.slice(eq + 1), name);
    } catch {
      // A malformed name or value is skipped, as js-cookie skips it.
    }
  }
  return undefined;
}

/**
 * Reads the stored consent from a `Cookie` request header (`null`, `undefined` or `''` when there
 * is none). Returns `null` when there is no valid decision: no cookie, or one the browser would
 * reject. A visitor whose decision is `null` has not agreed to anything optional.
 *
 * @example
 * const consent = readConsent(request.headers.get('cookie'));
 * const analytics = consent?.categories.analytics === true;
 */
export function readConsent(cookieHeader: string | null | undefined, options: ReadConsentOptions = {}): StoredConsent | null {
  const { cookieName = 'consentry', revision = '1', cookieDays = 182 } = options;
  const record = decode(typeof cookieHeader === 'string' ? cookieValue(cookieHeader, cookieName) : undefined);
  // As in the browser: another revision voids the decision, and so does `cookie-days` passing.
  if (!record || record.revision !== revision || record.time + cookieDays * 864e5 <= Date.now()) return null;
  return {
    decided: true,
    categories: { necessary: true, ...record.categories },
    services: record.services,
    id: record.id,
    revision: record.revision,
    timestamp: new Date(record.time).toISOString(),
  };
}
