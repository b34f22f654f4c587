import { expect } from '@open-wc/testing';
import { browserZone, consentModeDefaults, entries, GROUPS, match, rank, resolveRegion, US_PRIVACY, zoneRegions } from '../../src/regions/resolve.js';
import { TZDATA } from '../../src/regions/zones.js';

const base = { mode: 'opt-in', honorGpc: true };
/** A reporter that records what it is told, as `key=value`. */
const recorder = () => {
  const seen: string[] = [];
  return { seen, report: (key: string, value: unknown) => void seen.push(`${key}=${value}`) };
};
const table = (t: Record<string, unknown>) => entries(t, recorder().report);

/** The worked example of docs/regions.md. */
const EXAMPLE = table({
  'EEA UK CH': { mode: 'opt-in' },
  'US-PRIVACY': { mode: 'opt-out', honorGpc: true },
  '*': { mode: 'notice' },
});

describe('zone table', () => {
  it('records the tzdata version it was made from', () => {
    expect(TZDATA).to.match(/^20\d\d[a-z]$/);
  });

  it('maps zones to their country', () => {
    expect(zoneRegions('Europe/Berlin')).to.deep.equal(['DE']);
    expect(zoneRegions('Europe/Paris')).to.deep.equal(['FR']);
    expect(zoneRegions('Europe/London')).to.deep.equal(['GB']);
    expect(zoneRegions('Europe/Zurich')).to.deep.equal(['CH']);
    expect(zoneRegions('Europe/Copenhagen')).to.deep.equal(['DK']);
    expect(zoneRegions('America/Toronto')).to.deep.equal(['CA']);
    expect(zoneRegions('Asia/Tokyo')).to.deep.equal(['JP']);
    expect(zoneRegions('America/Sao_Paulo')).to.deep.equal(['BR']);
  });

  it("maps old names (links) to their target's country", () => {
    expect(zoneRegions('Asia/Calcutta')).to.deep.equal(['IN']);
    expect(zoneRegions('Europe/Kiev')).to.deep.equal(['UA']);
    expect(zoneRegions('US/Pacific')).to.deep.equal(zoneRegions('America/Los_Angeles'));
  });

  it('maps a US zone to every state it covers', () => {
    expect(zoneRegions('America/Los_Angeles')).to.deep.equal(['US-CA', 'US-ID', 'US-NV', 'US-OR', 'US-WA']);
    expect(zoneRegions('America/Denver')).to.include.members(['US-CO', 'US-UT', 'US-MT']);
    expect(zoneRegions('America/New_York')[0]).to.equal('US-NY');
    expect(zoneRegions('Pacific/Honolulu')).to.deep.equal(['US-HI']);
  });

  it('knows no country for UTC, Etc/* and names it does not list', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+5', 'GMT', 'Mars/Olympus', '', '__proto__', 'constructor'])
      expect(zoneRegions(zone), zone).to.deep.equal([]);
  });
});

describe("the browser's time zone", () => {
  const g = globalThis as { Temporal?: unknown };
  const had = Object.getOwnPropertyDescriptor(g, 'Temporal');
  afterEach(() => (had ? Object.defineProperty(g, 'Temporal', had) : delete g.Temporal));

  it('is what Intl says, from Temporal where there is one', () => {
    const intl = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(browserZone()).to.equal(intl);
    Object.defineProperty(g, 'Temporal', { value: { Now: { timeZoneId: () => 'Asia/Tokyo' } }, configurable: true, writable: true });
    expect(browserZone()).to.equal('Asia/Tokyo');
  });

  it("falls back to Intl without Temporal, and to '' when neither answers", () => {
    Object.defineProperty(g, 'Temporal', { value: undefined, configurable: true, writable: true });
    expect(browserZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    Object.defineProperty(g, 'Temporal', {
      value: {
        Now: {
          timeZoneId: () => {
            throw new RangeError('no');
          },
        },
      },
      configurable: true,
      writable: true,
    });
    expect(browserZone()).to.equal('');
  });
});

describe('groups', () => {
  it('EEA is the EU plus Iceland, Liechtenstein and Norway', () => {
    expect(GROUPS.EU).to.have.length(27);
    expect(GROUPS.EEA).to.have.length(30);
    expect(GROUPS.EEA).to.include.members([...GROUPS.EU, 'IS', 'LI', 'NO']);
    expect(GROUPS.EU).not.to.include('GB');
    expect(GROUPS.EU).not.to.include('CH');
  });

  it('UK is GB; US-PRIVACY is US states by ISO 3166-2 code', () => {
    expect(GROUPS.UK).to.deep.equal(['GB']);
    expect(US_PRIVACY).to.include.members(['US-CA', 'US-VA', 'US-CO', 'US-CT', 'US-TX', 'US-OR']);
    for (const s of US_PRIVACY) expect(s).to.match(/^US-[A-Z]{2}$/);
    expect(US_PRIVACY).not.to.include('US-NY');
  });
});

describe('most specific match', () => {
  const list = table({
    '*': { n: 'any' },
    US: { n: 'us' },
    'US-PRIVACY': { n: 'privacy' },
    'US-CA': { n: 'ca' },
    EEA: { n: 'eea' },
    EU: { n: 'eu' },
    FR: { n: 'fr' },
    UK: { n: 'uk' },
    unknown: { n: 'unknown' },
  });
  const pick = (region: string | null) => match(list, region)[0]?.rules.n;

  it('US-CA over US-PRIVACY over US over *', () => {
    expect(pick('US-CA')).to.equal('ca');
    expect(pick('US-VA')).to.equal('privacy');
    expect(pick('US-NY')).to.equal('us');
    expect(pick('US')).to.equal('us');
    expect(pick('JP')).to.equal('any');
  });

  it('a country over EU over EEA; UK names GB', () => {
    expect(pick('FR')).to.equal('fr');
    expect(pick('DE')).to.equal('eu');
    expect(pick('NO')).to.equal('eea');
    expect(pick('GB')).to.equal('uk');
    expect(pick('GB-SCT')).to.equal('uk');
  });

  it('unknown names only the unknown region, and * never does', () => {
    expect(pick(null)).to.equal('unknown');
    expect(rank('*', null)).to.equal(0);
    expect(rank('unknown', 'DE')).to.equal(0);
  });

  it('a key may name several codes and groups', () => {
    expect(match(EXAMPLE, 'CH')[0]?.rules.mode).to.equal('opt-in');
    expect(match(EXAMPLE, 'GB')[0]?.rules.mode).to.equal('opt-in');
    expect(match(EXAMPLE, 'US-TX')[0]?.rules.mode).to.equal('opt-out');
  });
});

describe('resolveRegion', () => {
  it("auto: the time zone's country and its rules", () => {
    expect(resolveRegion(EXAMPLE, 'auto', base, 'Europe/Berlin')).to.include({ region: 'DE' });
    expect(resolveRegion(EXAMPLE, 'auto', base, 'Europe/Berlin').rules).to.deep.equal({ mode: 'opt-in' });
    expect(resolveRegion(EXAMPLE, 'auto', base, 'Asia/Tokyo').rules).to.deep.equal({ mode: 'notice' });
  });

  it('a zone spanning several states takes the most protective rules among them', () => {
    // New York has no comprehensive privacy law; Connecticut, in the same zone, has.
    const ny = resolveRegion(EXAMPLE, 'auto', base, 'America/New_York');
    expect(ny.region).to.equal('US-CT');
    expect(ny.rules.mode).to.equal('opt-out');
    expect(resolveRegion(EXAMPLE, 'auto', base, 'America/Los_Angeles').region).to.equal('US-CA');
    expect(resolveRegion(EXAMPLE, 'auto', base, 'America/Denver').region).to.equal('US-CO');
    // Only a state with its own opt-in rules beats the others.
    const strict = table({ 'US-WA': { mode: 'opt-in' }, 'US-PRIVACY': { mode: 'opt-out' } });
    const notice = { mode: 'notice', honorGpc: true };
    expect(resolveRegion(strict, 'auto', notice, 'America/Los_Angeles')).to.deep.include({ region: 'US-WA', rules: { mode: 'opt-in' } });
    // A state that no entry names has the configuration's own mode, opt-in here.
    expect(resolveRegion(strict, 'auto', base, 'America/Los_Angeles').region).to.equal('US-ID');
  });

  it('unknown: the `unknown` rules, else opt-in', () => {
    expect(resolveRegion(EXAMPLE, 'auto', base, 'UTC')).to.deep.include({ region: null, rules: { mode: 'opt-in' } });
    expect(resolveRegion(EXAMPLE, 'auto', base, 'Etc/GMT-3').region).to.equal(null);
    expect(resolveRegion(EXAMPLE, 'XX', base, 'Europe/Berlin').region).to.equal(null);
    const withUnknown = table({ unknown: { mode: 'notice' }, '*': { mode: 'none' } });
    expect(resolveRegion(withUnknown, 'auto', base, 'UTC').rules).to.deep.equal({ mode: 'notice' });
  });

  it('a region given by the server wins over the time zone; UK is GB', () => {
    expect(resolveRegion(EXAMPLE, 'US-CA', base, 'Europe/Berlin')).to.deep.include({ region: 'US-CA', rules: { mode: 'opt-out', honorGpc: true } });
    expect(resolveRegion(EXAMPLE, 'UK', base, 'Asia/Tokyo').region).to.equal('GB');
  });

  it("a known region that no entry names keeps the configuration's own options", () => {
    expect(resolveRegion(table({ EEA: { mode: 'opt-in' } }), 'JP', base).rules).to.deep.equal({});
  });
});

describe('checking the table', () => {
  it('reports bad keys and values and keeps the rest', () => {
    const r = recorder();
    const list = entries({ 'EEA Europe de': { mode: 'opt-in' }, 'US-CA': 'opt-out', FR: { region: 'DE', mode: 'notice', config: '#x' }, nope: {} }, r.report);
    expect(list).to.deep.equal([
      { keys: ['EEA'], rules: { mode: 'opt-in' } },
      { keys: ['FR'], rules: { mode: 'notice' } },
    ]);
    expect(r.seen).to.deep.equal([
      'regions["EEA Europe de"]=Europe',
      'regions["EEA Europe de"]=de',
      'regions["US-CA"]="opt-out"',
      'regions["FR"].region="DE"',
      'regions["FR"].config="#x"',
      'regions["nope"]=nope',
    ]);
  });

  it('reports a table that is not an object', () => {
    for (const bad of [[], 'EEA', 3, null]) {
      const r = recorder();
      expect(entries(bad, r.report)).to.deep.equal([]);
      expect(r.seen).to.have.length(1);
    }
  });

  it("a __proto__ key in a region's rules stays an own key, never their prototype", () => {
    const [e] = entries(JSON.parse('{"DE": {"__proto__": {"mode": "none"}}}'), recorder().report);
    expect(Object.getPrototypeOf(e.rules)).to.equal(Object.prototype);
    expect(e.rules.mode).to.equal(undefined);
    expect(resolveRegion([e], 'DE', base, 'UTC').rules.mode).to.equal(undefined);
  });

  it('inherited names are not groups', () => {
    const r = recorder();
    expect(entries({ constructor: { mode: 'none' }, toString: { mode: 'none' } }, r.report)).to.deep.equal([]);
    expect(r.seen).to.have.length(2);
  });
});

describe('Consent Mode defaults', () => {
  it('one entry per rule, groups expanded, each code under its most specific rule', () => {
    const list = table({ EEA: { mode: 'opt-in' }, DE: { mode: 'notice' }, 'US-PRIVACY': { mode: 'opt-out', honorGpc: false }, '*': { mode: 'notice' } });
    const d = consentModeDefaults(list, base);
    expect(d).to.have.length(3);
    expect(d[0].region).to.have.length(29);
    expect(d[0].region).not.to.include('DE');
    expect(d[0]).to.include({ analytics: false, advertising: false, functional: false });
    expect(d[1]).to.deep.equal({ region: ['DE'], analytics: true, advertising: true, functional: true });
    expect(d[2].region).to.deep.equal(US_PRIVACY);
  });
});
