// Every HTML example of README.md and docs/*.md (each ```html block) runs as written: pasted into
// a page served on 127.0.0.1 with the built drop-in at `/consentry/consentry.js`, the one path
// every example loads it from (README.md#install), it shows the banner where its attributes put
// it, with no page error and no `[consentry]` error; nothing an example gates is requested before
// the visitor decides; and after "Accept all" the page still has no error. Hosts other than the
// page's are stand-ins (an empty answer), so the examples never reach the network. The one
// example loaded from a CDN gets the built drop-in from the pinned URL, with the `integrity` that
// the README's command prints for it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { inBanner, ROOT, testSite } from './helpers.mjs';

const DROP_IN = '/consentry/consentry.js';
const files = [
  'README.md',
  ...readdirSync(ROOT + 'docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => 'docs/' + f),
];
/** `[file:line, code]` of every html block. */
const examples = files.flatMap((file) => {
  const text = readFileSync(ROOT + file, 'utf8');
  // Blocks in a list item are indented: the code is what is inside the indent.
  return [...text.matchAll(/^( *)```html\n([\s\S]*?)^\1```$/gm)].map((m) => [
    `${file}:${text.slice(0, m.index).split('\n').length}`,
    m[2].replace(new RegExp('^' + m[1], 'gm'), ''),
  ]);
});

const readme = readFileSync(ROOT + 'README.md', 'utf8');
const version = JSON.parse(readFileSync(ROOT + 'package.json', 'utf8')).version;
const CDN = `https://cdn.jsdelivr.net/npm/consentry@${version}/dist/`;
/** The README's command for the `integrity` hash, run on the built drop-in (as on the installed one). */
const hashCommand = /^ *(openssl dgst -sha384 .*)$/m.exec(readme)?.[1];
const integrity = () => 'sha384-' + execSync(hashCommand.replace('node_modules/consentry/dist/', 'dist/'), { cwd: ROOT, encoding: 'utf8' }).trim();

/** The page for an example: a fragment goes into <body> (with the drop-in in <head> if it has none); a <head> starts the document. */
function pageFor(code) {
  const hasDropIn = code.includes(DROP_IN) || code.includes(CDN);
  const head = `<meta charset="utf-8"><title>Example</title>${hasDropIn ? '' : `<script defer src="${DROP_IN}"></script>`}`;
  if (/^\s*<head>/.test(code))
    return `<!doctype html><html lang="en">${code.replace('<head>', '<head>' + head)}<body><main><h1>Example</h1></main></body></html>`;
  return `<!doctype html><html lang="en"><head>${head}</head><body><main><h1>Example</h1>${code}</main></body></html>`;
}

const pages = {};
const web = testSite(pages);

/** Stand-ins for every host but the page's: scripts and styles answer empty; the CDN serves dist/. */
async function standIns(context, requested) {
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const url = route.request().url();
      requested.push(url);
      const headers = { 'access-control-allow-origin': '*' };
      if (url.startsWith(CDN)) return route.fulfill({ path: ROOT + 'dist/' + new URL(url).pathname.split('/dist/')[1], headers });
      const type = route.request().resourceType();
      return route.fulfill({ status: type === 'fetch' ? 204 : 200, body: '', contentType: type === 'stylesheet' ? 'text/css' : 'text/javascript', headers });
    },
  );
}

describe('the HTML examples of README.md and docs/', () => {
  it('are there, and every one that loads the drop-in loads it from /consentry/consentry.js (or the README’s pinned CDN URL)', () => {
    assert.ok(examples.length >= 20, String(examples.length));
    for (const [where, code] of examples)
      for (const [, src] of code.matchAll(/src="([^"]*consentry\.js)"/g)) assert.ok(src === DROP_IN || src === CDN + 'consentry.js', `${where}: ${src}`);
    assert.ok(hashCommand, 'the README says how to compute the integrity hash');
  });

  for (const [where, code] of examples)
    it(`${where} runs as written`, async () => {
      const path = '/example-' + where.replace(/\W+/g, '-') + '.html';
      // The README's CDN example holds a placeholder for the hash its command prints.
      pages[path] = pageFor(code.replace('sha384-HASH', code.includes('sha384-HASH') ? integrity() : 'sha384-HASH'));
      const context = await web.browser.newContext({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });
      const requested = [];
      await standIns(context, requested);
      const { p, errors, pageErrors } = await web.open(path, { context });
      const logged = [];
      p.on('console', (m) => m.type() === 'log' && logged.push(m.text()));

      // The banner, where the example's attributes put it.
      const banner = inBanner(p, '[part~="banner"]');
      await banner.waitFor();
      const { declared, experiment } = await p.evaluate(() => {
        const from = (name) =>
          document.querySelector('consent-banner')?.getAttribute(name) ?? document.querySelector(`script[data-${name}]`)?.getAttribute('data-' + name);
        return {
          declared: { layout: from('layout') ?? 'bar', position: from('position') ?? 'bottom' },
          experiment: [...document.querySelectorAll('script[type="application/json"]')].some((s) => s.textContent.includes('"experiments"')),
        };
      });
      // The layout and position in force are the panel's classes; an experiment's arm may change
      // them, and otherwise they are the ones the attributes ask for.
      const [, layout, position] = (await banner.getAttribute('class')).split(' ');
      if (!experiment) assert.deepEqual({ layout, position }, declared, `${where}: the layout and position asked for`);
      const box = await banner.boundingBox();
      const view = p.viewportSize();
      if (position.startsWith('bottom') && layout !== 'modal')
        assert.ok(Math.abs(box.y + box.height - view.height) < 40, `${where}: at the bottom (${JSON.stringify(box)})`);
      if (position.endsWith('right')) assert.ok(view.width - (box.x + box.width) < 40 && box.x > view.width / 2, `${where}: on the right`);
      if (layout === 'bar') assert.ok(box.width > view.width * 0.9, `${where}: a bar across the page`);

      // Nothing an example gates was asked for before the visitor decided.
      const gated = await p.evaluate(() =>
        [...document.querySelectorAll('[data-consent], consent-gate')].flatMap((el) => {
          const inside =
            el.localName === 'consent-gate' ? [...(el.querySelector('template')?.content.querySelectorAll('*') ?? [])] : [el, ...el.querySelectorAll('*')];
          return inside.flatMap((e) => ['src', 'data-src', 'href', 'data-href', 'data-poster'].map((a) => e.getAttribute(a)).filter(Boolean));
        }),
      );
      const early = requested.filter((url) => gated.includes(url));
      assert.deepEqual(early, [], `${where}: gated URLs requested before consent`);

      await inBanner(p, '[part~="accept"]').first().click();
      await p.waitForFunction(() => Consentry.get().decided);
      // Let what "Accept all" released run.
      await p.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
      assert.deepEqual(pageErrors, [], where);
      // An example's listener heard the decision.
      if (code.includes('console.log(')) assert.ok(logged.length > 0, `${where}: its listener ran`);
      assert.deepEqual(
        errors.filter((e) => e.startsWith('[consentry]')),
        [],
        where,
      );
      await context.close();
    });
});
