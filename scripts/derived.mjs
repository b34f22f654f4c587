// Modules made at build time from the source tree, so that a list that follows from the files or
// from a table is written once. rollup.config.mjs (`derivedModules`) and
// web-test-runner.config.mjs serve them under their `consentry:` ids; src/derived.d.ts types them.
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const src = new URL('../src/', import.meta.url);

/** Imports a TypeScript module of src/ in Node (bundled with esbuild): for pure data only. */
export async function evaluate(path) {
  const out = await build({ entryPoints: [new URL(path, src).pathname], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}

/** The shipped UI languages besides English: the files of src/i18n/lang/ (`de.ts` → `de`). */
export const languageTags = () =>
  readdirSync(new URL('i18n/lang/', src))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();

/** The privacy notice's built-in languages besides English: the files of src/notice/texts/. */
export const noticeTags = () =>
  readdirSync(new URL('notice/texts/', src))
    .filter((f) => f.endsWith('.ts') && f !== 'en.ts' && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();

/**
 * The modules by id. Each makes its source; `file(path)` turns a path under src/ into what the
 * module may import (a file path for rollup, a URL for the test runner).
 */
export const DERIVED = {
  // The drop-in's list of shipped languages (src/i18n/texts.ts): two-letter tags run together,
  // then the longer ones, the shortest way to write it.
  'consentry:languages': () => {
    const tags = languageTags();
    const two = tags.filter((t) => t.length === 2);
    const longer = tags.filter((t) => t.length !== 2);
    return `export const SHIPPED = [...${JSON.stringify(two.join(''))}.match(/../g), ${longer.map((t) => JSON.stringify(t)).join(', ')}];\n`;
  },
  // Every shipped table by tag, for the build of dist/consentry.lang.<tag>.js and the tests.
  'consentry:language-tables': (file) => {
    const tags = languageTags();
    return (
      tags.map((t, i) => `import t${i} from ${JSON.stringify(file('i18n/lang/' + t + '.ts'))};`).join('\n') +
      `\nexport const tables = { ${tags.map((t, i) => `${JSON.stringify(t)}: t${i}`).join(', ')} };\n`
    );
  },
  // The catalogue's purposes in every shipped UI language (src/i18n/purposes/<tag>.ts), for the
  // build of dist/consentry.purposes.<tag>.js and the tests. A UI language without its file fails the build.
  'consentry:purpose-tables': (file) => {
    const tags = languageTags();
    const missing = tags.filter((t) => !readdirSync(new URL('i18n/purposes/', src)).includes(t + '.ts'));
    if (missing.length) throw new Error(`src/i18n/purposes/: no purposes for ${missing.join(', ')}`);
    return (
      tags.map((t, i) => `import t${i} from ${JSON.stringify(file('i18n/purposes/' + t + '.ts'))};`).join('\n') +
      `\nexport const tables = { ${tags.map((t, i) => `${JSON.stringify(t)}: t${i}`).join(', ')} };\n`
    );
  },
  // The notice's built-in languages (src/notice/texts/index.ts), English first.
  'consentry:notice-languages': () => `export const LANGUAGES = ${JSON.stringify(['en', ...noticeTags()])};\n`,
  // Every notice table but English by tag (each file exports its table under its tag), for the
  // build of dist/consentry.notice.<lang>.js.
  'consentry:notice-tables': (file) => {
    const tags = noticeTags();
    return (
      tags.map((t, i) => `import { ${t} as t${i} } from ${JSON.stringify(file('notice/texts/' + t + '.ts'))};`).join('\n') +
      `\nexport const tables = { ${tags.map((t, i) => `${JSON.stringify(t)}: t${i}`).join(', ')} };\n`
    );
  },
  // The vendor catalogue (src/vendors/catalogue.ts) as each part needs it, so that each fact
  // about a vendor is written once and no part carries data it does not use.
  // The page globals of the vendors' consent APIs, which the drop-in watches for before it loads
  // the integrations chunk that talks to them.
  'consentry:vendor-globals': async () => {
    const globals = Object.values((await catalogue()).VENDORS).flatMap((v) => (v.consent ? [v.consent.global] : []));
    return `export const GLOBALS = ${JSON.stringify(globals.join(' '))}.split(' ');\n`;
  },
  // The consent APIs for the integrations chunk: per vendor with one, its page global, its
  // categories and its call. src/integrations/vendor-apis.ts exports each call under the vendor's
  // id in camel case (so that the chunk carries the function and not the id); the vendors are
  // told in the order of its exports. A call without a consent API in the catalogue, or the
  // reverse, fails the build.
  'consentry:vendor-apis': async (file) => {
    const { VENDORS } = await catalogue();
    const apis = new Map(Object.entries(VENDORS).flatMap(([id, v]) => (v.consent ? [[camel(id), v.consent]] : [])));
    const source = readFileSync(new URL('integrations/vendor-apis.ts', src), 'utf8');
    const rows = [...source.matchAll(/^export const (\w+)\b/gm)].map(([, name]) => {
      const api = apis.get(name);
      if (!api) throw new Error(`src/integrations/vendor-apis.ts: ${name} has no consent API in src/vendors/catalogue.ts`);
      apis.delete(name);
      return `[${JSON.stringify(api.global)}, ${JSON.stringify(api.categories)}, calls.${name}]`;
    });
    if (apis.size) throw new Error(`src/vendors/catalogue.ts: no call in src/integrations/vendor-apis.ts for ${[...apis.keys()].join(', ')}`);
    return `import * as calls from ${JSON.stringify(file('integrations/vendor-apis.ts'))};\nexport const VENDORS = [${rows.join(', ')}];\n`;
  },
  // The tracking hosts, for the audit (extras chunk): the catalogue's and the other known ones.
  'consentry:tracking-hosts': async () => {
    const { VENDORS, OTHER_HOSTS } = await catalogue();
    const hosts = [...new Set([...Object.values(VENDORS), ...Object.values(OTHER_HOSTS)].flatMap((v) => v.hosts ?? []))];
    return `export const TRACKING_HOSTS = ${JSON.stringify(hosts.join(' '))}.split(' ');\n`;
  },
  // What `ga-id` declares when the configuration does not list Google Analytics itself (drop-in).
  'consentry:ga-service': async () => {
    const { name, provider, privacyUrl, cookies, storage } = (await catalogue()).VENDORS['google-analytics'];
    return `export const SERVICE = ${JSON.stringify({ id: 'google-analytics', name, provider, privacyUrl, cookies, storage })};\n`;
  },
  // The services chunk: the entries for `services: ["id"]`, without what only other parts use (hosts,
  // consent APIs), in an object without a prototype (no id such as `constructor` can look known). Cookies are
  // written as calls of one small function, as in the catalogue, which keeps the chunk small.
  'consentry:services': async () => {
    const entries = Object.entries((await catalogue()).VENDORS).map(([id, { hosts: _hosts, consent: _consent, ...v }]) => {
      const fields = Object.entries(v).map(([k, x]) => `${k}:${k === 'cookies' ? `[${x.map(cookieCall).join(',')}]` : JSON.stringify(x)}`);
      return `${JSON.stringify(id)}:{${fields.join(',')}}`;
    });
    return (
      'const c = (name, duration, domain) => (domain ? { name, duration, domain } : { name, duration });\n' +
      `export const CATALOGUE = Object.assign(Object.create(null), {${entries.join(',')}});\n`
    );
  },
};

/** A cookie declaration as a call of the services chunk's `c`: `c("_ga","2 years")`. */
const cookieCall = (cookie) =>
  `c(${Object.values(cookie)
    .map((a) => JSON.stringify(a))
    .join(',')})`;

/** A vendor id in camel case: `meta-pixel` → `metaPixel`. */
const camel = (id) => id.replace(/-(.)/g, (_, c) => c.toUpperCase());

/** The vendor catalogue (evaluated afresh each time, so that a rebuild in watch mode sees edits). */
const catalogue = () => evaluate('vendors/catalogue.ts');
