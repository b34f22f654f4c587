// What each source module adds to the drop-in: builds dist/consentry.js again (to a temporary
// folder, with a source map) and prints its minified bytes per source file, largest first.
// `npm run size:modules`; the table in docs/performance.md comes from it.
import { rollup } from 'rollup';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import config from '../rollup.config.mjs';

const dropIn = config.find((c) => c.output?.file === 'dist/consentry.js');
const dir = mkdtempSync(join(tmpdir(), 'consentry-size-'));
const file = join(dir, 'consentry.js');
try {
  // The compile hint plugin returns no source map; the bytes it adds are one comment.
  const bundle = await rollup({ ...dropIn, plugins: dropIn.plugins.filter((p) => p.name !== 'compile-hints') });
  await bundle.write({ ...dropIn.output, file, sourcemap: true });
  await bundle.close();
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
  const bytes = new Map();
  const add = (source, n) => bytes.set(source, (bytes.get(source) ?? 0) + n);
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((group, line) => {
    // Each segment maps from its column to the next segment's (or the line's end).
    const segments = [];
    let col = 0;
    for (const segment of group ? group.split(',') : []) {
      const fields = [];
      for (let i = 0, shift = 0, value = 0; i < segment.length; i++) {
        const digit = B64.indexOf(segment[i]);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([col, fields.length > 1 ? map.sources[source] : null]);
    }
    const text = lines[line] ?? '';
    if (!segments.length) add(null, text.length);
    else if (segments[0][0] > 0) add(null, segments[0][0]);
    segments.forEach(([at, src], i) => add(src, (segments[i + 1]?.[0] ?? text.length) - at));
  });
  const name = (s) => (s ? s.replace(/^.*?\/(src|node_modules)\//, '$1/').replace(/^\0/, '') : '(bundle code)');
  const rows = [...bytes].map(([s, n]) => [name(s), n]).sort((a, b) => b[1] - a[1]);
  console.log(`dist/consentry.js: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip (without the compile hint)`);
  for (const [s, n] of rows) console.log(`${String(n).padStart(6)} ${((n / code.length) * 100).toFixed(1).padStart(5)} %  ${s}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
