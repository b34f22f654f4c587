// consentry-scan reads a site's sitemaps (robots.txt's Sitemap lines and /sitemap.xml, indexes
// too), keeps this site's pages only, stays bounded on hostile ones, and says where each page came from.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSites } from './sites.mjs';
import { scan } from './helpers.mjs';

let sites;
before(async () => (sites = await startSites()));
after(() => sites.close());

test('the sitemap: same-site pages from robots.txt, /sitemap.xml, an index and a gzipped file; loops, depth, size and other sites bounded and reported', async () => {
  const r = await scan(['http://map.test/', '--proxy', sites.proxy, '--timeout', '20000', '--pages', '12']);
  assert.equal(r.code, 0, r.stderr);
  const found = Object.fromEntries(r.report.pages.map((p) => [p.url, p.foundBy]));
  assert.deepEqual(found, {
    'http://map.test/': 'start',
    'http://map.test/d': 'sitemap',
    'http://map.test/a': 'sitemap',
    'http://map.test/b?x=1&y=2': 'sitemap',
    'http://map.test/c': 'sitemap',
    'http://map.test/e': 'sitemap',
    // Links are followed after the sitemap's pages; another site's are not.
    'http://map.test/about': 'link',
  });
  assert.ok(!sites.state.hits.some((h) => h.startsWith('elsewhere.test')), 'nothing of another site is fetched');
  assert.ok(!sites.state.hits.includes('map.test/too-deep.xml'), 'an index nested too deep is not read');
  const files = Object.fromEntries(r.report.sitemaps.map((f) => [f.url, f]));
  const problems = (url) => files[url]?.problems.join(' | ');
  assert.equal(files['http://map.test/sitemap.xml'].pages, 2);
  assert.equal(files['http://map.test/pages.xml.gz'].pages, 1);
  assert.match(problems('http://elsewhere.test/sitemap.xml'), /on another site: not read/);
  assert.match(problems('http://map.test/sitemap-pages.xml'), /2 URLs not on this site: not scanned/);
  assert.ok(r.report.sitemaps.some((f) => f.url === 'http://map.test/sitemap-index.xml' && /a loop/.test(f.problems.join())));
  assert.match(problems('http://map.test/huge.xml'), /longer than 10000000 characters: only the beginning was read/);
  assert.match(problems('http://map.test/missing.xml'), /could not be read \(404\)/);
  assert.match(problems('http://map.test/deeper-index.xml'), /1 sitemap nested more than 2 deep: not read/);
  assert.match(r.stderr, /sitemap http:\/\/map\.test\/huge\.xml: 0 page\(s\); longer than/);
  assert.match(r.html, /Found through the sitemap\./);
  assert.match(r.html, /Sitemaps read:/);
});

test('--pages bounds what the sitemap adds', async () => {
  const r = await scan(['http://map.test/', '--proxy', sites.proxy, '--timeout', '20000', '--pages', '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    r.report.pages.map((p) => p.url),
    ['http://map.test/', 'http://map.test/d'],
  );
});
