// Takes the README's screenshots of the demo (docs/images/*.png): the banner as a first-time
// visitor sees it, and the preferences dialog. Run after `npm run build`:
//   node scripts/screenshots.mjs
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { serve } from './serve.mjs';

const out = new URL('../docs/images/', import.meta.url);
await mkdir(out, { recursive: true });

const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 }, colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`);
  await page.getByRole('button', { name: 'Accept all' }).waitFor();
  await page.screenshot({ path: new URL('banner.png', out).pathname });

  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save choices' }).waitFor();
  await page.screenshot({ path: new URL('preferences.png', out).pathname });
} finally {
  await browser.close();
  server.close();
}
