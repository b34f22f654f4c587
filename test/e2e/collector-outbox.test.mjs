// The SDK and consentry-collector together: a receipt posted while the collector is down waits in
// the outbox (localStorage), and arrives exactly once after the collector is back, at the next
// page load at the latest.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, freePort, startCollector, tempDir } from '../../packages/collector/test/helpers.mjs';
import { inBanner, testSite } from './helpers.mjs';

let collector;
let port;

// The page names the collector's port, chosen when the tests start.
const web = testSite(async () => {
  port = await freePort();
  return {
    '/': `<!doctype html><html lang="en"><head><title>t</title><script src="/dist/consentry.js" data-consent-endpoint="http://127.0.0.1:${port}/receipts"></script></head><body><main>x</main></body></html>`,
  };
});
after(async () => {
  await collector?.stop();
});

/** The receipts outbox the page keeps in localStorage (src/integrations/receipt.ts), as its JSON text. */
const outbox = (p) => p.evaluate(() => localStorage.getItem('consentry:receipts') ?? '');

describe('outbox delivery to consentry-collector', { timeout: 300_000 }, () => {
  it('a receipt made while the collector is down is stored once after it is back', async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    const refused = [];
    p.on('requestfailed', (r) => r.url().includes(`:${port}/`) && refused.push(r.url()));
    await p.goto(web.server.origin + '/');
    await inBanner(p, '[part~=accept]').first().click();
    const id = await p.evaluate(() => window.Consentry.get().id);
    // The post failed (nothing listens), so the receipt waits in the outbox.
    for (let i = 0; i < 100 && !(await outbox(p)).includes(id); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(refused.length >= 1, 'the SDK tried to post');
    assert.ok((await outbox(p)).includes(id), 'the receipt waits in localStorage');

    const data = tempDir();
    collector = await startCollector({ data }, { port, args: ['--allow-origin', web.server.origin] });
    // The next page load sends what the outbox holds (the SDK may also have retried already).
    await p.reload();
    let history;
    for (let i = 0; i < 200; i++) {
      history = await fetch(`${collector.url}/consents/${id}`);
      if (history.status === 200 && !(await outbox(p)).includes(id)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(history.status, 200);
    const { receipts } = await history.json();
    assert.equal(receipts.length, 1);
    assert.equal(receipts[0].source, 'banner');
    assert.equal(receipts[0].origin, web.server.origin);
    assert.ok(!(await outbox(p)).includes(id), 'acknowledged receipts leave the outbox');

    // More page loads send nothing again: still one receipt, one stored row.
    await p.reload();
    await p.waitForFunction(() => window.Consentry);
    await new Promise((r) => setTimeout(r, 500));
    const again = await (await fetch(`${collector.url}/consents/${id}`)).json();
    assert.equal(again.receipts.length, 1);
    const rows = (await (await fetch(`${collector.url}/export`, { headers: ADMIN })).text()).trim().split('\n');
    assert.equal(rows.length, 1);
    const posts = collector.lines.filter((l) => l.includes('"POST"') && l.includes('"/receipts"'));
    const statuses = posts.map((l) => JSON.parse(l).status);
    assert.deepEqual(
      statuses.filter((s) => s === 201),
      [201],
      'stored once',
    );
    assert.ok(
      statuses.every((s) => s === 201 || s === 200),
      `every post acknowledged: ${statuses}`,
    );
    await context.close();
  });
});
