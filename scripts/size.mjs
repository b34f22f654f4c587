// The size budget of the drop-in, checked in CI: prints the gzip sizes and fails over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024;
/** The size each UI language file should stay within (a target: reported, not failed). */
const LANG_TARGET = 1536;
const dist = new URL('../dist/', import.meta.url);
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

let failed = false;
const LANG = /^consentry\.lang\..+\.js$/;
for (const file of readdirSync(dist)
  .filter((f) => /\.m?js$/.test(f) && !LANG.test(f))
  .sort()) {
  const size = gz(file);
  const budget = file === 'consentry.js' ? BUDGET : null;
  if (budget && size > budget) failed = true;
  console.log(`${file.padEnd(32)} ${String(size).padStart(6)} B gzip${budget ? ` (budget ${budget} B${size > budget ? ', OVER' : ''})` : ''}`);
}
// The entry points of the package (`exports`): each file, and what an app's bundle gets when it
// imports it (the file and everything it imports statically, shared with the other entry points;
// the parts under dist/esm/ that load on demand, React and Vue not counted).
const staticImports = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(new URL(file, dist), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g))
    staticImports(new URL(m[1], new URL(file, dist)).href.slice(dist.href.length), seen);
  return seen;
};
for (const entry of ['consentry.mjs', 'react.mjs', 'vue.mjs', 'store.mjs', 'server.mjs']) {
  const files = [...staticImports(entry)];
  const all = gzipSync(Buffer.concat(files.map((f) => readFileSync(new URL(f, dist)))), { level: 9 }).length;
  const name = entry === 'consentry.mjs' ? 'consentry' : 'consentry/' + entry.slice(0, -4);
  console.log(`${('import ' + name).padEnd(32)} ${String(all).padStart(6)} B gzip with its static imports (${files.length} files)`);
}
// The UI language files (one per language, loaded on demand): only the largest is printed.
const langs = readdirSync(dist)
  .filter((f) => LANG.test(f))
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1]);
if (langs.length) {
  const [file, size] = langs[0];
  console.log(
    `${'consentry.lang.*.js'.padEnd(32)} ${String(size).padStart(6)} B gzip, the largest of ${langs.length} (${file}; target ${LANG_TARGET} B${size > LANG_TARGET ? ', OVER' : ''})`,
  );
}
if (failed) {
  console.error('size: dist/consentry.js is over its budget');
  process.exit(1);
}
