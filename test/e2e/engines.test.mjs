// The set-up the README names works on the Node.js version it names: every package that
// `npm install` puts in node_modules (package-lock.json, with its `engines` as published)
// accepts that version, so the install prints no EBADENGINE warning there. CONTRIBUTING.md names
// the same version.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { ROOT } from './helpers.mjs';

const named = (file) => /Node\.js (\d+\.\d+) or later/.exec(readFileSync(ROOT + file, 'utf8'))?.[1];

it('the README and CONTRIBUTING.md name one Node.js version', () => {
  assert.ok(named('README.md'), 'README.md says "Node.js <major>.<minor> or later"');
  assert.equal(named('CONTRIBUTING.md'), named('README.md'));
});

it('every package of package-lock.json accepts the Node.js version the README names', () => {
  const node = named('README.md') + '.0';
  const lock = JSON.parse(readFileSync(ROOT + 'package-lock.json', 'utf8'));
  const refused = Object.entries(lock.packages)
    .filter(([, p]) => typeof p.engines?.node === 'string' && !semver.satisfies(node, p.engines.node))
    .map(([path, p]) => `${path}@${p.version}: ${p.engines.node}`);
  assert.ok(Object.keys(lock.packages).length > 100);
  assert.deepEqual(refused, [], `these want another Node.js than ${node}`);
  // And the machine's Node.js is one of them.
  assert.ok(semver.gte(process.version, node), `${process.version} is older than the README says`);
});
