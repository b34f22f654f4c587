#!/usr/bin/env node
// `consentry render-banner` and `consentry render-notice`: markup for static sites, written at
// build time with `consentry/server` (docs/frameworks.md#the-banner-in-the-html,
// docs/frameworks.md#the-notice-in-the-html).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hideSnippet, renderBanner, renderNotice } from '../dist/server.mjs';

const USAGE = `Usage: consentry render-banner [--config file.json] [--lang tag] [--mode opt-in|opt-out|notice] [--no-snippet]
       consentry render-notice --config file.json [--lang tag] [--heading-level 1-6] [--hostname example.com]
render-banner prints the banner's first layer as HTML (for a visitor who has not decided), with
the inline script that shows it in the top layer before the first paint, and, unless --no-snippet,
the inline script that removes it for a visitor who has.
render-notice prints the privacy notice of the configuration's "notice" object as HTML.`;

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      lang: { type: 'string' },
      mode: { type: 'string' },
      'no-snippet': { type: 'boolean' },
      'heading-level': { type: 'string' },
      hostname: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (values.help || (command !== 'render-banner' && command !== 'render-notice')) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'render-notice' && !values.config) {
    console.error(`[consentry] render-notice needs --config (the JSON configuration with its "notice" object)\n${USAGE}`);
    return 2;
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
  if (command === 'render-notice') {
    const level = values['heading-level'];
    const options = { lang: values.lang, hostname: values.hostname, headingLevel: level === undefined ? undefined : /^\d+$/.test(level) ? +level : level };
    process.stdout.write(renderNotice(config, options) + '\n');
    return 0;
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
