import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decode, encode, type Decision } from '../../src/core/storage.js';

/** What a category or service id looks like (the configuration accepts no other). */
const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,39}$/);
const decision: fc.Arbitrary<Decision> = fc.record(
  {
    revision: fc.stringMatching(/^[\w.-]{1,40}$/),
    id: fc.stringMatching(/^[\w-]{16,40}$/),
    time: fc.integer({ min: 0, max: Date.now() }),
    categories: fc.dictionary(id, fc.boolean(), { maxKeys: 50, noNullPrototype: true }),
    services: fc.dictionary(id, fc.boolean(), { maxKeys: 120, noNullPrototype: true }),
    signal: fc.boolean(),
  },
  { noNullPrototype: true },
);

/** Characters that matter to the record's grammar, so that edits reach its deeper checks. */
const GRAMMAR = [...'|!.=&_-01az9%;"', 'x-signal', '__proto__', 'constructor', 'toString'];
/** A valid record with up to 6 random edits (insert, delete, replace). */
const edited = fc
  .tuple(decision.map(encode), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...GRAMMAR), fc.constantFrom('insert', 'delete', 'replace')), { maxLength: 6 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, piece, how]) => {
      const i = at % (t.length + 1);
      return how === 'insert' ? t.slice(0, i) + piece : how === 'delete' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + piece + t.slice(i + 1);
    }, text),
  );

/** The ids a record's field lists as granted: before `!` (format 2), or `id=1` (format 1). */
function grantedIn(text: string, field: number): Set<string> {
  const f = text.split('|');
  const list =
    f[0] === '1' ? (f[field] ?? '').split('&').flatMap((p) => (p.endsWith('=1') ? [p.slice(0, -2)] : [])) : (f[field] ?? '').split('!')[0].split('.');
  return new Set(list);
}

/** A decoded record holds only own, well-formed ids, and grants only what the text grants. */
function checkDecoded(text: string): void {
  const d = decode(text);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  if (d === null) return;
  expect(Object.keys(d).sort()).to.deep.equal(['categories', 'id', 'revision', 'services', 'signal', 'time']);
  for (const [field, map] of [
    [4, d.categories],
    [5, d.services],
  ] as const) {
    expect(Object.getPrototypeOf(map)).to.equal(Object.prototype);
    const granted = grantedIn(text, field);
    for (const [k, v] of Object.entries(map)) {
      expect(k).to.match(/^[a-z][a-z0-9_-]{0,39}$/);
      expect(typeof v).to.equal('boolean');
      if (v) expect(granted.has(k), `${k} granted by ${text}`).to.equal(true);
    }
  }
  expect(d.time).to.be.at.most(Date.now() + 864e5);
  // What decodes is exactly what it re-encodes to.
  expect(decode(encode(d))).to.deep.equal(d);
}

describe('consent record (property-based)', () => {
  it('every decision round-trips', () => {
    fc.assert(
      fc.property(decision, (d) => {
        expect(decode(encode(d))).to.deep.equal(d);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary text decodes to null or a valid decision, never throws, never grants what it does not name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkDecoded), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...GRAMMAR), maxLength: 80 }), checkDecoded), { numRuns: 1000 });
  });

  it('edited records decode to null or a valid decision, never throw, never grant what they do not name', () => {
    fc.assert(fc.property(edited, checkDecoded), { numRuns: 2000 });
  });

  it('a refused id never reads as granted, and an id missing from the record is missing from the decision', () => {
    fc.assert(
      fc.property(decision, id, (d, other) => {
        const out = decode(encode(d))!;
        for (const [k, v] of Object.entries(d.categories)) expect(out.categories[k]).to.equal(v);
        if (!(other in d.categories)) expect(Object.hasOwn(out.categories, other)).to.equal(false);
        if (!(other in d.services)) expect(Object.hasOwn(out.services, other)).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });
});
