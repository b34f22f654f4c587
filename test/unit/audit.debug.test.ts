// The audit's debug report: printed once per distinct report in this page, so this test has a
// page (a file) of its own, in which it starts the audit's watch.
import { expect } from '@open-wc/testing';
import { watch } from '../../src/audit/audit.js';
import * as consent from '../../src/core/consent.js';
import { clearCookies, start, tick } from './audit.fixtures.js';

before(() => {
  clearCookies();
  start();
  watch();
});

describe('audit: the debug report', () => {
  it('with debug, logs after every consent change, once per distinct report; without debug, nothing', async () => {
    const warned: string[] = [];
    const reports: unknown[] = [];
    const informed: string[] = [];
    const { warn, info } = console;
    console.warn = (m: string, report: unknown) => (warned.push(m), reports.push(report));
    console.info = (m: string) => informed.push(m);
    try {
      // The resources of the tests above are not this test's business.
      performance.clearResourceTimings();
      start({ debug: 'false' });
      document.cookie = 'stray=1; path=/';
      consent.decide({ analytics: true }, 'api');
      await tick();
      expect(warned.concat(informed).filter((m) => String(m).startsWith('[consentry] audit'))).to.deep.equal([]);

      start({ debug: 'true' });
      consent.decide({ analytics: false }, 'api');
      await tick();
      consent.decide({ analytics: false }, 'api');
      await tick();
      expect(warned).to.deep.equal(['[consentry] audit: 1 problem']);
      expect(reports[0]).to.deep.include({ complete: true, ok: false, undeclaredCookies: ['stray'] });

      document.cookie = 'stray=; max-age=0; path=/';
      consent.decide({ analytics: true }, 'api');
      await tick();
      expect(informed).to.deep.equal(['[consentry] audit: no problems found']);
    } finally {
      console.warn = warn;
      console.info = info;
      clearCookies();
      start();
    }
  });
});
