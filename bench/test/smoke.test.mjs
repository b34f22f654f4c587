// The benchmark must not rot: `node bench/run.mjs --runs 1` completes against the built drop-in
// and the pinned peers, and gives every tool a row of numbers. Times are never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWN_ROWS, SDKS, VARIANTS } from '../sdks.mjs';
import { METRICS } from '../report.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs a script of the repository with Node; resolves with its exit code and output. */
const node = (args, timeout) =>
  new Promise((ok) =>
    execFile(process.execPath, args, { cwd: ROOT, timeout }, (err, stdout, stderr) => ok({ code: err ? err.code ?? 1 : 0, stdout, stderr })),
  );

test('node bench/run.mjs --runs 1 --no-lighthouse completes with a numeric row per SDK', { timeout: 200_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  try {
    const { code, stdout, stderr } = await node(['bench/run.mjs', '--runs', '1', '--no-lighthouse', '--out', out], 195_000);
    assert.equal(code, 0, `bench exited with ${code}\n${stderr}`);
    const result = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    assert.deepEqual(Object.keys(result.profiles), ['desktop', 'mobile']);
    for (const [id, row] of Object.values(result.profiles).flatMap((rows) => Object.entries(rows))) {
      assert.equal(row.runs, 1, `${id}: the load failed: ${JSON.stringify(row.raw)}`);
      const sdk = [...SDKS, ...VARIANTS].find((s) => s.id === id);
      // The floor, the pages without gated tags and the harness's own row gate nothing: no pixel,
      // no accept → gated. A returning visitor has no banner and clicks nothing, but the stored
      // decision lets the gated tags run.
      const gates = sdk.gates !== false;
      for (const m of METRICS) {
        const none = (m.key === 'acceptToGated' && (!gates || sdk.returning)) || (m.key === 'visible' && sdk.returning);
        assert.equal(typeof row.median[m.key], none ? 'object' : 'number', `${id}: ${m.key} is ${row.median[m.key]}`);
      }
      // CLS counts every shift; the shifts not flagged as after input are a part of it.
      assert.ok(row.median.cls >= row.median.clsNoInput, `${id}: CLS ${row.median.cls} < ${row.median.clsNoInput} without input`);
      // Each tool's gating really held the tracker back until the click, and then let it run.
      assert.equal(row.leaked, false, `${id} ran the gated script or pixel before consent`);
      assert.equal(row.raw[0].pixel, gates, gates ? `${id} never loaded the gated pixel after "Accept all"` : `${id} loaded the pixel`);
      assert.deepEqual(row.raw[0].errors, [], `${id} threw on the page`);
    }
    for (const rows of Object.values(result.profiles)) assert.deepEqual(Object.keys(rows).sort(), [...SDKS.map((s) => s.id), ...OWN_ROWS].sort());
    // The floor is a reference, never a peer: the fastest and the smallest peer come from the peers' rows alone.
    const peers = SDKS.filter((s) => s.id !== 'consentry').map((s) => result.profiles.mobile[s.id]);
    assert.equal(result.targets.visible.fastestPeer, Math.min(...peers.map((r) => r.median.visible)), 'the fastest peer is not a peer');
    assert.equal(result.targets.smallest.smallestPeer, Math.min(...peers.map((r) => r.median.bytes)), 'the smallest peer is not a peer');
    assert.equal(typeof result.targets.floor?.visible, 'number', 'the floor was not reported with the targets');
    // A returning visitor's own script time is the row's minus the harness's.
    assert.deepEqual(result.targets.returning.map((r) => r.id), ['consentry-returning', 'consentry-returning-no-gated']);
    for (const r of result.targets.returning) assert.equal(r.own, r.script - result.profiles.mobile['none-returning'].median.script, `${r.id}: its own script time`);
    assert.ok(result.profiles.mobile.consentry.median.bytes > 0, 'the drop-in was not counted');
    assert.equal(typeof result.targets?.visible?.holds, 'boolean', 'the mobile targets were not judged');
    assert.match(readFileSync(join(out, 'latest.md'), 'utf8'), /\| Consentry .*\|/);
    assert.match(stdout, /first layer, gzip B/);
    // The 1,000-gated-elements benchmark is part of the same output.
    assert.equal(result.gating.status, 'done', `bench/gating.mjs: ${result.gating.status}\n${result.gating.stderr || ''}`);
    for (const k of ['activate', 'load']) assert.equal(typeof result.gating.json[k], 'number', `gating ${k}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('node bench/throttle-cost.mjs completes and prints its four figures', { timeout: 60_000 }, async () => {
  const { code, stdout, stderr } = await node(['bench/throttle-cost.mjs', '--runs', '1', '--idle', '1'], 55_000);
  assert.equal(code, 0, `throttle-cost exited with ${code}\n${stderr}`);
  for (const rate of ['1×', '4×']) {
    assert.match(stdout, new RegExp(`idle page at ${rate} CPU: (renderer processes used [\\d.]+ CPU s|renderer CPU time not readable)`));
    assert.match(stdout, new RegExp(`first document.cookie read at ${rate} CPU, ms: shortest +[\\d.]+ +median +[\\d.]+ +longest +[\\d.]+`));
  }
});
