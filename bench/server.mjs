// The benchmark's loopback server: one page per tool, the tools' files gzip-compressed as a CDN
// sends them, and stand-ins for the gated analytics script and pixel. It counts the compressed
// bytes of every tool file it sends, so a run can tell what the first layer cost.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NONE, SDKS, VARIANTS, pageOf } from './sdks.mjs';
import { floorScript } from './floor.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = new URL('.', import.meta.url).pathname;
/** The floor's script (bench/floor.mjs), made at run time rather than read from a file. */
const FLOOR_JS = '/sdk/floor/floor.js';
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
// A 1×1 transparent GIF.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
// The gated analytics script: it records when it ran.
const ANALYTICS = 'window.__bench && window.__bench.ran();';

/** Maps /sdk/<package>/<file> to a file on disk: Consentry's own from dist/, peers' from bench/node_modules/ (bench/package.json). */
function sdkFile(path, dist, compare) {
  const rest = normalize(path.slice('/sdk/'.length));
  if (rest.startsWith('..')) return null;
  if (rest.startsWith('consentry/')) return dist + rest.slice('consentry/'.length);
  if (rest.startsWith('consentry-compare/')) return compare && compare + rest.slice('consentry-compare/'.length);
  return BENCH + 'node_modules/' + rest;
}

/**
 * Starts the server on 127.0.0.1 (a free port). `log` collects one entry per request:
 * `{ path, sdk: boolean, bytes }` where `bytes` is the compressed body size of a tool file.
 * `dist` is the folder that Consentry's files come from (the profiler points it at a readable build);
 * `compare` another build of it, served under /sdk/consentry-compare/ for before/after runs.
 */
export async function startServer({ dist = ROOT + 'dist/', compare = null } = {}) {
  const template = readFileSync(new URL('./pages/template.html', import.meta.url), 'utf8');
  const pages = Object.fromEntries([...SDKS, ...VARIANTS, NONE].map((s) => [`/${s.id}.html`, pageOf(s, template)]));
  const gz = new Map();
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const head = { 'cache-control': 'no-store' };
    if (pages[path]) {
      log.push({ path, sdk: false, bytes: 0 });
      res.writeHead(200, { ...head, 'content-type': TYPES['.html'] }).end(pages[path]);
    } else if (path === '/blank.html') {
      res.writeHead(200, { ...head, 'content-type': TYPES['.html'] }).end('<!doctype html><title>blank</title>');
    } else if (path === '/favicon.ico') {
      res.writeHead(204, head).end();
    } else if (path === '/t/analytics.js') {
      log.push({ path, sdk: false, bytes: 0 });
      res.writeHead(200, { ...head, 'content-type': TYPES['.js'] }).end(ANALYTICS);
    } else if (path === '/t/pixel.gif') {
      log.push({ path, sdk: false, bytes: 0 });
      res.writeHead(200, { ...head, 'content-type': 'image/gif' }).end(GIF);
    } else if (path.startsWith('/sdk/')) {
      const file = path === FLOOR_JS ? path : sdkFile(path, dist, compare);
      let body = file && gz.get(file);
      if (file && !body) {
        try {
          // Level 9, as `npm run size` measures; files are re-read per server so a rebuild counts.
          body = gzipSync(file === FLOOR_JS ? floorScript() : readFileSync(file), { level: 9 });
          gz.set(file, body);
        } catch {
          body = null;
        }
      }
      if (!body) {
        log.push({ path, sdk: true, bytes: 0, missing: true });
        res.writeHead(404, head).end('not found');
        return;
      }
      log.push({ path, sdk: true, bytes: body.length });
      res.writeHead(200, { ...head, 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-encoding': 'gzip' }).end(body);
    } else {
      log.push({ path, sdk: false, bytes: 0 });
      res.writeHead(404, head).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((ok) => (server.closeAllConnections?.(), server.close(ok))),
  };
}
