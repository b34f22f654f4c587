// An SVG <script> is not an HTMLScriptElement (issue 26): gated, it is refused with a report, and
// the rest of the activation goes on, with and without Trusted Types enforced.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, page, testSite } from './helpers.mjs';

const NONCE = 'svg-n0nce';
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types consentry`;
const body = `<svg width="1" height="1"><script data-consent="analytics" data-href="/t/svg-script"></script></svg>
<img data-consent="analytics" data-src="/t/after" alt="">`;

const web = testSite({
  '/plain': page({ body }),
  '/tt': { body: page({ attrs: `nonce="${NONCE}"`, body }), headers: { 'content-security-policy': CSP } },
});

describe('an SVG <script> under data-consent', () => {
  for (const path of ['/plain', '/tt'])
    it(`is refused with a report, never run, and what follows still loads (${path})`, async () => {
      const { p, context, errors, pageErrors, seen } = await web.open(path);
      try {
        await p.evaluate(() => Consentry.acceptAll());
        assert.deepEqual(await eventually(() => [...seen], ['after']), ['after']);
        assert.equal(await p.evaluate(() => document.querySelector('svg script').hasAttribute('href')), false);
        assert.deepEqual(
          errors.filter((e) => e.includes('SVG')),
          ['[consentry] an SVG <script> cannot be gated; not run (use an HTML <script type="text/plain">)'],
        );
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });
});
