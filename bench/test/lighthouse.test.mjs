// The Lighthouse runner must not rot: one run of one demo page with and without Consentry gives
// every figure, and the page "without" really is without (its script tag gone, none of Consentry's
// files requested). Scores and times are never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PAGES, runLighthouse, withoutConsentry } from '../lighthouse.mjs';

test('withoutConsentry takes out the drop-in, a preload and a loader snippet, and nothing else', () => {
  const html = `<head>
<link rel="stylesheet" href="../demo.css" />
<link rel="preload" as="script" href="/dist/consentry.lang.de.js">
<script src="../dist/consentry.js" data-policy-url="#privacy"></script>
<script type="application/json" id="consentry-config">{"categories":{}}</script>
<script>var s = document.createElement('script'); s.src = '/dist/consentry.js'; document.head.append(s);</script>
<script type="text/plain" data-consent="analytics" src="analytics.js"></script>
<script src="demo.js"></script>
</head>`;
  const { html: out, removed } = withoutConsentry(html);
  assert.equal(removed, 3);
  assert.doesNotMatch(out, /consentry(\.[\w-]+)*\.js/);
  for (const kept of ['demo.css', 'id="consentry-config"', 'analytics.js', 'demo.js']) assert.ok(out.includes(kept), kept);
});

test('one Lighthouse run of the gating demo, with and without Consentry, reports every figure', { timeout: 240_000 }, async () => {
  const result = await runLighthouse({ runs: 1, pages: ['gating'], peers: false, log: () => {} });
  assert.deepEqual(result.rows.map((r) => r.id), ['gating', 'gating-without']);
  for (const row of result.rows) {
    assert.equal(row.runs, 1, `${row.name}: ${JSON.stringify(row.raw)}`);
    for (const k of ['performance', 'accessibility', 'fcp', 'lcp', 'tbt', 'cls']) assert.equal(typeof row.median[k], 'number', `${row.name}: ${k}`);
  }
  const [withIt, without] = result.rows.map((r) => r.raw[0].requests.map((u) => new URL(u).pathname));
  assert.ok(withIt.includes('/dist/consentry.js'), 'the page with Consentry loaded the drop-in');
  assert.deepEqual(without.filter((p) => /consentry/.test(p)), [], 'the page without Consentry loaded none of its files');
  assert.equal(result.rows[1].removed, 1, 'one script tag taken out');
  // The targets are judged (PASS or FAIL) for the page.
  const judged = result.targets.filter((t) => t.page === DEMO_PAGES.find((p) => p.id === 'gating').name);
  assert.equal(judged.length, 5);
  for (const t of judged) assert.equal(typeof t.holds, 'boolean');
  assert.match(result.chromium, /^\d+\./);
});
