// A small static server for the demo and the browser tests: no dependencies, loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1. `route(req, res)` may answer a request first (tests use it for
 * stand-in trackers and headers); it returns true when it did.
 */
export function serve({ root = resolve(fileURLToPath(new URL('..', import.meta.url))), port = 0, host = '127.0.0.1', route } = {}) {
  // A request that fails after its headers went out (a route that throws mid-answer) ends its
  // connection rather than becoming an unhandled rejection.
  const server = createServer((req, res) => void answer(req, res).catch(() => res.destroy()));
  async function answer(req, res) {
    try {
      if (route && (await route(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/demo/' }).end();
        return;
      }
      let file = normalize(join(root, decodeURIComponent(url.pathname)));
      // Inside root, not merely starting with its name: `/../main-x/` of a root `/work/main` is
      // `/work/main-x`, which `startsWith('/work/main')` would let through.
      const inside = relative(resolve(root), file);
      if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT) || 8000;
  const server = await serve({ port });
  console.log(`Consentry demo: http://127.0.0.1:${server.address().port}/demo/`);
}
