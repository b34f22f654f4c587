// Runs the built CLI as a user would, and reads what it wrote.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'consentry-scan.mjs');

/**
 * Runs `consentry-scan args`; resolves with the exit code, stderr, and the written files.
 * `onChild` gets the process as it starts (the benchmark samples its tree).
 */
export function scan(args, env = {}, onChild = () => {}) {
  const out = mkdtempSync(join(tmpdir(), 'consentry-scan-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--out', out, '--delay', '0', ...args], { env: { ...process.env, ...env } });
    onChild(child);
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const read = (f) => {
        try {
          return readFileSync(join(out, f), 'utf8');
        } catch {
          return null;
        }
      };
      const json = read('report.json');
      const config = read('consent-config.json');
      resolve({ code, stderr, stdout, out, report: json && JSON.parse(json), html: read('report.html'), config: config && JSON.parse(config) });
    });
  });
}
