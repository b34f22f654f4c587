// The size budget of the drop-in, checked in CI: prints the gzip sizes and fails over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024;
const dist = new URL('../dist/', import.meta.url);
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

let failed = false;
for (const file of readdirSync(dist).filter((f) => /\.m?js$/.test(f)).sort()) {
  const size = gz(file);
  const budget = file === 'consentry.js' ? BUDGET : null;
  if (budget && size > budget) failed = true;
  console.log(`${file.padEnd(32)} ${String(size).padStart(6)} B gzip${budget ? ` (budget ${budget} B${size > budget ? ', OVER' : ''})` : ''}`);
}
if (failed) {
  console.error('size: dist/consentry.js is over its budget');
  process.exit(1);
}
