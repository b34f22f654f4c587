/**
 * The dashboard's side of the collector (docs/consent-records.md, "Dashboard"; decision 0031):
 * sign-in with the admin token, the session cookie that then stands for it on the read-only
 * endpoints, and the page and assets, all served under a strict Content-Security-Policy.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The session cookie's name (the contract's). */
const COOKIE = 'consentry_session';
/** How long a session lasts after sign-in. */
const SESSION_MS = 12 * 3_600_000;
/** Sessions kept at most: each needs the admin token, so this only bounds memory. */
const MAX_SESSIONS = 1000;
/** Largest sign-in form body, in bytes (a token field and little else). */
const MAX_FORM = 4096;

/**
 * Everything the dashboard's pages and assets are allowed: their own origin, nothing inline.
 * `style-src 'self'` still lets scripts set `element.style` (the CSSOM), which uPlot and Lit do.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PAGE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  // Not no-referrer: under it the browser sends `Origin: null` with the page's own form posts,
  // which the Origin check below needs; same-origin still tells other sites nothing.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** What the dashboard needs from the server around it. */
export interface DashboardHost {
  /** Throws the admin endpoints' error (401, 429, 404) unless `given` is the admin token. */
  checkToken(req: IncomingMessage, given: string): void;
  /** Whether the request reached the collector over HTTPS (itself or a trusted proxy). */
  secure(req: IncomingMessage): boolean;
  /** The host the client asked for (a trusted proxy's `X-Forwarded-Host`, else `Host`). */
  host(req: IncomingMessage): string;
}

/** An error the host turns into its usual JSON answer (it has `status`, `code`, `message`). */
type HostError = Error & { status?: number; headers?: Record<string, string> };

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** The value of cookie `name` in a `Cookie` header, or ''. */
function cookie(req: IncomingMessage, name: string): string {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return '';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page: a plain form, usable without JavaScript. */
function signInPage(error = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Consent insight</title><link rel="stylesheet" href="dashboard/app.css"></head>
<body><main class="sign-in"><h1>Consent insight</h1>
<form method="post" action="dashboard/session">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${error ? ' aria-describedby="error" aria-invalid="true"' : ''}>
${error ? `<p id="error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<button type="submit">Sign in</button>
</form>
<p class="hint">The token is the collector's <code>CONSENTRY_ADMIN_TOKEN</code>. Signing in sets one cookie, for this dashboard only, for 12 hours.</p>
</main></body></html>`;
}

/** The dashboard itself: the app's one module draws everything. */
const APP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent insight</title><link rel="stylesheet" href="dashboard/app.css">
<script type="module" src="dashboard/app.js"></script></head>
<body><consent-dashboard><noscript><p>The dashboard needs JavaScript; the same figures are at <a href="stats.csv?group=day">stats.csv</a>.</p></noscript></consent-dashboard></body></html>`;

/** The built assets (dist/dashboard/, beside the bundled CLI), read once on first use. */
const ASSETS: Record<string, string> = { '/dashboard/app.js': 'text/javascript; charset=utf-8', '/dashboard/app.css': 'text/css; charset=utf-8' };
const loaded = new Map<string, Buffer | null>();
function asset(path: string): Buffer | null {
  if (!loaded.has(path)) {
    try {
      loaded.set(path, readFileSync(new URL('.' + path, import.meta.url)));
    } catch {
      loaded.set(path, null);
    }
  }
  return loaded.get(path) ?? null;
}

/** Reads a small urlencoded form body. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM) return new URLSearchParams();
    parts.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(parts).toString('utf8'));
}

function html(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), ...PAGE_HEADERS, ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, headers: Record<string, string> = {}): void {
  res.writeHead(303, { location: '/dashboard', 'content-length': 0, 'cache-control': 'no-store', ...headers });
  res.end();
}

/** The dashboard's routes and its sessions (in memory: a restart signs everyone out). */
export function dashboard(host: DashboardHost) {
  // Keyed by the SHA-256 of the cookie's value, so the map holds nothing that is itself a session.
  const sessions = new Map<string, number>();

  const sessionOf = (req: IncomingMessage): string | null => {
    const value = cookie(req, COOKIE);
    if (!/^[A-Za-z0-9_-]{43}$/.test(value)) return null;
    const key = hash(value);
    const until = sessions.get(key);
    if (until === undefined) return null;
    if (until <= Date.now()) return (sessions.delete(key), null);
    return key;
  };

  /**
   * POSTs only from the dashboard's own page: the browser's `Origin` must be this collector's
   * (SameSite=Strict already keeps the cookie off cross-site requests; this also covers sign-in,
   * which has no cookie yet, and a sibling subdomain, which is same-site).
   */
  const sameOrigin = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    const own = `${host.secure(req) ? 'https' : 'http'}://${host.host(req)}`;
    return origin !== undefined && origin === own && (req.headers['sec-fetch-site'] ?? 'same-origin') === 'same-origin';
  };

  const wantsHtml = (req: IncomingMessage) => String(req.headers.accept ?? '').includes('text/html');

  return {
    /** Whether the request carries a live dashboard session (for the read-only endpoints). */
    signedIn: (req: IncomingMessage): boolean => sessionOf(req) !== null,

    /** Answers `/dashboard` and everything under it. */
    async handle(req: IncomingMessage, res: ServerResponse, path: string, fail: (status: number, code: string, message: string) => Error): Promise<void> {
      const method = req.method ?? 'GET';
      if (path in ASSETS) {
        if (method !== 'GET' && method !== 'HEAD') throw fail(405, 'method_not_allowed', 'use GET');
        const body = asset(path);
        if (!body) throw fail(404, 'not_found', 'the dashboard is not built (npm run build -w consentry-collector)');
        res.writeHead(200, { 'content-type': ASSETS[path], 'content-length': body.length, ...PAGE_HEADERS, 'cache-control': 'no-cache' });
        return void res.end(method === 'HEAD' ? undefined : body);
      }
      if (path === '/dashboard') {
        if (method !== 'GET' && method !== 'HEAD') throw fail(405, 'method_not_allowed', 'use GET');
        return html(res, 200, sessionOf(req) ? APP_PAGE : signInPage());
      }
      if (path === '/dashboard/session' || path === '/dashboard/sign-out') {
        if (method !== 'POST') throw fail(405, 'method_not_allowed', 'use POST');
        if (!sameOrigin(req)) throw fail(403, 'cross_origin', "the dashboard's forms are posted from its own page only (Origin)");
        if (path === '/dashboard/sign-out') {
          const key = sessionOf(req);
          if (key) sessions.delete(key);
          return redirect(res, { 'set-cookie': `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${host.secure(req) ? '; Secure' : ''}` });
        }
        const type = String(req.headers['content-type'] ?? '')
          .split(';')[0]
          .trim()
          .toLowerCase();
        if (type !== 'application/x-www-form-urlencoded') throw fail(415, 'unsupported_type', 'post the form as application/x-www-form-urlencoded');
        const given = (await readForm(req)).get('token') ?? '';
        try {
          host.checkToken(req, given);
        } catch (e) {
          // A browser gets the form again with the reason; any other client the admin endpoints' JSON.
          const error = e as HostError;
          if (!wantsHtml(req) || !error.status) throw e;
          return html(res, error.status, signInPage(error.status === 401 ? 'That is not the admin token.' : error.message), error.headers);
        }
        const now = Date.now();
        for (const [key, until] of sessions) if (until <= now) sessions.delete(key);
        // The oldest session goes first when the bound is reached (Map keeps insertion order).
        while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
        const value = randomBytes(32).toString('base64url');
        sessions.set(hash(value), now + SESSION_MS);
        return redirect(res, {
          'set-cookie': `${COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}${host.secure(req) ? '; Secure' : ''}`,
        });
      }
      throw fail(404, 'not_found', 'no such endpoint');
    },
  };
}
