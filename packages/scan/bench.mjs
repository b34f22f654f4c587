// How long consentry-scan takes on 20 pages x 3 visits of a fixture site that runs Consentry
// (test/sites.mjs, many.test), on this machine: `npm run bench:scan` from the repository's root.
import { startSites } from './test/sites.mjs';
import { scan } from './test/helpers.mjs';

const sites = await startSites();
try {
  const t0 = performance.now();
  const r = await scan(['http://many.test/p/0', '--pages', '20', '--proxy', sites.proxy]);
  const seconds = (performance.now() - t0) / 1000;
  const visits = r.report.pages.reduce((n, p) => n + p.passes.length, 0);
  if (r.code !== 0 || r.report.pages.length !== 20 || visits !== 60)
    throw new Error(`unexpected scan: exit ${r.code}, ${r.report?.pages.length} pages, ${visits} visits\n${r.stderr}`);
  console.log(
    `consentry-scan: 20 pages x 3 visits in ${seconds.toFixed(1)} s (${((seconds * 1000) / visits).toFixed(0)} ms a visit), ${r.report.leaks.length} leaks`,
  );
} finally {
  await sites.close();
}
