// Installs the benchmark's own dependencies (bench/package.json: the peer consent tools and
// Lighthouse) when they are missing or older than bench/package-lock.json, so that `npm run bench`
// and `npm run test:bench` work on a fresh clone. They are not the product's dependencies: the
// root `npm ci` does not install them.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const lock = BENCH + 'package-lock.json';
// npm writes this file at the end of every install: it says what node_modules/ holds.
const installed = BENCH + 'node_modules/.package-lock.json';

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.error('bench: installing the benchmark\'s dependencies (npm ci --prefix bench)');
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  // Under `npm run`, the root project's settings arrive as npm_config_* variables; the root
  // .npmrc's legacy-peer-deps would leave Lighthouse's peer dependencies uninstalled here.
  const env = { ...process.env };
  delete env.npm_config_legacy_peer_deps;
  delete env.npm_config_local_prefix;
  execFileSync(npm[0], [...npm[1], 'ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit', env });
}
