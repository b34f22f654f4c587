// The default look of Consentry and of the peer tools the benchmark installs (bench/sdks.mjs),
// side by side in one picture: bench/images/side-by-side.png. Each tool's first layer on the same
// page (bench/pages/template.html), as its documentation sets it up, at 800x600, light scheme.
// Run after `npm run build` and `npm ci --prefix bench`: node bench/side-by-side.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from '../test/e2e/helpers.mjs';
import { startServer } from './server.mjs';
import { SDKS } from './sdks.mjs';

const OUT = new URL('./images/', import.meta.url).pathname;
const VIEWPORT = { width: 800, height: 600 };

const server = await startServer();
const browser = await launch();
try {
  const shots = [];
  for (const sdk of SDKS) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
    const p = await context.newPage();
    await p.goto(`${server.origin}/${sdk.id}.html`);
    // The first layer is up when its "Accept all" button is (the benchmark's own probe).
    await p.waitForFunction(sdk.accept, null, { timeout: 15000 });
    // Tools that fade their banner in are given the time to finish.
    await p.waitForTimeout(1500);
    shots.push({ name: `${sdk.name} ${sdk.version}`, src: 'data:image/png;base64,' + (await p.screenshot()).toString('base64') });
    await context.close();
  }
  // One picture from the shots: laid out by the browser, so captions need no drawing code.
  const context = await browser.newContext({ viewport: { width: 2 * (VIEWPORT.width / 2) + 48, height: 600 }, deviceScaleFactor: 1 });
  const p = await context.newPage();
  await p.setContent(`<style>body{margin:0;padding:16px;font:16px 'DejaVu Sans',sans-serif;display:grid;grid-template-columns:repeat(2,400px);gap:16px}
figure{margin:0}img{display:block;width:400px;height:300px;border:1px solid #888}figcaption{padding:4px 0;font-weight:700}</style>
${shots.map((s) => `<figure><img src="${s.src}" alt=""><figcaption>${s.name}</figcaption></figure>`).join('')}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(OUT + 'side-by-side.png', await p.screenshot({ fullPage: true }));
  await context.close();
  console.log(`wrote ${OUT}side-by-side.png (${shots.map((s) => s.name).join(', ')})`);
} finally {
  await browser.close();
  await server.close();
}
