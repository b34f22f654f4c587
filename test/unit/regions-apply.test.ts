import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';
import { decode, encode } from '../../src/core/storage.js';
import type { Mode } from '../../src/core/types.js';
import { applyRegion } from '../../src/regions/apply.js';
import { errors, jsonConfig } from './helpers.js';

const NAME = 'unit_regions';
const clear = () => {
  document.cookie = `${NAME}=; max-age=0; path=/`;
  localStorage.removeItem(`consentry:${NAME}:id`);
};

/** Resolves a configuration with a `regions` table for a visitor in `region` (given, or `auto` from `zone`). */
function regional(json: Record<string, unknown>, region: string, zone = 'UTC', attrs: Record<string, string> = {}) {
  const raw = { 'cookie-name': NAME, config: jsonConfig('regions-json', json), region, ...attrs };
  return applyRegion(resolveConfig(raw, {}), raw, {}, {}, zone);
}

const EXAMPLE = {
  categories: { analytics: { label: 'Analytics' }, advertising: {} },
  regions: {
    'EEA UK CH': { mode: 'opt-in' },
    'US-PRIVACY': { mode: 'opt-out', honorGpc: true, texts: { en: { optOut: 'Do not sell' } } },
    '*': { mode: 'notice', categories: 'analytics' },
  },
};

describe('the region option', () => {
  it('is auto (null until resolved) by default; a code is kept; UK is GB', () => {
    expect(resolveConfig({}, {}).region).to.equal(null);
    expect(resolveConfig({ region: 'US-CA' }, {}).region).to.equal('US-CA');
    expect(resolveConfig({}, { region: 'DE' }).region).to.equal('DE');
    expect(resolveConfig({ region: 'UK' }, {}).region).to.equal('GB');
  });

  it('reports a malformed code and uses auto', () => {
    for (const bad of ['de', 'Germany', 'US-', 'US-CALIF', 'D', '<b>', 'us-ca']) {
      let region: unknown;
      const seen = errors(() => (region = resolveConfig({ region: bad }, {}).region));
      expect(region, bad).to.equal(null);
      expect(seen, bad).to.deep.equal([`[consentry] region="${bad}" is invalid; using "auto"`]);
    }
  });

  it('accepts mode none', () => {
    expect(resolveConfig({ mode: 'none' }, {}).mode).to.equal('none');
  });
});

describe('rules of the region in force', () => {
  it('override the attributes and the top level for visitors there', () => {
    const de = regional(EXAMPLE, 'auto', 'Europe/Berlin', { mode: 'notice' });
    expect(de.region).to.equal('DE');
    expect(de.mode).to.equal('opt-in');
    expect(de.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'advertising']);
    const ca = regional(EXAMPLE, 'US-CA');
    expect([ca.mode, ca.honorGpc, ca.region]).to.deep.equal(['opt-out', true, 'US-CA']);
    expect(ca.texts.en.optOut).to.equal('Do not sell');
    const jp = regional(EXAMPLE, 'auto', 'Asia/Tokyo');
    expect([jp.mode, jp.region]).to.deep.equal(['notice', 'JP']);
    // A list of ids keeps the top level's definitions.
    expect(jp.categories.map((c) => [c.id, c.label])).to.deep.equal([
      ['necessary', undefined],
      ['analytics', 'Analytics'],
    ]);
  });

  it('an unknown region is opt-in unless the table has `unknown`', () => {
    expect(regional(EXAMPLE, 'auto', 'UTC')).to.include({ region: null, mode: 'opt-in' });
    expect(regional({ regions: { unknown: { mode: 'notice' } } }, 'auto', 'Etc/UTC')).to.include({ region: null, mode: 'notice' });
  });

  it("a bad value in a region's rules is reported and the safe default used", () => {
    let c: ReturnType<typeof regional> | undefined;
    const seen = errors(() => (c = regional({ regions: { DE: { mode: 'maybe' } } }, 'DE')));
    expect(c!.mode).to.equal('opt-in');
    expect(seen).to.deep.equal(['[consentry] mode="maybe" is invalid; using "opt-in"']);
  });
});

describe('re-prompt when the rules in force ask more', () => {
  beforeEach(clear);
  after(clear);

  /**
   * Stores a decision made under `mode` in `region`, or an older record without them, as this
   * browser's own write (which also keeps the id it wrote: docs/decisions/0020-one-consent-record-own-id.md).
   */
  const write = (mode?: Mode, region?: string) => {
    const where = mode ? { mode, region: region ?? null } : {};
    localStorage.setItem(`consentry:${NAME}:id`, 'AbCdEfGhIjKlMnOpQrStUv');
    document.cookie = `${NAME}=${encodeURIComponent(encode({ revision: '1', id: 'AbCdEfGhIjKlMnOpQrStUv', time: Date.now(), categories: { analytics: true, advertising: false }, services: {}, signal: false, ...where }))}; path=/`;
  };
  const stored = () =>
    decode(
      decodeURIComponent(
        document.cookie
          .split('; ')
          .find((c) => c.startsWith(NAME + '='))!
          .slice(NAME.length + 1),
      ),
    );

  it('a decision under opt-out in the US does not hold in the EEA under opt-in', () => {
    write('opt-out', 'US-CA');
    consent.start(regional(EXAMPLE, 'auto', 'Europe/Paris'));
    expect(consent.decided()).to.equal(false);
    expect(consent.due()).to.equal(true);
    expect(consent.snapshot()).to.deep.include({ region: 'FR', mode: 'opt-in', categories: { necessary: true, analytics: false, advertising: false } });
    // The consent id stays the visitor's.
    expect(consent.snapshot().id).to.equal('AbCdEfGhIjKlMnOpQrStUv');
  });

  it('a decision under notice or none does not hold under opt-out', () => {
    for (const mode of ['notice', 'none'] as const) {
      write(mode, 'JP');
      consent.start(regional(EXAMPLE, 'US-VA'));
      expect(consent.due(), mode).to.equal(true);
    }
  });

  it('a decision under opt-in holds under opt-out and notice', () => {
    write('opt-in', 'DE');
    consent.start(regional(EXAMPLE, 'US-CA'));
    expect(consent.due()).to.equal(false);
    expect(consent.snapshot().categories.analytics).to.equal(true);
    consent.start(regional(EXAMPLE, 'JP'));
    expect(consent.due()).to.equal(false);
  });

  it('a record older than regions (no mode) holds under any rules', () => {
    write();
    consent.start(regional(EXAMPLE, 'DE'));
    expect(consent.due()).to.equal(false);
    expect(consent.snapshot().categories.analytics).to.equal(true);
  });

  it('a decision records the mode and region it was made under, apart from its services', () => {
    consent.start(regional(EXAMPLE, 'US-CA'));
    consent.decide({ advertising: false }, 'api');
    expect(stored()).to.deep.include({ mode: 'opt-out', region: 'US-CA', services: {} });
    expect(consent.snapshot().services).to.deep.equal({});
    consent.start(regional(EXAMPLE, 'auto', 'UTC'));
    consent.decide({}, 'api');
    expect(stored()).to.deep.include({ mode: 'opt-in', region: null, services: {} });
  });
});

describe('mode none', () => {
  beforeEach(clear);
  after(clear);

  it('grants the optional categories without a banner or a stored decision', () => {
    consent.start(resolveConfig({ 'cookie-name': NAME, mode: 'none' }, {}));
    expect(consent.decided()).to.equal(true);
    expect(consent.due()).to.equal(false);
    expect(consent.getView()).to.equal('none');
    expect(consent.snapshot().categories).to.deep.equal({ necessary: true, analytics: true, advertising: true });
    expect(document.cookie).not.to.contain(NAME);
  });
});

describe("while the region's rules load", () => {
  beforeEach(clear);
  after(clear);

  it('nothing optional runs, no banner shows, and a stored decision does not apply yet', () => {
    document.cookie = `${NAME}=${encodeURIComponent(encode({ revision: '1', id: 'AbCdEfGhIjKlMnOpQrStUv', time: Date.now(), categories: { analytics: true, advertising: true }, services: {}, signal: false, mode: 'opt-in', region: 'DE' }))}; path=/`;
    // As boot.ts starts it while consentry.regions.js loads: pending, and opt-in.
    const c = resolveConfig({ 'cookie-name': NAME }, {});
    c.pending = true;
    consent.start(c);
    expect(consent.due()).to.equal(false);
    expect(consent.decided()).to.equal(false);
    expect(consent.getView()).to.equal('none');
    expect(consent.snapshot().categories).to.deep.equal({ necessary: true, analytics: false, advertising: false });
  });
});

describe('the schema', () => {
  it('has region, mode none and regions, whose keys are codes and groups', async () => {
    const { schema } = await import('../../src/schema/index.js');
    const props = schema.properties as Record<string, any>;
    const region = new RegExp(props.region.pattern);
    for (const ok of ['auto', 'DE', 'US-CA', 'GB-SCT', 'UK']) expect(region.test(ok), ok).to.equal(true);
    for (const bad of ['de', 'Germany', 'US-', 'US-CALIF', '']) expect(region.test(bad), bad).to.equal(false);
    expect(props.mode.enum).to.include('none');
    const key = new RegExp(props.regions.propertyNames.pattern);
    for (const ok of ['EEA UK CH', 'US-PRIVACY', '*', 'unknown', 'US-CA US-VA', 'EU']) expect(key.test(ok), ok).to.equal(true);
    for (const bad of ['Europe', 'eea', 'EEA  UK', ' DE', 'US-PRIVACY,UK', '']) expect(key.test(bad), bad).to.equal(false);
    const rules = (schema.$defs as Record<string, any>).regionRules;
    expect(rules.properties).to.include.keys('mode', 'honorGpc', 'categories', 'texts', 'notice');
    expect(rules.properties).not.to.have.any.keys('region', 'config', 'regions');
  });
});
