// What a site owner installs: `npm pack` of this package (as `npm publish` makes it, from the
// built dist/; `prepack` builds a fresh clone), installed with `npm install` into an empty folder
// (its dependencies from the registry). The entry points load as docs/frameworks.md says: Node
// can `require()` and `import` `consentry/server`, the rest are ES modules; and the install
// stays small.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { sample, text } from '../shared/records.mjs';

const pkg = JSON.parse(readFileSync(ROOT + 'package.json', 'utf8'));
let dir;
let tarball;
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (args, cwd = dir) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });

/** Bytes of the files under `path`. */
const size = (path) =>
  readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-pack-'));
  // dist/ is already built (build first, as for every whole-page test): skip `prepack`'s build.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT));
  tarball = join(dir, packed.filename);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', private: true }));
  npm(['install', '--no-audit', '--no-fund', tarball], dir);
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('builds on prepack, and says where it comes from', () => {
    assert.match(pkg.scripts.prepack, /\bnpm run -s build\b/);
    for (const field of ['repository', 'homepage', 'bugs', 'keywords']) assert.ok(pkg[field], field);
  });

  it('holds dist/: the drop-in, its parts, the ES modules, the CommonJS server and the types', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const file of [
      'dist/consentry.js',
      'dist/consentry.preferences.js',
      'dist/consentry.lang.de.js',
      'dist/consentry.mjs',
      'dist/consentry.d.ts',
      'dist/react.d.ts',
      'dist/vue.d.ts',
      'dist/svelte.d.ts',
      'dist/server.mjs',
      'dist/server.cjs',
      'dist/server.d.cts',
      'custom-elements.json',
      'package.json',
      'README.md',
      'LICENSE',
    ])
      assert.ok(files.includes('package/' + file), file);
    assert.ok(files.length > 100, String(files.length));
  });

  it('lets Node require() and import() consentry/server, which read the same cookie', () => {
    const cookie = 'consentry=' + encodeURIComponent(text({ ...sample, revision: '1' }));
    const required = node(['-e', `const { readConsent } = require('consentry/server'); console.log(JSON.stringify(readConsent(${JSON.stringify(cookie)})))`]);
    const imported = node([
      '--input-type=module',
      '-e',
      `const { readConsent } = await import('consentry/server'); console.log(JSON.stringify(readConsent(${JSON.stringify(cookie)})))`,
    ]);
    assert.equal(required, imported);
    const record = JSON.parse(required);
    assert.deepEqual(record.categories, { necessary: true, analytics: true, advertising: false });
    assert.equal(node(['-e', `console.log(require('consentry/server').readConsent(''))`]).trim(), 'null');
  });

  it('exports its package.json, and says plainly that the browser entry points are not for require()', () => {
    assert.equal(node(['-e', `console.log(require('consentry/package.json').version)`]).trim(), pkg.version);
    const out = node(['-e', `try { require('consentry'); } catch (e) { console.log(e.code); }`]).trim();
    assert.equal(out, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
    assert.match(node(['--input-type=module', '-e', `console.log(Object.keys(await import('consentry')).includes('acceptAll'))`]), /true/);
  });

  // Fails while the collector's database drivers are optional dependencies of `consentry`: they
  // move to a package of their own (`consentry-collector`).
  it('adds under 5 MB to a site: consentry and its dependencies', () => {
    const bytes = size(join(dir, 'node_modules'));
    assert.ok(bytes < 5 * 1024 * 1024, `node_modules is ${(bytes / 1024 / 1024).toFixed(1)} MB: ${readdirSync(join(dir, 'node_modules')).join(', ')}`);
  });
});
