// The crawl: the start URL (or a list), then the sitemap's pages and same-site links; each page
// visited up to four times (no choice; with Global Privacy Control where the site's rules are
// opt-out or notice; Reject all; Accept all). Visits run in a small pool (--parallel), one
// started per --delay at most; robots.txt honoured unless told otherwise.
import { siteOf } from './parties.mjs';
import { visit } from './passes.mjs';

const ms = (n) => new Promise((r) => setTimeout(r, n));

/** How much of one sitemap is read (characters, after decompression): the protocol's own limit is 50 MB. */
const SITEMAP_CHARS = 10_000_000;
/** How many sitemap files are read at most (an index and the sitemaps it names). */
const SITEMAP_FILES = 20;
/** How deep sitemap indexes may nest: an index names sitemaps, which name pages; an index in an index is read, no deeper. */
const SITEMAP_DEPTH = 2;

/** robots.txt: its Disallow lines for every user agent (`*`), as path prefixes, and its Sitemap lines. */
async function robots(origin, get) {
  const rules = [];
  const sitemaps = [];
  const res = await get(new URL('/robots.txt', origin), 500_000).catch(() => null);
  if (!res?.ok) return { rules, sitemaps };
  let applies = false;
  for (const raw of res.text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const [k, ...rest] = line.split(':');
    const key = k.toLowerCase();
    const val = rest.join(':').trim();
    if (key === 'user-agent') applies = val === '*';
    else if (key === 'disallow' && applies && val) rules.push(val);
    // Sitemap lines belong to no group.
    else if (key === 'sitemap' && val && sitemaps.length < SITEMAP_FILES) sitemaps.push(val);
  }
  return { rules, sitemaps };
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

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (s) =>
  s
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim()
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => XML_ENTITIES[e]);

/**
 * The pages a site's sitemaps list: those robots.txt names, and /sitemap.xml. Same-site URLs
 * only; sitemap indexes followed SITEMAP_DEPTH deep; each file read to SITEMAP_CHARS, at most
 * SITEMAP_FILES files, each once (an index that names itself or a parent is a loop, not read
 * again). Returns the page URLs (at most `want`) and what was read from where, with its problems.
 */
async function readSitemaps(start, named, site, get, want) {
  const todo = [...named, new URL('/sitemap.xml', start).href].map((url, i) => ({ url, depth: 0, named: i < named.length }));
  const read = new Set();
  const urls = [];
  const found = new Set();
  const files = [];
  while (todo.length && urls.length < want) {
    const { url, depth, named: isNamed } = todo.shift();
    let key;
    try {
      key = new URL(url).href;
    } catch {
      files.push({ url, pages: 0, problems: ['not a URL'] });
      continue;
    }
    if (read.has(key)) {
      if (isNamed || depth) files.push({ url: key, pages: 0, problems: ['named again (a loop): read once'] });
      continue;
    }
    if (!normalise(key, site)) {
      files.push({ url: key, pages: 0, problems: ['on another site: not read'] });
      continue;
    }
    if (read.size >= SITEMAP_FILES) {
      files.push({ url: key, pages: 0, problems: [`more than ${SITEMAP_FILES} sitemap files: not read`] });
      continue;
    }
    read.add(key);
    const res = await get(key, SITEMAP_CHARS).catch((e) => ({ ok: false, status: 0, error: String(e?.message ?? e) }));
    if (!res.ok) {
      // /sitemap.xml is only tried: its absence is no problem. One that robots.txt or an index names is.
      if (isNamed || depth) files.push({ url: key, pages: 0, problems: [`could not be read (${res.status || res.error || 'no answer'})`] });
      continue;
    }
    const index = /<sitemapindex[\s>]/i.test(res.text);
    const isMap = index || /<urlset[\s>]/i.test(res.text);
    // Many sites answer any path with a page: /sitemap.xml is then simply absent.
    if (!isMap && !isNamed && !depth) continue;
    const file = { url: key, pages: 0, problems: [] };
    files.push(file);
    if (res.truncated) file.problems.push(`longer than ${SITEMAP_CHARS} characters: only the beginning was read`);
    if (!isMap) {
      file.problems.push('neither a sitemap (<urlset>) nor a sitemap index (<sitemapindex>)');
      continue;
    }
    let offSite = 0;
    let deep = 0;
    for (const m of res.text.matchAll(/<loc>([^<]*(?:<!\[CDATA\[[\s\S]*?\]\]>)?[^<]*)<\/loc>/gi)) {
      const loc = unxml(m[1]);
      if (index) {
        if (depth + 1 > SITEMAP_DEPTH) deep++;
        else todo.push({ url: loc, depth: depth + 1, named: false });
        continue;
      }
      const u = normalise(loc, site);
      if (!u) offSite++;
      else if (!found.has(u) && urls.length < want) {
        found.add(u);
        urls.push(u);
        file.pages++;
      }
    }
    if (offSite) file.problems.push(`${offSite} URL${offSite === 1 ? '' : 's'} not on this site: not scanned`);
    if (deep) file.problems.push(`${deep} sitemap${deep === 1 ? '' : 's'} nested more than ${SITEMAP_DEPTH} deep: not read`);
  }
  return { urls, files };
}

/** The rules a page's first visit is judged by: its Consentry mode, or opt-in where Consentry is absent. */
const rulesOf = (v) => (v.consentry && ['opt-out', 'notice', 'none'].includes(v.consentry.mode) ? v.consentry.mode : 'opt-in');

const NAMES = { gpc: 'no choice, with Global Privacy Control', reject: 'Reject all', accept: 'Accept all' };

/**
 * Scans the site. `log` gets one line per event; returns the pages (each with its visits by pass,
 * its rules, how it was found and its problems) and the sitemaps read.
 */
export async function crawl(browser, opts, log) {
  const start = new URL(opts.urls[0]);
  const site = siteOf(start.hostname);
  const { rules: disallowed, sitemaps: named } = await robots(start.origin, opts.fetch);
  const queue = opts.urls.map((url, i) => ({ url, foundBy: i === 0 && !opts.fixedList ? 'start' : 'list' }));
  const seen = new Set(opts.urls);
  let sitemaps = [];
  if (!opts.fixedList) {
    const map = await readSitemaps(start.href, named, site, opts.fetch, opts.pages);
    sitemaps = map.files;
    for (const f of map.files) log(`sitemap ${f.url}: ${f.pages} page(s)${f.problems.length ? '; ' + f.problems.join('; ') : ''}`);
    for (const url of map.urls)
      if (!seen.has(url)) {
        seen.add(url);
        queue.push({ url, foundBy: 'sitemap' });
      }
  }
  const pages = [];
  // Decided visits waiting for a slot; they go before new pages, so that a page finishes early.
  const jobs = [];
  let inflight = 0;
  let nextStart = 0;
  const waiting = [];
  const tag = (page) => `[${page.n}/${Math.min(opts.pages, pages.length + queue.length)}] ${page.url}`;

  const take = () => {
    if (jobs.length) return jobs.shift();
    while (queue.length && pages.length < opts.pages) {
      const { url, foundBy } = queue.shift();
      const page = { url, n: pages.length + 1, foundBy, visits: {}, problems: [], consentTool: null, rules: 'opt-in' };
      pages.push(page);
      const path = new URL(url).pathname;
      if (!opts.ignoreRobots && disallowed.some((d) => path.startsWith(d))) {
        page.problems.push({ kind: 'robots', message: 'robots.txt disallows it (--ignore-robots scans it anyway)' });
        log(`${tag(page)}: skipped, robots.txt disallows it`);
        continue;
      }
      return { page, pass: 'no-choice' };
    }
    return null;
  };

  const firstVisit = async (page) => {
    log(`${tag(page)}: no choice`);
    const first = await visit(browser, page.url, { decide: null, timeout: opts.timeout, screenshot: true });
    page.visits['no-choice'] = first;
    const fatal = first.problems.find((p) => p.kind !== 'cookie-flood');
    if (!fatal && first.finalUrl && siteOf(new URL(first.finalUrl).hostname) !== site)
      first.problems.push({ kind: 'off-site', message: `redirected off the site, to ${first.finalUrl}` });
    page.problems.push(...first.problems);
    for (const p of first.problems) log(`${tag(page)}: ${p.kind}: ${p.message}`);
    if (page.problems.some((p) => p.kind !== 'cookie-flood')) return;
    if (!opts.fixedList)
      for (const href of first.links ?? []) {
        const u = normalise(href, site);
        if (u && !seen.has(u)) {
          seen.add(u);
          queue.push({ url: u, foundBy: 'link' });
        }
      }
    page.rules = rulesOf(first);
    const via = first.consentry ? 'consentry' : first.cmp ? 'autoconsent' : null;
    page.consentTool = first.consentry ? 'Consentry' : first.cmp;
    page.via = via;
    // Under opt-out and notice rules tracking may run before a choice, but not selling or sharing
    // once the browser has said no: the first visit is judged again with GPC on.
    if (page.rules !== 'opt-in') jobs.push({ page, pass: 'gpc' });
    if (!via) {
      log(`${tag(page)}: no consent banner recognised; pass 1 only`);
      return;
    }
    jobs.push({ page, pass: 'reject' }, { page, pass: 'accept' });
  };

  const laterVisit = async (page, pass) => {
    const how = page.via === 'consentry' ? 'Consentry' : `autoconsent, ${page.consentTool}`;
    log(`${tag(page)}: ${NAMES[pass]}${pass === 'gpc' ? '' : ` (through ${how})`}`);
    const v =
      pass === 'gpc'
        ? await visit(browser, page.url, { decide: null, timeout: opts.timeout, gpc: true })
        : await visit(browser, page.url, { decide: pass, via: page.via, timeout: opts.timeout });
    page.visits[pass] = v;
    for (const p of v.problems.filter((p) => !page.problems.some((q) => q.kind === p.kind))) {
      page.problems.push(p);
      log(`${tag(page)}: ${p.kind}: ${p.message}`);
    }
  };

  const worker = async () => {
    for (;;) {
      const job = take();
      if (!job) {
        if (!inflight) return;
        // Another visit may still add pages (links) or decided visits.
        await new Promise((r) => waiting.push(r));
        continue;
      }
      inflight++;
      try {
        // Polite: visits start at most one per --delay.
        const wait = nextStart - Date.now();
        nextStart = Math.max(Date.now(), nextStart) + opts.delay;
        if (wait > 0) await ms(wait);
        await (job.pass === 'no-choice' ? firstVisit(job.page) : laterVisit(job.page, job.pass));
      } finally {
        inflight--;
        for (const wake of waiting.splice(0)) wake();
      }
    }
  };
  await Promise.all(Array.from({ length: opts.parallel }, worker));
  return { pages, sitemaps };
}
