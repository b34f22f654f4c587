import { expect } from '@open-wc/testing';
import { errors } from './helpers.js';
import { ATTRIBUTES, resolveConfig, type Config } from '../../src/core/config.js';
import { optionsTable } from '../../src/schema/options-docs.js';

/**
 * The option table of docs/configuration.md, as `[attribute, default]` rows. A default written
 * in backticks is that value; a default in words ("none", "the page's host") means no value.
 */
async function documentedOptions(): Promise<Array<[string, string]>> {
  const page = await (await fetch('/docs/configuration.md')).text();
  const section = page.split(/^## Options$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows: Array<[string, string]> = [];
  for (const line of section.split('\n')) {
    const m = /^\| `([a-z-]+)` \| ([^|]*?) \|/.exec(line);
    if (m) rows.push([m[1], /^`([^`]*)`$/.exec(m[2])?.[1] ?? '']);
  }
  return rows;
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof Config;

describe('docs/configuration.md', () => {
  it('shows the option table generated from the code (npm run docs:options)', async () => {
    const page = await (await fetch('/docs/configuration.md')).text();
    expect(page).to.include(optionsTable());
  });

  it('lists every option the configuration reads, and no other', async () => {
    const names = (await documentedOptions()).map(([name]) => name);
    expect(names, 'options listed twice').to.deep.equal([...new Set(names)]);
    expect(names).to.have.members([...ATTRIBUTES]);
  });

  it('gives each option the default the code uses', async () => {
    const defaults = resolveConfig({}, {});
    for (const [name, documented] of await documentedOptions()) {
      let given: Config | undefined;
      // The documented default, given as the attribute, must be valid (nothing reported) and
      // resolve to what no attribute at all resolves to.
      expect(
        errors(() => (given = resolveConfig({ [name]: documented }, {}))),
        name,
      ).to.deep.equal([]);
      expect(JSON.stringify(given![camel(name)]), name).to.equal(JSON.stringify(defaults[camel(name)]));
    }
  });
});
