// What `npm publish` would ship: the built CLI (with Consentry's catalogue bundled in), the report's
// schema and the README; no sources or tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const dir = new URL('..', import.meta.url);

test('the tarball holds the CLI, the schema and the README, and the bin runs', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' }));
  assert.deepEqual(pack.files.map((f) => f.path).sort(), ['README.md', 'dist/consentry-scan.mjs', 'dist/report.schema.json', 'package.json']);
  const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  assert.equal(pkg.bin['consentry-scan'], 'dist/consentry-scan.mjs');
  const cli = readFileSync(new URL('dist/consentry-scan.mjs', dir), 'utf8');
  assert.ok(cli.startsWith('#!/usr/bin/env node\n'));
  // The catalogue is bundled, not imported from the SDK at run time.
  assert.match(cli, /'meta-pixel'/);
  assert.doesNotMatch(cli, /from '\.\.\/\.\.\/\.\.\/src\//);
  const help = execFileSync(process.execPath, [new URL('dist/consentry-scan.mjs', dir).pathname, '--help'], { encoding: 'utf8' });
  assert.match(help, /^Usage: consentry-scan URL \[options\]/);
});
