// "A decision is always remembered": hundreds of services, a cookie-path that does not cover the
// page, cookie names that are inherited property names, and the lifetime of every store.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBanner, page, testSite, watchConsole } from './helpers.mjs';

const pad = (p, i) => (p + i).padEnd(40, '-');
/** 50 categories of 10 services each, every id 40 characters long. */
const big = {
  categories: Object.fromEntries(
    Array.from({ length: 50 }, (_, c) => [
      pad('cat', c),
      { services: Array.from({ length: 10 }, (_, s) => ({ id: pad(`svc${c}x`, s), name: `S ${c}/${s}` })) },
    ]),
  ),
};
/** 150 catalogue-sized services in one category. */
const many = {
  categories: { analytics: { services: Array.from({ length: 150 }, (_, s) => ({ id: 'analytics-service-' + s, name: 'S' + s })) }, advertising: {} },
};
const json = (o) => `<script type="application/json" id="cfg">${JSON.stringify(o)}</script>`;

const web = testSite(() => {
  const pages = {
    '/big': page({ attrs: 'data-config="#cfg"', head: json(big) }),
    '/many': page({ attrs: 'data-config="#cfg"', head: json(many) }),
    '/here': page({ attrs: 'data-cookie-path="/elsewhere"' }),
    '/sub/page': page({ attrs: 'data-cookie-path="/sub/"' }),
    '/foreign-domain': page({ attrs: 'data-cookie-domain="127.0.0.1"' }),
    '/days': page({ attrs: 'data-cookie-days="2" data-cookie-path="/elsewhere"' }),
  };
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x-y_Z9'])
    pages['/name-' + name] = page({ attrs: `data-cookie-name="${name}"` });
  return pages;
});

/** Opens `path`, checks that nothing was written before a decision, decides with `act`, reloads. */
async function decideAndReload(path, act, { init } = {}) {
  const context = await web.browser.newContext();
  if (init) await context.addInitScript(init);
  const p = await context.newPage();
  const log = watchConsole(p);
  await p.goto(web.server.origin + path);
  await inBanner(p, '[part~=banner]').waitFor();
  // Before a decision Consentry writes no cookie and no storage.
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await p.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]), [[], []]);
  await act(p);
  const before = await p.evaluate(() => Consentry.get());
  assert.equal(before.decided, true);
  await p.reload();
  await p.waitForFunction(() => window.Consentry);
  await p.waitForLoadState('load');
  const after = await p.evaluate(() => Consentry.get());
  assert.equal(await inBanner(p, '[part~=banner]').count(), 0, 'the banner does not come back');
  for (const key of ['decided', 'categories', 'services', 'id', 'timestamp']) assert.deepEqual(after[key], before[key], key);
  assert.deepEqual(log.pageErrors, []);
  return { p, context, log, after };
}

describe('a decision is always remembered', () => {
  it('50 categories and 500 services with 40-character ids, some services refused', async () => {
    const { context, after } = await decideAndReload('/big', (p) =>
      p.evaluate(() => {
        Consentry.acceptAll();
        const ids = Object.keys(Consentry.get().services);
        // Every third service refused: each one is a choice that must survive.
        Consentry.set(Object.fromEntries(ids.filter((_, i) => i % 3 === 0).map((id) => [id, false])));
      }),
    );
    assert.equal(Object.keys(after.services).length, 500);
    assert.equal(Object.values(after.services).filter((v) => !v).length, 167);
    assert.equal(Object.keys(after.categories).length, 51);
    await context.close();
  });

  it('150 services, all refused but one: the cookie holds it', async () => {
    const { p, context, after } = await decideAndReload('/many', (p) => p.evaluate(() => Consentry.set({ 'analytics-service-7': true, advertising: false })));
    assert.deepEqual(
      Object.entries(after.services).filter(([, v]) => v),
      [['analytics-service-7', true]],
    );
    assert.equal(after.categories.analytics, true);
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry');
    assert.ok(cookie && cookie.value.length < 4000, 'kept in the cookie');
    // Only the id this browser wrote, never a copy of the record (decision 0020).
    assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), ['consentry:consentry:id']);
    await context.close();
  });

  it('a cookie-path that does not cover the page keeps the decision in localStorage', async () => {
    const { p, context } = await decideAndReload('/here', (p) => inBanner(p, '[part~=reject]').click());
    assert.deepEqual(await context.cookies(), []);
    assert.match(await p.evaluate(() => localStorage.getItem('consentry:consentry')), /^2\|1\|/);
    assert.equal(await p.evaluate(() => Consentry.allowed('analytics')), false);
    await context.close();
  });

  it('a cookie-path that covers the page keeps it in the cookie', async () => {
    const { p, context } = await decideAndReload('/sub/page', (p) => inBanner(p, '[part~=accept]').click());
    assert.deepEqual(
      (await context.cookies()).map((c) => [c.name, c.path]),
      [['consentry', '/sub/']],
    );
    assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), ['consentry:consentry:id']);
    await context.close();
  });

  it('a cookie-domain the browser refuses on this host keeps the decision too', async () => {
    const { context } = await decideAndReload('/foreign-domain', (p) => inBanner(p, '[part~=accept]').click());
    await context.close();
  });

  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x-y_Z9'])
    it(`cookie-name="${name}"`, async () => {
      const { p, context } = await decideAndReload('/name-' + name, (p) => inBanner(p, '[part~=accept]').click());
      assert.deepEqual(
        (await context.cookies()).map((c) => c.name),
        [name],
      );
      assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), [`consentry:${name}:id`]);
      assert.equal(await p.evaluate(() => ({}).__proto__ === Object.prototype && !('analytics' in Object.prototype)), true);
      await context.close();
    });

  it('cookie-days applies to the localStorage record: an expired one is void and removed', async () => {
    const context = await web.browser.newContext();
    const p = await context.newPage();
    await p.goto(web.server.origin + '/days');
    await inBanner(p, '[part~=accept]').click();
    const record = await p.evaluate(() => localStorage.getItem('consentry:consentry'));
    // The same record, made three days ago: older than cookie-days="2".
    const [v, rev, id, time, ...rest] = record.split('|');
    const old = [v, rev, id, (parseInt(time, 36) - 3 * 864e5).toString(36), ...rest].join('|');
    await p.evaluate((old) => localStorage.setItem('consentry:consentry', old), old);
    await p.reload();
    await inBanner(p, '[part~=banner]').waitFor();
    assert.deepEqual(await p.evaluate(() => [Consentry.get().decided, Consentry.allowed('analytics'), localStorage.getItem('consentry:consentry')]), [
      false,
      false,
      null,
    ]);
    // One day old is still within the lifetime.
    const young = [v, rev, id, (parseInt(time, 36) - 864e5).toString(36), ...rest].join('|');
    await p.evaluate((young) => localStorage.setItem('consentry:consentry', young), young);
    await p.reload();
    await p.waitForFunction(() => window.Consentry);
    assert.deepEqual(await p.evaluate(() => [Consentry.get().decided, Consentry.allowed('analytics')]), [true, true]);
    await context.close();
  });

  for (const [name, value] of [
    ['tampered', '2|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics.__proto__!|!|'],
    ['foreign', '{"analytics":true}'],
    ['malformed', '2|1|AbCdEfGhIjKlMnOpQrStUv|mfz1|analytics.advertising|!'],
    ['future', '2|1|AbCdEfGhIjKlMnOpQrStUv|zzzzzzzz|analytics.advertising!|!|'],
  ])
    it(`a ${name} localStorage record is no decision and throws nothing`, async () => {
      const context = await web.browser.newContext();
      await context.addInitScript((value) => localStorage.setItem('consentry:consentry', value), value);
      const p = await context.newPage();
      const log = watchConsole(p);
      await p.goto(web.server.origin + '/here');
      await inBanner(p, '[part~=banner]').waitFor();
      assert.deepEqual(await p.evaluate(() => [Consentry.get().decided, Consentry.allowed('analytics'), Consentry.allowed('advertising')]), [
        false,
        false,
        false,
      ]);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    });
});
