// The audit's early resources: those that started before the first grant of this page. The first
// grant happens once per page, so this test has a page (a file) of its own.
import { expect } from '@open-wc/testing';
import { audit, watch } from '../../src/audit/audit.js';
import * as consent from '../../src/core/consent.js';
import { clearCookies, loadImage, OTHER, start } from './audit.fixtures.js';

describe('audit(): the first grant', () => {
  before(() => {
    clearCookies();
    start();
    watch();
  });
  after(() => {
    clearCookies();
    consent.setView('none');
  });

  it('lists third-party resources that started before the first grant, and only those', async () => {
    await loadImage(`${OTHER}/test/unit/audit.first-grant.test.ts?early`);
    await loadImage(`${location.origin}/test/unit/audit.first-grant.test.ts?own`);
    let r = audit();
    expect(r.complete).to.equal(true);
    expect(r.earlyResources).to.deep.equal([{ url: `${OTHER}/test/unit/audit.first-grant.test.ts?early`, host: new URL(OTHER).host, type: 'img' }]);
    expect(r.ok).to.equal(false);
    consent.decide({ analytics: true }, 'api');
    await loadImage(`${OTHER}/test/unit/audit.first-grant.test.ts?late`);
    r = audit();
    expect(r.earlyResources.map((e) => e.url)).to.deep.equal([`${OTHER}/test/unit/audit.first-grant.test.ts?early`]);
    // Withdrawing later does not make earlier resources "before consent".
    consent.rejectAll('api');
    expect(audit().earlyResources).to.have.length(1);
  });
});
