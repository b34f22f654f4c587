// The fixture sites, served by one local HTTP server that the scanned browser uses as its proxy,
// so that each site and each tracker has its own host name (leaky.test, www.google-analytics.com)
// and first and third parties are told apart as on the web. Trackers are played by scripts that
// set the cookies and send the requests the real vendors' tags do.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const posthogDir = dirname(createRequire(import.meta.url).resolve('posthog-js/dist/array.js'));
const cookieconsentDir = dirname(createRequire(import.meta.url).resolve('vanilla-cookieconsent'));

/** Google Analytics' tag as it behaves: a first-party `_ga` cookie and a collect beacon. */
const GTAG = `(() => {
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; max-age=63072000; path=/';
  navigator.sendBeacon('http://www.google-analytics.com/g/collect?v=2&tid=G-TEST1&en=page_view&dl=' + encodeURIComponent(location.href));
})();`;
/** Meta's pixel: a first-party `_fbp` cookie and an image request to /tr. */
const FBEVENTS = `(() => {
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; max-age=7776000; path=/';
  new Image().src = 'http://www.facebook.com/tr?id=1234567890&ev=PageView&dl=' + encodeURIComponent(location.href);
})();`;

const GTAG_TAG = '<script src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>';
export const FB_TAG = '<script src="http://connect.facebook.net/en_US/fbevents.js"></script>';

const page = (title, head, body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><h1>${title}</h1><p>Fixture page.</p><nav><a href="/">Home</a> <a href="/about">About</a> <a href="http://elsewhere.test/">Another site</a></nav>${body}</body></html>`;

const consentry = (config) =>
  `<script type="application/json" id="consent-config">${JSON.stringify(config)}</script><script defer src="/consentry/consentry.js" data-config="#consent-config"></script>`;

/**
 * PostHog's own snippet (as its docs give it): a stub `posthog` that queues calls, and array.js
 * from PostHog's assets host, the real build of posthog-js. Its capture endpoint is
 * us.i.posthog.com, which the fixtures' server on 127.0.0.1 answers: nothing leaves the machine.
 */
export const POSTHOG_SNIPPET = `<script>
!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.crossOrigin="anonymous",p.async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;for(void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],u.toString=function(t){var e="posthog";return"posthog"!==a&&(e+="."+a),t||(e+=" (stub)"),e},u.people.toString=function(){return u.toString(1)+".people (stub)"},o="init capture register register_once register_for_session unregister opt_out_capturing has_opted_out_capturing opt_in_capturing reset isFeatureEnabled getFeatureFlag getFeatureFlagPayload reloadFeatureFlags group identify setPersonProperties".split(" "),n=0;n<o.length;n++)g(u,o[n]);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
posthog.init('phc_fixture', { api_host: 'https://us.i.posthog.com', person_profiles: 'always', disable_session_recording: true, disable_surveys: true });
</script>`;

const xml = (root, locs) => `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<${root === 'urlset' ? 'url' : 'sitemap'}><loc>${l}</loc></${root === 'urlset' ? 'url' : 'sitemap'}>`).join('')}</${root}>`;

/** A sitemap larger than the scan reads (12 MB of other sites' URLs). */
let huge;
const hugeSitemap = () =>
  (huge ??= `<?xml version="1.0"?><urlset>${'<url><loc>http://elsewhere.test/filler/0123456789012345678901234567890123456789</loc></url>'.repeat(150_000)}</urlset>`);

/** map.test's sitemaps: an index with a loop, a nested index too deep, other sites' URLs, a missing file, a huge one, a gzipped one. */
const SITEMAPS = {
  '/sitemap-index.xml': () =>
    xml('sitemapindex', [
      'http://map.test/sitemap-pages.xml',
      'http://map.test/sitemap-index.xml',
      'http://map.test/nested-index.xml',
      'http://elsewhere.test/sitemap.xml',
      'http://map.test/huge.xml',
      'http://map.test/missing.xml',
      'http://map.test/pages.xml.gz',
    ]),
  '/sitemap-pages.xml': () =>
    xml('urlset', ['http://map.test/a', 'http://map.test/b?x=1&amp;y=2', '<![CDATA[http://map.test/c]]>', 'http://elsewhere.test/x', 'javascript:alert(1)']),
  '/nested-index.xml': () => xml('sitemapindex', ['http://map.test/deeper-index.xml']),
  '/deeper-index.xml': () => xml('sitemapindex', ['http://map.test/too-deep.xml']),
  '/too-deep.xml': () => xml('urlset', ['http://map.test/deep']),
  '/sitemap.xml': () => xml('urlset', ['http://map.test/d', 'http://map.test/a']),
  '/huge.xml': hugeSitemap,
};

const LEAKY_CONFIG = { policyUrl: '/privacy', categories: { analytics: { services: ['google-analytics'] } } };

/** Serves the sites; `state.leaky` replaces the leaky site's configuration and tags (the fix applied). */
export function startSites() {
  const state = { leaky: null, ph: null, hits: [] };
  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  const handle = (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const host = url.hostname;
    const path = url.pathname;
    state.hits.push(host + path);
    if (path.startsWith('/consentry/')) {
      const file = normalize(path.slice('/consentry/'.length)).replace(/^(\.\.[/\\])+/, '');
      try {
        return send(res, 200, 'text/javascript', readFileSync(join(root, 'dist', file)));
      } catch {
        return send(res, 404, 'text/plain', 'no such file');
      }
    }
    if (path === '/robots.txt') {
      if (host === 'bad.test') return send(res, 200, 'text/plain', 'User-agent: *\nDisallow: /private\n');
      if (host === 'map.test')
        return send(
          res,
          200,
          'text/plain',
          'User-agent: *\nDisallow:\n\nSitemap: http://map.test/sitemap-index.xml\nSitemap: http://elsewhere.test/sitemap.xml\n',
        );
      return send(res, 404, 'text/plain', 'none');
    }
    switch (host) {
      case 'us-assets.i.posthog.com': {
        // posthog-js's own build files, by name.
        const file = /^\/static\/([\w.-]+\.js)$/.exec(path)?.[1];
        try {
          return send(res, 200, 'text/javascript', readFileSync(join(posthogDir, file)), { 'access-control-allow-origin': '*' });
        } catch {
          return send(res, 404, 'text/plain', 'no such file');
        }
      }
      case 'us.i.posthog.com': {
        // The capture endpoint: flags, remote configuration and events, answered as empty.
        const cors = {
          'access-control-allow-origin': req.headers.origin ?? '*',
          'access-control-allow-credentials': 'true',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        };
        if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '', cors);
        req.resume();
        if (path.endsWith('.js')) return send(res, 200, 'text/javascript', '', cors);
        return send(res, 200, 'application/json', path.startsWith('/flags') ? '{"flags":{},"featureFlags":{}}' : '{"status":1}', cors);
      }
      case 'ph.test': {
        // Consentry, and PostHog's snippet left ungated.
        const config = state.ph?.config ?? LEAKY_CONFIG;
        let tags = POSTHOG_SNIPPET;
        if (state.ph?.replace) for (const [from, to] of state.ph.replace) tags = tags.split(from).join(to);
        return send(res, 200, 'text/html', page('PostHog shop', consentry(config) + tags));
      }
      case 'optout.test':
      case 'notice.test': {
        // Consentry under opt-out or notice rules: Google Analytics and Meta's pixel gated on /;
        // on /leaky the pixel is left ungated, and runs despite Global Privacy Control.
        const mode = host === 'optout.test' ? 'opt-out' : 'notice';
        const ga = '<script type="text/plain" data-consent="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>';
        const fb =
          path === '/leaky' ? FB_TAG : '<script type="text/plain" data-consent="advertising" src="http://connect.facebook.net/en_US/fbevents.js"></script>';
        const config = { mode, categories: { analytics: { services: ['google-analytics'] }, advertising: { services: ['meta-pixel'] } } };
        return send(res, 200, 'text/html', page(`${mode} shop`, consentry(config) + ga + fb));
      }
      case 'map.test':
        if (SITEMAPS[path]) return send(res, 200, 'application/xml', SITEMAPS[path]());
        if (path === '/pages.xml.gz') return send(res, 200, 'application/gzip', gzipSync(xml('urlset', ['http://map.test/e'])));
        if (path.endsWith('.xml')) return send(res, 404, 'text/plain', 'none');
        return send(res, 200, 'text/html', page(`Map ${path}`, ''));
      case 'www.googletagmanager.com':
        return send(res, 200, 'text/javascript', GTAG);
      case 'connect.facebook.net':
        return send(res, 200, 'text/javascript', FBEVENTS);
      case 'www.google-analytics.com':
        return send(res, 204, 'text/plain', '');
      case 'www.facebook.com':
        return send(res, 200, 'image/gif', Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'));
      case 'leaky.test': {
        // Consentry, Google Analytics gated, Meta's pixel left ungated.
        const config = state.leaky?.config ?? LEAKY_CONFIG;
        let tags = `<script type="text/plain" data-consent="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>\n${FB_TAG}`;
        if (state.leaky?.replace) for (const [from, to] of state.leaky.replace) tags = tags.split(from).join(to);
        return send(res, 200, 'text/html', page(path === '/about' ? 'About us' : 'Leaky shop', consentry(config) + tags));
      }
      case 'clean.test':
        return send(
          res,
          200,
          'text/html',
          page(
            path === '/about' ? 'About us' : 'Clean shop',
            consentry({ categories: { analytics: { services: ['google-analytics'] }, advertising: { services: ['meta-pixel'] } } }) +
              '<script type="text/plain" data-consent="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>' +
              '<script type="text/plain" data-consent="advertising" src="http://connect.facebook.net/en_US/fbevents.js"></script>',
          ),
        );
      case 'peer.test':
        // Another consent tool: orestbida's vanilla-cookieconsent 3, which blocks its own way.
        if (path === '/cc/cookieconsent.umd.js') return send(res, 200, 'text/javascript', readFileSync(join(cookieconsentDir, 'cookieconsent.umd.js')));
        if (path === '/cc/cookieconsent.css') return send(res, 200, 'text/css', readFileSync(join(cookieconsentDir, 'cookieconsent.css')));
        return send(
          res,
          200,
          'text/html',
          page(
            'Peer shop',
            '<link rel="stylesheet" href="/cc/cookieconsent.css">' +
              '<script type="text/plain" data-category="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>' +
              FB_TAG,
            `<script src="/cc/cookieconsent.umd.js"></script><script>
              CookieConsent.run({
                categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
                language: { default: 'en', translations: { en: {
                  consentModal: { title: 'Cookies', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage' },
                  preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', sections: [] } } } },
              });
            </script>`,
          ),
        );
      case 'plain.test':
        // No banner at all, Google Analytics straight in.
        // A storage key written to break a report that would paste page data as markup.
        return send(res, 200, 'text/html', page('Plain shop', GTAG_TAG + `<script>localStorage.setItem('<img src=x onerror=alert(1)>', '1')</script>`));
      case 'bad.test':
        switch (path) {
          case '/':
            return send(
              res,
              200,
              'text/html',
              page(
                'Bad inputs',
                '',
                '<a href="/data.json">data</a> <a href="/away">away</a> <a href="/slow">slow</a> <a href="/flood">flood</a> <a href="/gone">gone</a> <a href="/fine">fine</a>',
              ),
            );
          case '/data.json':
            return send(res, 200, 'application/json', '{"not":"html"}');
          case '/away':
            return send(res, 302, 'text/plain', '', { location: 'http://elsewhere.test/landing' });
          case '/slow':
            // Headers, then a body that never ends: the page never finishes loading.
            res.writeHead(200, { 'content-type': 'text/html' });
            res.write('<!doctype html><title>slow</title><p>Still loading');
            return undefined;
          case '/flood':
            return send(
              res,
              200,
              'text/html',
              page('Cookie flood', '<script>for (let i = 0; i < 10000; i++) document.cookie = "flood" + i + "=1; max-age=3600; path=/";</script>'),
            );
          case '/gone':
            return req.socket.destroy();
          default:
            return send(res, 200, 'text/html', page('Fine', ''));
        }
      case 'many.test': {
        // Twenty pages of a site done right, for the benchmark (bench.mjs).
        const links = Array.from({ length: 20 }, (_, i) => `<a href="/p/${i}">Page ${i}</a>`).join(' ');
        return send(
          res,
          200,
          'text/html',
          page(
            `Page ${path}`,
            consentry({ categories: { analytics: { services: ['google-analytics'] }, advertising: { services: ['meta-pixel'] } } }) +
              '<script type="text/plain" data-consent="analytics" src="http://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>' +
              '<script type="text/plain" data-consent="advertising" src="http://connect.facebook.net/en_US/fbevents.js"></script>',
            links,
          ),
        );
      }
      case 'elsewhere.test':
        return send(res, 200, 'text/html', page('Elsewhere', ''));
      default:
        // Hosts no fixture serves: as if they did not exist.
        return req.socket.destroy();
    }
  };
  // HTTPS too (Chromium upgrades HSTS-preloaded hosts such as facebook.com): the proxy's CONNECT
  // tunnels to a TLS server with a certificate made for this run (the scan ignores certificate errors).
  const dir = mkdtempSync(join(tmpdir(), 'scan-tls-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=fixture', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { stdio: 'ignore' },
  );
  const tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, handle);
  rmSync(dir, { recursive: true, force: true });
  const server = createServer(handle);
  const sockets = new Set();
  server.on('connect', (req, socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const host = req.url.split(':')[0];
    if (host === 'unreachable.test') return socket.destroy();
    const up = connect(tls.address().port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.pipe(socket).pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  return new Promise((resolve) =>
    tls.listen(0, '127.0.0.1', () =>
      server.listen(0, '127.0.0.1', () =>
        resolve({
          state,
          proxy: `http://127.0.0.1:${server.address().port}`,
          close: async () => {
            for (const s of sockets) s.destroy();
            server.closeAllConnections();
            tls.closeAllConnections();
            await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => tls.close(r))]);
          },
        }),
      ),
    ),
  );
}
