// `consentry/server` (dist/server.mjs) outside Node: in an edge runtime (Vercel's Edge Runtime VM,
// the `edge-runtime` package: web-standard globals only, no `process`, `Buffer`, `require` or
// `document`, no code generation), in Deno and in Bun (their npm packages' binaries). Each reads
// the same cookie headers as test/e2e/server.test.mjs: a valid decision, another cookie name and
// revision, no cookie, and every tampered record the browser rejects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { EdgeRuntime } from 'edge-runtime';
import { readConsent } from 'consentry/server';
import { ROOT } from './helpers.mjs';
import { sample as stored, tamperedRecords, text } from '../shared/records.mjs';

const SERVER = ROOT + 'dist/server.mjs';

// A decision made yesterday: within the default `cookie-days` (182).
const sample = { ...stored, revision: '1', time: Math.floor((Date.now() - 864e5) / 1000) * 1000 };
const cookie = (value) => 'other=1; consentry=' + encodeURIComponent(value) + '; last=2';

/** `[name, cookie header, options]` for readConsent: one valid decision, then what is no decision. */
const cases = [
  ['valid', cookie(text(sample)), {}],
  ['another cookie name', 'site_consent=' + encodeURIComponent(text(sample)), { cookieName: 'site_consent' }],
  ['another revision', cookie(text(sample)), { revision: '2' }],
  ['no header', null, {}],
  ['no consent cookie', 'a=1; b=2', {}],
  // The tampered records are variants of `stored` (revision 3, an older time): read with its
  // revision and a `cookie-days` that keeps it, so that only the tampering makes them void.
  ['untampered', cookie(text(stored)), { revision: '3', cookieDays: 1e6 }],
  ...Object.entries(tamperedRecords()).map(([name, value]) => [name, cookie(String(value)), { revision: '3', cookieDays: 1e6 }]),
];

/** What each runtime must answer: a decision for the first two cases and `untampered`, else `null`. */
const decision = (d) => ({
  decided: true,
  categories: { necessary: true, analytics: true, advertising: false },
  services: { posthog: false },
  id: d.id,
  revision: d.revision,
  timestamp: new Date(d.time).toISOString(),
});
const expected = cases.map(([name]) => {
  if (name === 'valid' || name === 'another cookie name') return decision(sample);
  return name === 'untampered' ? decision(stored) : null;
});

/** Script text that calls `readConsent` (already in scope) on every case and returns the results as JSON. */
const calls = `JSON.stringify({
  results: ${JSON.stringify(cases.map(([, header, options]) => [header, options]))}.map(([h, o]) => readConsent(h, o)),
  globals: { process: typeof process, Buffer: typeof Buffer, require: typeof require, document: typeof document, window: typeof window },
  bannerTitle: /<h2 part="title" id="title">([^<]*)</.exec(renderBanner('consentry=tampered', { lang: 'de' }))?.[1],
  noticeHeading: /<section id="cookies" *><!--lit-part [^>]*><h2><!--lit-part-->([^<]*)</.exec(renderNotice({ notice: { practices: ['cookies'] } }, { lang: 'de', hostname: 'example.com' }))?.[1],
})`;
/** The German notice's cookies heading, as renderNotice (Lit's server rendering) gives it in every runtime (issue 31). */
const GERMAN_HEADING = 'Cookies und ähnliche Technologien';
/** The German banner's title, as renderBanner gives it in every runtime (issue 31). */
const GERMAN_TITLE = 'Ihre Datenschutz-Einstellungen';

const checkResults = (results) => {
  assert.equal(results.length, cases.length);
  cases.forEach(([name], i) => assert.deepEqual(results[i], expected[i], name));
};

it('Node reads the cases as expected (the reference for the other runtimes)', () => {
  checkResults(cases.map(([, header, options]) => JSON.parse(JSON.stringify(readConsent(header, options)))));
});

describe('in an edge runtime (edge-runtime, Vercel Edge Runtime VM)', () => {
  it('is one module that imports nothing', async () => {
    const { metafile } = await build({ entryPoints: [SERVER], bundle: true, write: false, platform: 'neutral', metafile: true, logLevel: 'silent' });
    assert.deepEqual(
      Object.values(metafile.inputs).map((input) => input.imports),
      [[]],
    );
  });

  it('reads a valid decision, and no decision from a tampered cookie, without Node globals or a DOM', async () => {
    // An edge function's bundle is one script: dist/server.mjs as such, its export as a global.
    const script = (
      await build({ entryPoints: [SERVER], bundle: true, write: false, platform: 'neutral', format: 'iife', globalName: 'consentryServer', logLevel: 'silent' })
    ).outputFiles[0].text;
    const runtime = new EdgeRuntime();
    runtime.evaluate(
      script + '\nvar readConsent = consentryServer.readConsent, renderBanner = consentryServer.renderBanner, renderNotice = consentryServer.renderNotice;',
    );
    const { results, globals, bannerTitle, noticeHeading } = JSON.parse(runtime.evaluate(calls));
    assert.equal(bannerTitle, GERMAN_TITLE);
    assert.equal(noticeHeading, GERMAN_HEADING);
    assert.deepEqual(globals, { process: 'undefined', Buffer: 'undefined', require: 'undefined', document: 'undefined', window: 'undefined' });
    assert.equal(runtime.evaluate('typeof EdgeRuntime'), 'string', 'runs in the Edge Runtime');
    assert.throws(() => runtime.evaluate('eval("1")'), 'the runtime generates no code from strings, like edge runtimes');
    checkResults(results);
  });
});

/** Runs `calls` in a module that imports dist/server.mjs, with `command` (a runtime's binary). */
async function runModule(command, args) {
  const dir = await mkdtemp(join(tmpdir(), 'consentry-runtime-'));
  try {
    const file = join(dir, 'read.mjs');
    await writeFile(file, `import { readConsent, renderBanner, renderNotice } from ${JSON.stringify(pathToFileURL(SERVER).href)};\nconsole.log(${calls});\n`);
    const { stdout } = await promisify(execFile)(ROOT + 'node_modules/.bin/' + command, [...args, file], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: dir, DENO_DIR: join(dir, 'deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
      maxBuffer: 1 << 24,
    });
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('in Deno (the deno npm package)', () => {
  it('reads a valid decision, and no decision from a tampered cookie, with no permissions and no DOM', async () => {
    const { results, globals, bannerTitle, noticeHeading } = await runModule('deno', ['run', '--no-prompt', '--no-config']);
    assert.equal(globals.document, 'undefined');
    assert.equal(bannerTitle, GERMAN_TITLE);
    assert.equal(noticeHeading, GERMAN_HEADING);
    checkResults(results);
  });
});

describe('in Bun (the bun npm package)', () => {
  it('reads a valid decision, and no decision from a tampered cookie, with no DOM', async () => {
    const { results, globals, bannerTitle, noticeHeading } = await runModule('bun', ['run']);
    assert.equal(globals.document, 'undefined');
    assert.equal(bannerTitle, GERMAN_TITLE);
    assert.equal(noticeHeading, GERMAN_HEADING);
    checkResults(results);
  });
});

it('the runtimes ran the file that the package exports as consentry/server', async () => {
  const pkg = JSON.parse(await readFile(ROOT + 'package.json', 'utf8'));
  assert.equal(ROOT + pkg.exports['./server'].import.default.slice(2), SERVER);
});
