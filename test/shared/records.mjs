// Consent records for the browser's storage tests (test/unit/core-storage.test.ts) and the server's
// (test/e2e/server.test.mjs): both must reject exactly the same tampered records.

/** A decision as the browser stores it. */
export const sample = {
  revision: '3',
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  // Yesterday (midnight UTC): a record older than the default cookie-days (182) would be void for
  // that reason alone, and the tampered records below must fail for their own.
  time: Math.floor(Date.now() / 864e5) * 864e5 - 864e5,
  categories: { analytics: true, advertising: false },
  services: { posthog: false },
  signal: false,
};

/** Granted ids, `!`, refused ids (format 2). */
const group = (map) =>
  [true, false]
    .map((v) =>
      Object.keys(map)
        .filter((k) => map[k] === v)
        .join('.'),
    )
    .join('!');

/** The record text of a decision, written out by hand (the storage test checks `encode` makes the same). */
export const text = (d) => ['2', d.revision, d.id, d.time.toString(36), group(d.categories), group(d.services), d.signal ? 1 : ''].join('|');

/** Records that are no decision, by what is wrong with them. */
export function tamperedRecords() {
  const good = text(sample);
  return {
    empty: '',
    'not a string': 42,
    truncated: good.slice(0, good.length - 12),
    'foreign version': '3' + good.slice(1),
    'version 1 with version 2 fields': '1' + good.slice(1),
    'another tool': 'eyJjYXRlZ29yaWVzIjpbImFuYWx5dGljcyJdfQ==',
    'JSON object': JSON.stringify({ categories: { analytics: true } }),
    'signal other than 1': good + 'x',
    'missing separator': good.replace('analytics!advertising', 'analytics.advertising'),
    'second separator': good.replace('analytics!advertising', 'analytics!advertising!x'),
    '__proto__ key': good.replace('analytics!', '__proto__!'),
    'constructor key': good.replace('analytics!', 'constructor!'),
    'markup key': good.replace('analytics!', '<img>!'),
    'duplicate key': good.replace('!advertising', '!analytics'),
    'empty key': good.replace('analytics!', 'analytics.!'),
    'extra field': good + '|x',
    'format 1 value other than 0/1': '1|3|AbCdEfGhIjKlMnOpQrStUv|' + sample.time.toString(36) + '|analytics=yes|',
    'format 1 __proto__ key': '1|3|AbCdEfGhIjKlMnOpQrStUv|' + sample.time.toString(36) + '|__proto__=1|',
    'bad id': good.replace('AbCdEfGhIjKlMnOpQrStUv', 'short'),
    'future time': text({ ...sample, time: Date.now() + 1e10 }),
    'long key': good.replace('posthog', 'p' + 'a'.repeat(40)),
    'value longer than 32 KB': good.replace('posthog', Array.from({ length: 800 }, (_, i) => 'p' + i + 'a'.repeat(38)).join('.')),
    'huge time': good.replace(sample.time.toString(36), 'zzzzzzzzzzzzzz'),
  };
}
