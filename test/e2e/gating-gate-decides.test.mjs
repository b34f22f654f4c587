// What docs/gating.md#order-and-stop-rules says of "Load content" on a first visit: it is the
// visitor's decision for that category only; the banner closes, the other optional categories
// keep their value (refused, in opt-in mode) and count as chosen; the choice stays changeable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieSettled, inBanner, page, testSite } from './helpers.mjs';

const web = testSite({
  '/gate.html': page({
    attrs: 'data-categories="analytics advertising"',
    body: '<consent-gate category="advertising" provider="Video Co"><template><p id="video">video</p></template></consent-gate>',
  }),
});

test('"Load content" before any choice decides that category: the banner closes, analytics stays refused', async () => {
  const { p, context, errors, pageErrors } = await web.open('/gate.html');
  await inBanner(p, '[part~="banner"]').waitFor();
  await p.getByRole('button', { name: 'Load content' }).click();
  await p.locator('#video').waitFor();
  await inBanner(p, '[part~="banner"]').waitFor({ state: 'hidden' });
  const state = await p.evaluate(() => ({ ...Consentry.get(), id: undefined, timestamp: undefined }));
  assert.equal(state.decided, true);
  assert.deepEqual(state.categories, { necessary: true, analytics: false, advertising: true });
  assert.ok(await cookieSettled(context), 'the decision is stored');
  // Still changeable: the revisit control opens the dialog.
  await inBanner(p, '[part~="revisit"]').click();
  await inBanner(p, '[part~="dialog"]').waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
