import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { renderBanner } from 'consentry/server';

// The configuration the page gives the drop-in, read once: the server renders the banner from the same one.
const configText = readFileSync(new URL('./consent.json', import.meta.url), 'utf8');
const config = JSON.parse(configText);

/** The page, with the banner in its HTML when the visitor has not decided (none when they have). */
export function renderPage(req, dropIn = '/consentry/consentry.js') {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shop</title>
  <script type="application/json" id="consent-config">${configText.replace(/</g, '\\u003c')}</script>
  <script defer src="${dropIn}" data-config="#consent-config"></script>
</head>
<body>
  ${renderBanner(req, { config, lang: 'en' })}
  <main><h1>Shop</h1></main>
</body>
</html>`;
}

export function handler(req, res) {
  // The HTML depends on the visitor's cookie: keep it out of shared caches.
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' });
  res.end(renderPage(req));
}

if (import.meta.url === `file://${process.argv[1]}`) createServer(handler).listen(8080);
