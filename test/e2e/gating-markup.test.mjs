// Gated markup (docs/gating.md): for every element kind and every position of the drop-in,
// nothing gated is requested before consent, everything after accepting, nothing after refusing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testSite, watchConsole } from './helpers.mjs';

const GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');

/** Every kind of gated element, each pointing at its own `/t/<kind>` URL. */
const GATED = `
<script type="text/plain" data-consent="analytics" data-src="/t/script-external.js" async></script>
<script type="text/plain" data-consent="analytics" src="/t/script-src.js"></script>
<script type="text/plain" data-consent="analytics">window.inlineRan = (window.inlineRan || 0) + 1; fetch('/t/script-inline');</script>
<script type="text/plain" data-consent="analytics" data-type="module">window.moduleRan = true; fetch('/t/script-module-inline');</script>
<script type="text/plain" data-consent="analytics" data-type="module" data-src="/t/script-module.js"></script>
<img data-consent="analytics" data-src="/t/img.gif" width="1" height="1" alt="">
<img data-consent="analytics" data-srcset="/t/img-srcset.gif 1x" width="1" height="1" alt="">
<picture data-consent="analytics"><source data-srcset="/t/picture-source.gif" type="image/gif"><img data-src="/t/picture-img.gif" alt=""></picture>
<iframe data-consent="analytics" data-src="/t/iframe.html" title="Gated frame"></iframe>
<video data-consent="analytics" data-poster="/t/video-poster.gif" preload="auto" muted><source data-src="/t/video-source.mp4" type="video/mp4"></video>
<audio data-consent="analytics" data-src="/t/audio.mp3" preload="auto"></audio>
<video preload="auto" muted><source data-consent="analytics" data-src="/t/video-gated-source.mp4" type="video/mp4"></video>
<link data-consent="analytics" rel="stylesheet" data-href="/t/link.css">
<embed data-consent="analytics" data-src="/t/embed.html" type="text/html">
<object data-consent="analytics" data-src="/t/object.html" type="text/html"></object>
`;

const KINDS = [
  'script-external.js',
  'script-src.js',
  'script-inline',
  'script-module-inline',
  'script-module.js',
  'img.gif',
  'img-srcset.gif',
  'picture-source.gif',
  'iframe.html',
  'video-poster.gif',
  'video-source.mp4',
  'audio.mp3',
  'video-gated-source.mp4',
  'link.css',
  'embed.html',
  'object.html',
];

/** The drop-in in each position docs/gating.md names. */
const POSITIONS = {
  head: (body) =>
    `<!doctype html><html lang="en"><head><title>t</title><script src="/dist/consentry.js"></script></head><body><main>${body}</main></body></html>`,
  'end of body': (body) =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main><script src="/dist/consentry.js"></script></body></html>`,
  defer: (body) =>
    `<!doctype html><html lang="en"><head><title>t</title><script src="/dist/consentry.js" defer></script></head><body><main>${body}</main></body></html>`,
  async: (body) =>
    `<!doctype html><html lang="en"><head><title>t</title><script src="/dist/consentry.js" async></script></head><body><main>${body}</main></body></html>`,
};

/** Stand-in tracker responses: scripts, a pixel, frames; everything else under /t/ is a 404 (still a request). */
const TRACKERS = {
  '/t/script-external.js': { body: 'window.externalRan = true;', type: 'text/javascript' },
  '/t/script-src.js': { body: 'window.srcRan = true;', type: 'text/javascript' },
  '/t/script-module.js': { body: 'window.moduleExternalRan = import.meta.url;', type: 'text/javascript' },
  '/t/img.gif': { body: GIF, type: 'image/gif' },
  '/t/iframe.html': '<p>frame</p>',
  '/t/embed.html': '<p>embed</p>',
  '/t/object.html': '<p>object</p>',
  '/t/link.css': { body: 'body{}', type: 'text/css' },
};

const web = testSite(() => {
  const pages = { ...TRACKERS };
  for (const [name, make] of Object.entries(POSITIONS)) pages[`/${name.replace(/ /g, '-')}.html`] = make(GATED);
  return pages;
});

/** Paths under /t/ that the browser requested, seen at the network level. */
function watchNetwork(p) {
  const seen = new Set();
  p.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/t/')) seen.add(path.slice(3));
  });
  return seen;
}

async function until(fn, what, ms = 5000) {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) assert.fail('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 25));
  }
}

for (const name of Object.keys(POSITIONS)) {
  const path = `/${name.replace(/ /g, '-')}.html`;

  test(`drop-in ${name}: nothing before consent, every kind after accepting`, async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    const { pageErrors } = watchConsole(p);
    const seen = watchNetwork(p);
    await p.goto(web.server.origin + path, { waitUntil: 'load' });
    await p.waitForFunction(() => window.Consentry);
    await p.waitForTimeout(300);
    assert.deepEqual([...seen], [], 'no gated request before a decision');
    assert.equal(await p.evaluate(() => window.inlineRan ?? 0), 0);
    await p.evaluate(() => window.Consentry.acceptAll());
    await until(() => KINDS.every((k) => seen.has(k)), `all of ${KINDS.filter((k) => !seen.has(k))}`);
    // Requested is not yet run: wait for the last gated script (a module) to have run.
    await p.waitForFunction(() => window.moduleExternalRan, null, { timeout: 5000 });
    assert.deepEqual(await p.evaluate(() => [window.externalRan, window.srcRan, window.inlineRan, window.moduleRan, !!window.moduleExternalRan]), [
      true,
      true,
      1,
      true,
      true,
    ]);
    // A second decision does not activate anything again.
    await p.evaluate(() => window.Consentry.set({ analytics: true }));
    await p.waitForTimeout(100);
    assert.equal(await p.evaluate(() => window.inlineRan), 1, 'an inline script runs once');
    // Reloading with the stored consent activates everything at once.
    seen.clear();
    await p.reload({ waitUntil: 'load' });
    await until(() => KINDS.every((k) => seen.has(k)), `all on reload: ${KINDS.filter((k) => !seen.has(k))}`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test(`drop-in ${name}: nothing after refusing, also on the next page load`, async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    const seen = watchNetwork(p);
    await p.goto(web.server.origin + path, { waitUntil: 'load' });
    await p.waitForFunction(() => window.Consentry);
    await p.evaluate(() => window.Consentry.rejectAll());
    await p.reload({ waitUntil: 'load' });
    await p.waitForTimeout(300);
    assert.deepEqual([...seen], []);
    assert.equal(await p.evaluate(() => window.inlineRan ?? 0), 0);
    await context.close();
  });
}
