// consentry-scan: what a site stores and sends before a choice, after Reject all and after
// Accept all, from the outside, in the machine's Chromium; and the configuration that stops it.
// Exit codes: 0 clean (or leaks without --fail-on leaks), 1 leaks with --fail-on leaks, 2 bad
// usage or no browser, 3 the start page could not be reached.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: consentry-scan URL [options]

  --pages N         pages to scan: the start URL, the sitemap's pages, then same-site links (default 20)
  --urls FILE       scan the URLs in FILE (one a line, # comments) instead of following links
  --out DIR         where report.json, report.html and consent-config.json go (default consentry-scan-report)
  --fail-on leaks   exit 1 when a leak is found
  --delay MS        start at most one visit per MS milliseconds (default 1000)
  --parallel N      visits at once, each in its own browser context (default 3, at most 8)
  --timeout MS      time limit for each page to load (default 20000)
  --chromium PATH   the Chromium to drive (default: CHROMIUM_PATH, then the usual install paths)
  --proxy URL       send the browser's traffic through this HTTP proxy
  --ignore-robots   scan pages robots.txt disallows
  --help            this text

Exit codes: 0 clean, 1 leaks (with --fail-on leaks), 2 bad usage or no browser, 3 unreachable.
`;

/** Where Chromium or Chrome usually is; the scan never downloads one. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const NO_BROWSER = `[consentry-scan] no Chromium found. consentry-scan drives the Chromium or Chrome installed on this machine and never downloads one. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or name it with --chromium PATH or CHROMIUM_PATH=PATH.`;

const fail = (code, message) => {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(code);
};

const int = (name, value, min, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) fail(2, `[consentry-scan] --${name}=${JSON.stringify(value)} is not a whole number of at least ${min}\n\n${USAGE}`);
  return n;
};

function options(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        urls: { type: 'string' },
        out: { type: 'string' },
        'fail-on': { type: 'string' },
        delay: { type: 'string' },
        parallel: { type: 'string' },
        timeout: { type: 'string' },
        chromium: { type: 'string' },
        proxy: { type: 'string' },
        'ignore-robots': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    fail(2, `[consentry-scan] ${e.message}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (v['fail-on'] !== undefined && v['fail-on'] !== 'leaks')
    fail(2, `[consentry-scan] --fail-on=${JSON.stringify(v['fail-on'])}: the only value is "leaks"\n\n${USAGE}`);
  let urls = positionals.slice(0, 1);
  if (positionals.length > 1) fail(2, `[consentry-scan] one start URL, not ${positionals.length}\n\n${USAGE}`);
  if (v.urls) {
    let text;
    try {
      text = readFileSync(v.urls, 'utf8');
    } catch (e) {
      fail(2, `[consentry-scan] --urls=${JSON.stringify(v.urls)} cannot be read: ${e.code ?? e.message}`);
    }
    urls = [
      ...urls,
      ...text
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean),
    ];
  }
  if (!urls.length) fail(2, `[consentry-scan] no URL to scan\n\n${USAGE}`);
  for (const u of urls) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(u).protocol);
    } catch {
      ok = false;
    }
    if (!ok) fail(2, `[consentry-scan] ${JSON.stringify(u)} is not an http(s) URL\n\n${USAGE}`);
  }
  const chromiumPath = v.chromium ?? process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!chromiumPath || !existsSync(chromiumPath)) fail(2, chromiumPath ? `[consentry-scan] no browser at ${chromiumPath}.\n${NO_BROWSER}` : NO_BROWSER);
  return {
    urls: [...new Set(urls.map((u) => new URL(u).href))],
    fixedList: !!v.urls,
    pages: int('pages', v.pages, 1, v.urls ? Infinity : 20),
    out: resolve(v.out ?? 'consentry-scan-report'),
    failOnLeaks: v['fail-on'] === 'leaks',
    delay: int('delay', v.delay, 0, 1000),
    parallel: Math.min(int('parallel', v.parallel, 1, 3), 8),
    timeout: int('timeout', v.timeout, 1000, 20000),
    chromiumPath,
    proxy: v.proxy,
    ignoreRobots: !!v['ignore-robots'],
  };
}

/** Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise. */
function progress() {
  const tty = process.stderr.isTTY;
  return (line) => {
    if (tty) process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    else process.stderr.write(line + '\n');
  };
}

/**
 * Reads robots.txt and sitemaps through the browser, so that they go where the pages go (a
 * --proxy): `fetch` from a document of the file's origin, the body read as a stream and dropped
 * after `max` characters (a sitemap may be huge, or a gzip bomb).
 */
function reader(page) {
  let origin = null;
  return async (url, max) => {
    const u = new URL(url);
    if (origin !== u.origin) {
      // Any document of that origin will do; it need not finish loading.
      await page.goto(new URL('/robots.txt', u.origin).href, { waitUntil: 'commit', timeout: 10000 }).catch(() => {});
      origin = u.origin;
    }
    return page.evaluate(
      async ([href, limit]) => {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), 15000);
        try {
          const res = await fetch(href, { signal: abort.signal, credentials: 'omit' });
          if (!res.ok || !res.body) return { ok: false, status: res.status };
          let body = res.body;
          // A .gz sitemap served as a file (not as Content-Encoding, which the browser undoes itself).
          const gz = /\.gz$/i.test(new URL(res.url).pathname) || /gzip/i.test(res.headers.get('content-type') ?? '');
          if (gz && !/gzip/i.test(res.headers.get('content-encoding') ?? '')) body = body.pipeThrough(new DecompressionStream('gzip'));
          const chunks = body.pipeThrough(new TextDecoderStream()).getReader();
          let text = '';
          for (;;) {
            const { done, value } = await chunks.read();
            if (done) return { ok: true, status: res.status, text, truncated: false };
            text += value;
            if (text.length > limit) {
              await chunks.cancel().catch(() => {});
              return { ok: true, status: res.status, text: text.slice(0, limit), truncated: true };
            }
          }
        } catch (e) {
          return { ok: false, status: 0, error: String(e?.message ?? e) };
        } finally {
          clearTimeout(timer);
        }
      },
      [u.href, max],
    );
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  // Loaded once the command line is known to be good: bad usage answers at once.
  const [{ chromium }, { analyse }, { loadParties }, { toHtml, toReport, write }, { crawl }] = await Promise.all([
    import('playwright-core'),
    import('./analyse.mjs'),
    import('./parties.mjs'),
    import('./report.mjs'),
    import('./scan.mjs'),
  ]);
  const version = createRequire(import.meta.url)('../package.json').version;
  const log = progress();
  const startedAt = new Date().toISOString();
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: opts.chromiumPath,
      headless: true,
      // Many banners hide from automation (navigator.webdriver); the scan must see what a visitor sees.
      args: ['--disable-blink-features=AutomationControlled'],
      ...(opts.proxy ? { proxy: { server: opts.proxy, bypass: '<-loopback>' } } : {}),
    });
  } catch (e) {
    fail(2, `[consentry-scan] ${opts.chromiumPath} did not start: ${String(e.message).split('\n')[0]}\n${NO_BROWSER}`);
  }
  try {
    await loadParties();
    const req = await browser.newContext({ ignoreHTTPSErrors: true });
    opts.fetch = reader(await req.newPage());
    const { pages, sitemaps } = await crawl(browser, opts, log);
    await req.close();
    const { leaks, config } = await analyse(pages);
    const report = toReport({ start: opts.urls[0], pages, sitemaps, leaks, startedAt, finishedAt: new Date().toISOString(), version });
    write(opts.out, report, toHtml(report, pages), config);
    if (process.stderr.isTTY) process.stderr.write('\n');
    // Problems again at the end, where a person reads them.
    for (const p of pages) for (const x of p.problems) process.stderr.write(`[consentry-scan] ${p.url}: ${x.kind}: ${x.message}\n`);
    for (const l of leaks) process.stderr.write(`[consentry-scan] leak: ${l.page} (${l.pass}): ${l.kind} ${l.name} (${l.party.name})\n`);
    process.stderr.write(`[consentry-scan] ${pages.length} page(s), ${leaks.length} leak(s); report in ${opts.out}/report.html\n`);
    if (pages[0]?.problems.some((p) => p.kind === 'unreachable')) return 3;
    return leaks.length && opts.failOnLeaks ? 1 : 0;
  } finally {
    await browser.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e) => fail(2, `[consentry-scan] ${e?.stack ?? e}`),
);
