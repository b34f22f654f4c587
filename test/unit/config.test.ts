import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';

describe('resolveConfig', () => {
  it('uses the defaults with no configuration', () => {
    const c = resolveConfig({}, {});
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'analytics', 'advertising']);
    expect(c.mode).to.equal('opt-in');
    expect(c.cookieDays).to.equal(182);
  });
});
