// consentry-scan's answers to bad input: pages that fail are reported and the scan goes on; bad
// usage, no browser and an unreachable site end it with their exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startSites } from './sites.mjs';
import { scan } from './helpers.mjs';

let sites;
before(async () => (sites = await startSites()));
after(() => sites.close());

const run = (url, ...args) => scan([url, '--proxy', sites.proxy, '--timeout', '5000', ...args]);

test('bad pages are reported in the report and on stderr, and the scan goes on (pages from --urls)', async () => {
  const list = join(mkdtempSync(join(tmpdir(), 'scan-urls-')), 'urls.txt');
  writeFileSync(
    list,
    ['# the bad inputs, then a good page', ...['/data.json', '/away', '/slow', '/flood', '/gone', '/private', '/fine'].map((p) => 'http://bad.test' + p)].join(
      '\n',
    ),
  );
  const r = await scan(['--urls', list, '--proxy', sites.proxy, '--timeout', '15000']);
  assert.equal(r.code, 0, r.stderr);
  const problems = Object.fromEntries(r.report.pages.map((p) => [new URL(p.url).pathname, p.problems.map((x) => x.kind)]));
  assert.deepEqual(problems['/data.json'], ['not-html']);
  assert.deepEqual(problems['/away'], ['off-site']);
  assert.deepEqual(problems['/slow'], ['timeout']);
  assert.deepEqual(problems['/gone'], ['unreachable']);
  assert.deepEqual(problems['/flood'], ['cookie-flood']);
  assert.deepEqual(problems['/fine'], []);
  assert.deepEqual(problems['/private'], ['robots'], 'robots.txt is honoured');
  assert.match(r.stderr, /private: skipped, robots\.txt disallows it/);
  assert.equal(r.report.pages.length, 7, 'only the listed pages');
  for (const kind of ['not-html', 'off-site', 'timeout', 'unreachable', 'cookie-flood']) assert.match(r.stderr, new RegExp(`: ${kind}: `));
  // The flood's page is still scanned (bounded), and so is the page after it.
  const flood = r.report.pages.find((p) => p.url.endsWith('/flood'));
  assert.ok(flood.findings['no-choice'].length > 0 && flood.findings['no-choice'].length <= 600);
  assert.ok(r.report.pages.find((p) => p.url.endsWith('/fine')).findings['no-choice']);
});

describe('exit codes', () => {
  test('3 when the start page cannot be reached (the report is still written)', async () => {
    const r = await run('http://unreachable.test/', '--pages', '1');
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /unreachable/);
    assert.equal(r.report.pages[0].problems[0].kind, 'unreachable');
  });

  for (const [args, message] of [
    [[], /no URL to scan/],
    [['ftp://example.com/'], /is not an http\(s\) URL/],
    [['http://a.test/', '--pages', 'many'], /--pages="many" is not a whole number/],
    [['http://a.test/', '--fail-on', 'errors'], /--fail-on="errors": the only value is "leaks"/],
    [['http://a.test/', '--no-such-flag'], /Unknown option/],
    [['http://a.test/', '--urls', '/no/such/file'], /--urls="\/no\/such\/file" cannot be read/],
  ])
    test(`2 for bad usage: ${args.join(' ') || '(nothing)'}`, async () => {
      const r = await scan(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.report, null, 'nothing scanned, nothing written');
    });

  test('2 with how to install one when no Chromium is found', async () => {
    const r = await scan(['http://a.test/', '--chromium', '/no/such/chromium']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no browser at \/no\/such\/chromium/);
    assert.match(r.stderr, /never downloads one\. Install one \(Debian\/Ubuntu: sudo apt-get install chromium/);
  });
});
