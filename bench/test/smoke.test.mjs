// The benchmark must not rot: `node bench/run.mjs --runs 1` completes against the built drop-in
// and the pinned peers, and gives every tool a row of numbers. Times are never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLOOR, SDKS } from '../sdks.mjs';
import { METRICS } from '../report.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs a script of the repository with Node; resolves with its exit code and output. */
const node = (args, timeout) =>
  new Promise((ok) =>
    execFile(process.execPath, args, { cwd: ROOT, timeout }, (err, stdout, stderr) => ok({ code: err ? err.code ?? 1 : 0, stdout, stderr })),
  );

test('node bench/run.mjs --runs 1 --no-lighthouse completes with a numeric row per SDK', { timeout: 110_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  try {
    const { code, stdout, stderr } = await node(['bench/run.mjs', '--runs', '1', '--no-lighthouse', '--out', out], 105_000);
    assert.equal(code, 0, `bench exited with ${code}\n${stderr}`);
    const result = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    assert.deepEqual(Object.keys(result.profiles), ['desktop', 'mobile']);
    for (const [id, row] of Object.values(result.profiles).flatMap((rows) => Object.entries(rows))) {
      assert.equal(row.runs, 1, `${id}: the load failed: ${JSON.stringify(row.raw)}`);
      // The floor gates nothing: it has no accept → gated figure and loads no pixel.
      const gates = id !== FLOOR.id;
      for (const m of METRICS) if (gates || m.key !== 'acceptToGated') assert.equal(typeof row.median[m.key], 'number', `${id}: ${m.key} is ${row.median[m.key]}`);
      // CLS counts every shift; the shifts not flagged as after input are a part of it.
      assert.ok(row.median.cls >= row.median.clsNoInput, `${id}: CLS ${row.median.cls} < ${row.median.clsNoInput} without input`);
      // Each tool's gating really held the tracker back until the click, and then let it run.
      assert.equal(row.leaked, false, `${id} ran the gated script or pixel before consent`);
      assert.equal(row.raw[0].pixel, gates, gates ? `${id} never loaded the gated pixel after "Accept all"` : 'the floor loaded the pixel');
      assert.deepEqual(row.raw[0].errors, [], `${id} threw on the page`);
    }
    for (const rows of Object.values(result.profiles)) assert.deepEqual(Object.keys(rows).sort(), [...SDKS, FLOOR].map((s) => s.id).sort());
    // The floor is a reference, never a peer: the fastest and the smallest peer come from the peers' rows alone.
    const peers = SDKS.filter((s) => s.id !== 'consentry').map((s) => result.profiles.mobile[s.id]);
    assert.equal(result.targets.visible.fastestPeer, Math.min(...peers.map((r) => r.median.visible)), 'the fastest peer is not a peer');
    assert.equal(result.targets.smallest.smallestPeer, Math.min(...peers.map((r) => r.median.bytes)), 'the smallest peer is not a peer');
    assert.equal(typeof result.targets.floor?.visible, 'number', 'the floor was not reported with the targets');
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
