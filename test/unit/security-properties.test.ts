// Property-based tests (fast-check) of what hostile or careless input reaches: configuration from
// attributes and JSON, the `[label](url)` text parser, language tags and the Trusted Types policy.
// Each property holds for every generated input; runs use a fixed seed, so failures reproduce.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { errors, jsonConfig } from './helpers.js';
import { ATTRIBUTES, ID, resolveConfig, type Config } from '../../src/core/config.js';
import { MAX_TAG, match, pieces, SHIPPED } from '../../src/i18n/texts.js';
import { drawing, trusted } from '../../src/core/trusted.js';
import { webUrl } from '../../src/core/guard.js';

const RUNS = { seed: 1616, numRuns: 300 };

/** How many levels of objects and arrays `v` nests (iteratively: it may be very deep). */
function levels(v: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[v, 1]];
  while (stack.length) {
    const [x, n] = stack.pop()!;
    if (x && typeof x === 'object') {
      deepest = Math.max(deepest, n);
      for (const k of Object.keys(x)) stack.push([(x as any)[k], n + 1]);
    }
  }
  return deepest;
}
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

/** What every resolved configuration satisfies, whatever it was made from. */
function invariants(c: Config): void {
  expect(c.categories[0].id).to.equal('necessary');
  expect(c.categories.length).to.be.within(1, 51);
  const ids = c.categories.map((x) => x.id);
  expect(new Set(ids).size).to.equal(ids.length);
  const services = c.categories.flatMap((x) => x.services);
  expect(services.length).to.be.at.most(500);
  for (const id of [...ids, ...services.map((s) => s.id)]) {
    expect(id).to.match(ID);
    expect(INHERITED).not.to.include(id);
  }
  for (const t of [...c.categories.flatMap((x) => [x.label, x.description]), ...services.flatMap((s) => [s.name, s.provider, s.purpose])])
    if (t !== undefined) expect(t).to.be.a('string').with.length.at.most(5000);
  for (const table of Object.values(c.texts)) for (const t of Object.values(table)) expect(t).to.be.a('string').with.length.at.most(5000);
  expect(['opt-in', 'opt-out', 'notice']).to.include(c.mode);
  expect(c.lang === 'auto' || c.lang.length <= MAX_TAG).to.equal(true);
  expect(c.cookieDays).to.be.within(1, 395);
  for (const url of [c.policyUrl, c.consentEndpoint]) expect(url === '' || webUrl(url)).to.equal(true);
}

/** An id-like string, often a valid or an inherited one, sometimes anything. */
const id = fc.oneof(
  fc.constantFrom('analytics', 'advertising', 'necessary', 'functional', ...INHERITED),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,45}$/),
  fc.string(),
);
/** Strings biased towards what the parsers look for. */
const tricky = fc.string({ unit: fc.constantFrom('[', ']', '(', ')', 'a', ' ', ':', '/', '#', 'h', 't', 'p', 's', 'j', '\n', '-', '\\'), maxLength: 200 });
const value = fc.oneof(
  fc.string(),
  tricky,
  fc.constantFrom('', 'true', 'off', '0', '-1', '1e9', 'javascript:alert(1)', ' https://x.example/ ', 'auto', 'de-AT'),
);

describe('configuration (property)', () => {
  it('any attribute values resolve without throwing, to a configuration within the limits', () => {
    const options = fc.dictionary(fc.constantFrom(...ATTRIBUTES.filter((a) => a !== 'config')), value);
    errors(() =>
      fc.assert(
        fc.property(options, options, (element, script) => invariants(resolveConfig(element, script))),
        RUNS,
      ),
    );
  });

  it('any JSON configuration resolves without throwing, to a configuration within the limits', () => {
    const service = fc.oneof(
      id,
      fc.record({ id, name: value, provider: value, purpose: value, cookies: fc.anything(), storage: fc.anything() }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    const category = fc.oneof(
      fc.record({ label: value, description: value, services: fc.oneof(fc.array(service, { maxLength: 20 }), fc.jsonValue()) }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    const json = fc.oneof(
      fc.record(
        {
          categories: fc.oneof(fc.dictionary(id, category, { maxKeys: 60 }), fc.jsonValue()),
          texts: fc.oneof(fc.dictionary(fc.oneof(id, fc.constantFrom('en', 'de')), fc.dictionary(id, fc.oneof(value, fc.jsonValue()))), fc.jsonValue()),
          mode: fc.oneof(value, fc.jsonValue()),
          lang: fc.oneof(value, fc.jsonValue()),
          policyUrl: fc.oneof(value, fc.jsonValue()),
          cookieDays: fc.oneof(value, fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    errors(() =>
      fc.assert(
        fc.property(json, (config) => invariants(resolveConfig({ config: jsonConfig('prop', config) }, {}))),
        RUNS,
      ),
    );
  });

  it('JSON nested to any depth is cut at 32 levels and reported, never throws', () => {
    errors(() =>
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 30_000 }), fc.boolean(), (depth, asService) => {
          const nested = '['.repeat(depth) + ']'.repeat(depth);
          const text = asService
            ? `{"categories":{"analytics":{"services":[${nested}]}}}`
            : `{"mode":${nested || '""'},"texts":{"en":{"title":${nested || '""'}}}}`;
          document.getElementById('deep')?.remove();
          const el = Object.assign(document.createElement('script'), { type: 'application/json', id: 'deep', textContent: text });
          document.head.append(el);
          const c = resolveConfig({ config: '#deep' }, {});
          invariants(c);
          // What is kept nests (objects and arrays) no deeper than 32 levels; shallower JSON is kept whole.
          expect(levels(c.json)).to.equal(Math.min((asService ? 4 : 3) + depth, 32));
        }),
        { ...RUNS, numRuns: 40 },
      ),
    );
  });

  it('thousands of categories or services are cut to 50 and 500 (counted, not timed)', () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
    errors(() => {
      const c = resolveConfig({ categories: many(5000, (i) => 'c' + i).join(' ') }, {});
      expect(c.categories.length).to.equal(51);
      const j = resolveConfig(
        {
          config: jsonConfig('many', {
            categories: Object.fromEntries(many(80, (i) => ['c' + i, { services: many(100, (s) => `s${i}-${s}`).map((sid) => ({ id: sid })) }])),
          }),
        },
        {},
      );
      expect(j.categories.length).to.equal(51);
      expect(j.categories.flatMap((x) => x.services).length).to.equal(500);
    });
  });
});

/** The text back from its pieces: what the parser found is exactly what was there. */
const joined = (p: ReturnType<typeof pieces>) => p.map((x) => (typeof x === 'string' ? x : `[${x.label}](${x.href})`)).join('');

describe('the text/link parser (property)', () => {
  it('never throws, loses or adds nothing, and makes links only with allowed schemes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const out = pieces(text);
        expect(joined(out)).to.equal(text);
        out.forEach((p, i) => {
          if (typeof p === 'string') {
            expect(p).not.to.equal('');
            // A skipped link stays in the text around it: two texts are never side by side.
            expect(typeof out[i + 1]).not.to.equal('string');
          } else {
            expect(p.href).to.match(/^(https?:|mailto:|\/(?!\/)|#)/i);
            expect(p.href).not.to.match(/[\s()[\]]/);
            expect(p.label).to.match(/^[^[\]]+$/);
          }
        });
      }),
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('finds the links a site writes', () => {
    expect(pieces('See [our policy](/privacy) or [mail us](mailto:a@b.example). [x](javascript:alert(1))')).to.deep.equal([
      'See ',
      { label: 'our policy', href: '/privacy' },
      ' or ',
      { label: 'mail us', href: 'mailto:a@b.example' },
      '. [x](javascript:alert(1))',
    ]);
  });

  it('is linear: 400 KB of any repeated fragment parses within the test timeout', () => {
    // Quadratic matching took 1.8 s for 80 KB; at 400 KB that is about 45 s, past the 10 s timeout.
    fc.assert(
      fc.property(fc.constantFrom('[a](', '[', '[a', '](', '[a](b', '[a](/', '[a](/ ', '[[a](/x)', ']('), (fragment) => {
        const text = fragment.repeat(Math.ceil(400_000 / fragment.length));
        expect(joined(pieces(text))).to.equal(text);
      }),
      { ...RUNS, numRuns: 9 },
    );
  });
});

describe('language tags (property)', () => {
  it('any tag matches without throwing; one longer than BCP 47 allows matches nothing and is reported', () => {
    errors(() =>
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.stringMatching(/^[a-zA-Z]{2}(-[a-zA-Z0-9]{1,8}){0,6}$/),
            fc.integer({ min: 36, max: 200_000 }).map((n) => ('de-' + 'abcdefgh-'.repeat(n / 9)).slice(0, n)),
          ),
          (tag) => {
            const found = match(tag, ['en', ...SHIPPED]);
            if (tag.length > MAX_TAG) expect(found).to.equal(undefined);
            else if (found) expect(['en', ...SHIPPED]).to.include(found);
          },
        ),
        RUNS,
      ),
    );
  });
});

describe('the Trusted Types policy', () => {
  it('makes script URLs of http(s) and relative URLs only', () => {
    const policy = trusted();
    for (const url of ['/dist/consentry.extras.js', 'consentry.lit.js', 'https://cdn.example/x.js', '//cdn.example/x.js'])
      expect(String(policy.createScriptURL(url))).to.equal(url);
    for (const url of [
      'javascript:alert(1)',
      'data:text/javascript,alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'blob:https://x.example/1',
    ])
      expect(() => policy.createScriptURL(url), url).to.throw(TypeError);
  });

  it("makes HTML only while Consentry renders (lit-html's templates), never for another caller", () => {
    const policy = trusted();
    expect(() => policy.createHTML('<img src=x onerror=alert(1)>')).to.throw(TypeError);
    expect(String(drawing(() => policy.createHTML('<p><?lit$1$></p>')))).to.equal('<p><?lit$1$></p>');
    expect(() => policy.createHTML('<p></p>')).to.throw(TypeError);
    // Still closed after a render that threw.
    expect(() =>
      drawing(() => {
        throw new Error('x');
      }),
    ).to.throw('x');
    expect(() => policy.createHTML('<p></p>')).to.throw(TypeError);
  });
});
