// Gated markup inserted with innerHTML runs when granted, external scripts included, without
// stalling the queue; <track data-src> inside a gated <video> is activated; inline scripts in a
// gated <template> keep document order behind earlier gated scripts still loading.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const js = (body) => ({ body, type: 'text/javascript' });

let release;
const held = new Promise((ok) => (release = ok));

const PAGES = {
  '/spa.html': page({ body: '<script>window.order = [];</script><div id="app"></div>' }),
  '/t/inner.js': js("order.push('inner.js');"),
  '/t/slow.js': async () => (await held, js("order.push('slow.js');")),
  '/media.html': page({
    body: `<video data-consent="analytics" controls muted>
  <source data-src="/t/video.webm" type="video/webm">
  <track kind="captions" data-src="/t/captions.vtt" srclang="en" label="English" default>
</video>`,
  }),
  '/t/captions.vtt': { body: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n', type: 'text/vtt' },
  '/t/video.webm': { status: 404, body: '' },
  '/template.html': page({
    body: `<script>window.order = [];</script>
<script type="text/plain" data-consent="analytics" data-src="/t/slow.js"></script>
<consent-gate category="analytics" provider="Video Co"><template><script>order.push('template inline');</script><img src="/t/in-template.gif" alt=""></template></consent-gate>
<script type="text/plain" data-consent="analytics">order.push('after the gate');</script>`,
  }),
};

after(async () => {
  release();
});
const web = testSite(PAGES);

const open = (path) => web.open(path);

test('gated scripts inserted with innerHTML run once granted, the external one before those after it', async () => {
  const { context, p, pageErrors } = await open('/spa.html');
  await p.evaluate(() => {
    document.getElementById('app').innerHTML = `
      <script type="text/plain" data-consent="analytics" data-src="/t/inner.js"></script>
      <script type="text/plain" data-consent="analytics">order.push('inner inline');</script>`;
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.text = "order.push('appended');";
    document.body.append(s);
  });
  await p.waitForTimeout(200);
  assert.deepEqual(await p.evaluate(() => window.order), []);
  await p.evaluate(() => window.Consentry.acceptAll());
  assert.deepEqual(await eventually(() => p.evaluate(() => window.order), ['inner.js', 'inner inline', 'appended']), ['inner.js', 'inner inline', 'appended']);
  // Inserted while granted: runs at once, and only once.
  await p.evaluate(() => (document.getElementById('app').innerHTML += '<script type="text/plain" data-consent="analytics">order.push("later")</script>'));
  await p.waitForFunction(() => window.order.includes('later'));
  await p.waitForTimeout(200);
  assert.deepEqual(await p.evaluate(() => window.order.filter((x) => x === 'later')), ['later']);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a <track data-src> inside a gated <video> is activated with it', async () => {
  const { context, p, seen } = await open('/media.html');
  await p.waitForTimeout(300);
  assert.deepEqual(seen, []);
  assert.equal(await p.locator('track').getAttribute('src'), null);
  await p.evaluate(() => window.Consentry.acceptAll());
  assert.equal(await eventually(() => p.locator('track').getAttribute('src'), '/t/captions.vtt'), '/t/captions.vtt');
  assert.equal(await eventually(() => seen.includes('captions.vtt'), true), true);
  await context.close();
});

test('inline scripts in a gated <template> run in document order, after the gated script before them has loaded', async () => {
  const { context, p, seen, pageErrors } = await open('/template.html');
  await p.evaluate(() => window.Consentry.acceptAll());
  // The template is rendered while slow.js is still on its way; its script waits its turn.
  assert.equal(await eventually(() => seen.includes('in-template.gif'), true), true);
  assert.equal(await eventually(() => seen.includes('slow.js'), true), true);
  await p.waitForTimeout(300);
  assert.deepEqual(await p.evaluate(() => window.order), []);
  release();
  const want = ['slow.js', 'template inline', 'after the gate'];
  assert.deepEqual(await eventually(() => p.evaluate(() => window.order), want), want);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
