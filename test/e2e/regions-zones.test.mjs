// The committed zone table (src/regions/zones.ts) is what this machine's IANA time zone database
// gives: a tzdata update fails this test until `node scripts/zones.mjs` is run and committed.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const TZ = '/usr/share/zoneinfo';
const run = (env = {}) =>
  new Promise((ok) =>
    execFile(process.execPath, ['scripts/zones.mjs', '--check'], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      ok({ code: error?.code ?? 0, stdout, stderr }),
    ),
  );

it('src/regions/zones.ts is current with the installed tzdata, whose version it records', async () => {
  const { code, stdout, stderr } = await run({ TZDIR: TZ });
  assert.equal(code, 0, stderr);
  const version = /^# version (\S+)/m.exec(readFileSync(`${TZ}/tzdata.zi`, 'utf8'))[1];
  assert.match(stdout, new RegExp(`current \\(tzdata ${version},`));
  assert.match(readFileSync(join(ROOT, 'src/regions/zones.ts'), 'utf8'), new RegExp(`TZDATA = "${version}"`));
});

it('--check fails when the tz database differs (another version, other links)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tzdata-'));
  try {
    for (const f of ['zone.tab', 'zone1970.tab']) copyFileSync(`${TZ}/${f}`, join(dir, f));
    writeFileSync(join(dir, 'tzdata.zi'), '# version 2000a\nL Europe/Berlin Europe/Old_Berlin\n');
    const { code, stderr } = await run({ TZDIR: dir });
    assert.equal(code, 1);
    assert.match(stderr, /is not what tzdata 2000a gives: run node scripts\/zones\.mjs/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
