import { createServer } from 'node:http';
import { readConsent } from 'consentry/server';

/** The page's HTML: the analytics tag is only in it when the visitor has granted `analytics`. */
export function renderPage(cookieHeader, dropIn = '/consentry/consentry.js') {
  const consent = readConsent(cookieHeader, { cookieName: 'consentry' });
  const analytics = consent?.categories.analytics === true;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shop</title>
  <script src="${dropIn}"></script>
  ${analytics ? '<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>' : ''}
</head>
<body><main><h1>Shop</h1></main></body>
</html>`;
}

/** A Node HTTP handler; the same code runs in Deno, Bun or an edge function with their request objects. */
export function handler(req, res) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' });
  res.end(renderPage(req.headers.cookie));
}

if (import.meta.url === `file://${process.argv[1]}`) createServer(handler).listen(8080);
