// Where the drop-in's script tag goes, measured: Lighthouse (bench/lighthouse.mjs's settings, the
// mobile profile) on `npm start`'s demo page with the drop-in loaded blocking, `defer` (the quick
// start), `async fetchpriority="high"`, and without it. The same HTML each time, rewritten as it
// is served; medians of N runs, interleaved. docs/performance.md#where-the-script-goes cites it.
//
//   node bench/placement.mjs [runs]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { lighthouseOnce, withoutConsentry } from './lighthouse.mjs';
import { median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2]) || 5;
const html = readFileSync(ROOT + 'demo/index.html', 'utf8');
const TAG = /<script defer src="([^"]*consentry\.js)"([^>]*)><\/script>/;
if (!TAG.test(html)) throw new Error('demo/index.html no longer loads the drop-in with defer: update bench/placement.mjs');

/** The demo's own script runs after the drop-in in every variant: deferred, as in the demo. */
export const PLACEMENTS = {
  blocking: html.replace(TAG, '<script src="$1"$2></script>'),
  defer: html,
  async: html.replace(TAG, '<script async fetchpriority="high" src="$1"$2></script>'),
  without: withoutConsentry(html).html,
};

const server = await serve({
  root: ROOT,
  route(req, res) {
    const url = new URL(req.url, 'http://x');
    const variant = url.pathname === '/demo/' && PLACEMENTS[url.searchParams.get('placement')];
    if (!variant) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(variant);
    return true;
  },
});
const origin = `http://127.0.0.1:${server.address().port}`;
const results = Object.fromEntries(Object.keys(PLACEMENTS).map((p) => [p, []]));
for (let i = 0; i < runs; i++)
  for (const p of Object.keys(PLACEMENTS)) results[p].push(await lighthouseOnce(`${origin}/demo/?placement=${p}`));
server.close();

console.log(`| placement | performance | FCP, ms | LCP, ms | TBT, ms | CLS |\n|---|--:|--:|--:|--:|--:|`);
for (const [p, rs] of Object.entries(results)) {
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(`| ${p} | ${m('performance')} | ${Math.round(m('fcp'))} | ${Math.round(m('lcp'))} | ${Math.round(m('tbt'))} | ${m('cls').toFixed(3)} |`);
}
