#!/usr/bin/env node
// `consentry render-banner` and `consentry render-notice`: markup for static sites, written at
// build time with `consentry/server` (docs/frameworks.md#the-banner-in-the-html).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hideSnippet, renderBanner } from '../dist/server.mjs';

const USAGE = `Usage: consentry render-banner [--config file.json] [--lang tag] [--mode opt-in|opt-out|notice] [--no-snippet]
Prints the banner's first layer as HTML (for a visitor who has not decided) and, unless
--no-snippet, the inline script that removes it for a visitor who has.`;

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { config: { type: 'string' }, lang: { type: 'string' }, mode: { type: 'string' }, 'no-snippet': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals[0] !== 'render-banner') {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  let config = {};
  if (values.config) {
    try {
      config = JSON.parse(readFileSync(values.config, 'utf8'));
    } catch (e) {
      console.error(`[consentry] --config ${values.config}: ${e.message}`);
      return 1;
    }
  }
  const cookies = typeof config === 'object' && config ? config : {};
  process.stdout.write(renderBanner('', { config, lang: values.lang, mode: values.mode }) + (values['no-snippet'] ? '' : hideSnippet(cookies)) + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`[consentry] ${e.message}\n${USAGE}`);
  process.exitCode = 2;
}
