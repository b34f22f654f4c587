// Runs bench/collector.mjs against a throw-away PostgreSQL server started here (as the tests do),
// for machines without a DATABASE_URL: `node bench/collector-local.mjs`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { postgres } from '../packages/collector/test/helpers.mjs';

const server = await postgres();
if (!server.url) throw new Error(server.missing);
try {
  const bench = fileURLToPath(new URL('collector.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [bench], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.url } });
  process.exitCode = r.status ?? 1;
} finally {
  await server.stop();
}
