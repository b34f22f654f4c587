// Consent records for the browser's storage tests (test/unit/storage.test.ts) and the server's
// (test/e2e/server.test.mjs): both must reject exactly the same tampered records.

/** A decision as the browser stores it. */
export const sample = {
  revision: '3',
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  time: Date.UTC(2026, 0, 2),
  categories: { analytics: true, advertising: false },
  services: { posthog: true },
};

const pairs = (map) => Object.entries(map).map(([k, v]) => k + '=' + +v).join('&');

/** The cookie text of a decision, written out by hand (the storage test checks `encode` makes the same). */
export const text = (d) => ['1', d.revision, d.id, d.time.toString(36), pairs(d.categories), pairs(d.services)].join('|');

/** Records that are no decision, by what is wrong with them. */
export function tamperedRecords() {
  const good = text(sample);
  return {
    empty: '',
    'not a string': 42,
    truncated: good.slice(0, good.length - 12),
    'foreign version': '2' + good.slice(1),
    'another tool': 'eyJjYXRlZ29yaWVzIjpbImFuYWx5dGljcyJdfQ==',
    'JSON object': JSON.stringify({ categories: { analytics: true } }),
    'value other than 0/1': good.replace('analytics=1', 'analytics=yes'),
    '__proto__ key': good.replace('analytics=1', '__proto__=1'),
    'constructor key': good.replace('analytics=1', 'constructor=1'),
    'markup key': good.replace('analytics=1', '<img>=1'),
    'duplicate key': good.replace('advertising=0', 'analytics=0'),
    'extra field': good + '|x',
    'bad id': good.replace('AbCdEfGhIjKlMnOpQrStUv', 'short'),
    'future time': text({ ...sample, time: Date.now() + 1e10 }),
    '4 KB value': good.replace('posthog=1', 'p' + 'a'.repeat(4096) + '=1'),
    'huge time': good.replace(sample.time.toString(36), 'zzzzzzzzzzzzzz'),
  };
}
