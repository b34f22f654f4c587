import { expect } from '@open-wc/testing';
import { loadLanguage } from '../../src/i18n/load.js';
import { SHIPPED, tables } from '../../src/i18n/texts.js';

describe('loadLanguage', () => {
  it('a file that fails and is no longer (or never was) on SHIPPED leaves SHIPPED alone', async () => {
    const before = [...SHIPPED];
    // `qq` is not shipped: as when the drop-in's loader and the notice chunk's loader both fail on
    // one file, the second finds it already taken off the list.
    await new Promise<void>((done) => {
      expect(loadLanguage('qq', done)).to.equal(false);
    });
    expect(tables.qq).to.equal(null);
    expect(SHIPPED).to.deep.equal(before);
    expect(SHIPPED).to.include('zh-TW');
    expect(loadLanguage('qq', () => {})).to.equal(true);
  });
});
