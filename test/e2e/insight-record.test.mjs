// "Download my record" in the preferences dialog, against consentry-collector: the visitor's own
// receipts (every page of them), newest first, saved as consentry-record-<id>.json; a clear
// message when the collector cannot be reached.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { freePort, startCollector, tempDir } from '../../packages/collector/test/helpers.mjs';
import { inBanner, testSite } from './helpers.mjs';

let collector;
let port;

const page = (endpoint) =>
  `<!doctype html><html lang="en"><head><title>t</title><script src="/dist/consentry.js" data-consent-endpoint="${endpoint}"></script></head><body><main>x</main></body></html>`;

const web = testSite(async () => {
  port = await freePort();
  return {
    '/': page(`http://127.0.0.1:${port}/receipts`),
    // Nothing listens on port 9: the record cannot be fetched.
    '/unreachable': page('http://127.0.0.1:9/receipts'),
    '/nowhere': page(''),
  };
});
after(async () => {
  await collector?.stop();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('download my record', { timeout: 120_000 }, () => {
  it("saves the visitor's receipts, newest first, as JSON", async () => {
    collector = await startCollector({ data: tempDir() }, { port, args: ['--allow-origin', web.server.origin] });
    const { p } = await web.open('/');
    await inBanner(p, '[part~=accept]').click();
    await p.evaluate(() => window.Consentry.showPreferences());
    await inBanner(p, '[part~=reject]').last().click();
    const id = await p.evaluate(() => window.Consentry.get().id);
    let stored;
    for (let i = 0; i < 200; i++) {
      const r = await fetch(`${collector.url}/consents/${id}`);
      stored = r.status === 200 ? await r.json() : undefined;
      if (stored?.receipts.length === 2) break;
      await sleep(50);
    }
    assert.equal(stored.receipts.length, 2);

    await p.evaluate(() => window.Consentry.showPreferences());
    const button = inBanner(p, '[part~=download]');
    assert.equal(await button.textContent(), 'Download my record');
    const [download] = await Promise.all([p.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), `consentry-record-${id}.json`);
    const record = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(record.id, id);
    assert.deepEqual(record.receipts, stored.receipts);
    // Newest first: the refusal, then the acceptance.
    assert.deepEqual(
      record.receipts.map((r) => r.categories.analytics),
      [false, true],
    );
    assert.deepEqual(
      record.receipts.map((r) => r.source),
      ['preferences', 'banner'],
    );
  });

  it('says so when the record cannot be downloaded', async () => {
    const { p } = await web.open('/unreachable');
    await inBanner(p, '[part~=accept]').click();
    await p.evaluate(() => window.Consentry.showPreferences());
    await inBanner(p, '[part~=download]').click();
    await inBanner(p, '[part~=consent-id] [role=status]').filter({ hasText: 'Your record could not be downloaded. Please try again later.' }).waitFor();
  });

  it('is not offered without consent-endpoint', async () => {
    const { p } = await web.open('/nowhere');
    await inBanner(p, '[part~=accept]').click();
    await p.evaluate(() => window.Consentry.showPreferences());
    await inBanner(p, '[part~=consent-id]').waitFor();
    assert.equal(await inBanner(p, '[part~=download]').count(), 0);
  });
});
