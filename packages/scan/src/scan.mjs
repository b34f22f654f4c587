// The crawl: the start URL (or a list), then same-site links, one page at a time, each page
// visited three times; robots.txt honoured unless told otherwise.
import { siteOf } from './parties.mjs';
import { visit } from './passes.mjs';

const ms = (n) => new Promise((r) => setTimeout(r, n));

/** robots.txt's Disallow lines for every user agent (`*`), as path prefixes. */
async function robots(origin, get) {
  try {
    const res = await get(new URL('/robots.txt', origin));
    if (!res.ok) return [];
    const text = res.text.slice(0, 100_000);
    const rules = [];
    let applies = false;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').trim();
      const [k, ...rest] = line.split(':');
      const key = k.toLowerCase();
      const val = rest.join(':').trim();
      if (key === 'user-agent') applies = val === '*';
      else if (key === 'disallow' && applies && val) rules.push(val);
    }
    return rules;
  } catch {
    return [];
  }
}

/** Same-site http(s) URL without its fragment, or null. */
function normalise(href, site) {
  try {
    const u = new URL(href);
    if (!/^https?:$/.test(u.protocol) || siteOf(u.hostname) !== site) return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * Scans the site. `log` gets one line per event; returns the pages, each with its visits by pass
 * and its problems.
 */
export async function crawl(browser, opts, log) {
  const start = new URL(opts.urls[0]);
  const site = siteOf(start.hostname);
  const disallowed = opts.ignoreRobots ? [] : await robots(start.origin, opts.fetch);
  const queue = [...opts.urls];
  const seen = new Set(queue);
  const pages = [];
  while (queue.length && pages.length < opts.pages) {
    const url = queue.shift();
    const page = { url, visits: {}, problems: [], consentTool: null };
    pages.push(page);
    const n = `[${pages.length}/${Math.min(opts.pages, pages.length + queue.length)}]`;
    const path = new URL(url).pathname;
    if (disallowed.some((d) => path.startsWith(d))) {
      page.problems.push({ kind: 'robots', message: 'robots.txt disallows it (--ignore-robots scans it anyway)' });
      log(`${n} ${url}: skipped, robots.txt disallows it`);
      continue;
    }
    if (pages.length > 1 && opts.delay) await ms(opts.delay);
    log(`${n} ${url}: no choice`);
    const first = await visit(browser, url, { decide: null, timeout: opts.timeout, screenshot: true });
    page.visits['no-choice'] = first;
    const fatal = first.problems.find((p) => p.kind !== 'cookie-flood');
    if (!fatal && first.finalUrl && siteOf(new URL(first.finalUrl).hostname) !== site)
      first.problems.push({ kind: 'off-site', message: `redirected off the site, to ${first.finalUrl}` });
    page.problems.push(...first.problems);
    for (const p of first.problems) log(`${n} ${url}: ${p.kind}: ${p.message}`);
    if (page.problems.some((p) => p.kind !== 'cookie-flood')) continue;
    for (const href of first.links ?? []) {
      const u = normalise(href, site);
      if (u && !seen.has(u) && !opts.fixedList) {
        seen.add(u);
        queue.push(u);
      }
    }
    const via = first.consentry ? 'consentry' : first.cmp ? 'autoconsent' : null;
    page.consentTool = first.consentry ? 'Consentry' : first.cmp;
    if (!via) {
      log(`${n} ${url}: no consent banner recognised; pass 1 only`);
      continue;
    }
    for (const [pass, decide] of [
      ['reject', 'reject'],
      ['accept', 'accept'],
    ]) {
      if (opts.delay) await ms(opts.delay);
      log(`${n} ${url}: ${decide === 'reject' ? 'Reject all' : 'Accept all'} (through ${via === 'consentry' ? 'Consentry' : `autoconsent, ${first.cmp}`})`);
      const v = await visit(browser, url, { decide, via, timeout: opts.timeout });
      page.visits[pass] = v;
      for (const p of v.problems.filter((p) => !page.problems.some((q) => q.kind === p.kind))) {
        page.problems.push(p);
        log(`${n} ${url}: ${p.kind}: ${p.message}`);
      }
    }
  }
  return pages;
}
