// A new user's first minutes, from an empty folder, with the README alone: the package as
// `npm pack` makes it, installed with `npm install`; then
// - a plain HTML site: the README's copy command (Install) and its configured example as the page;
// - a Vite + React + TypeScript app: what `npm create vite -- --template react-ts` writes (below,
//   trimmed to the files that matter), changed as the README says (`import 'consentry'` in
//   src/main.tsx, its App.tsx, its lines in index.html); `tsc` passes and `vite build` succeeds.
// Each site, served on 127.0.0.1 and opened in Chromium, shows the banner, keeps the gated tag
// back until "Accept all", renders the privacy notice and runs the listener, with no error.
// The app's tools (vite, @vitejs/plugin-react, react, typescript) are linked from this
// repository's node_modules rather than downloaded again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { inBanner, launch, ROOT, watchConsole } from './helpers.mjs';

const readme = readFileSync(ROOT + 'README.md', 'utf8');
/** The code block of the README that follows `<!-- example: path -->`, checked equal to the file. */
const example = (path) => {
  const shown = new RegExp(`<!-- example: ${path} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme)?.[1];
  assert.equal(shown, readFileSync(ROOT + path, 'utf8'), `README.md shows ${path}`);
  return shown;
};
/** The first `lang` block of the README after the heading `section` for which `test` holds. */
const block = (section, lang, test) => {
  const part = readme.slice(readme.indexOf(section));
  const found = [...part.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]).find(test);
  assert.ok(found, `README.md: a ${lang} block in ${section}`);
  return found;
};

const require = createRequire(import.meta.url);
/** The app's tools, from this repository's node_modules. */
const TOOLS = [
  require.resolve('react/package.json'),
  require.resolve('react-dom/package.json'),
  require.resolve('@types/react/package.json'),
  require.resolve('@types/react-dom/package.json'),
  require.resolve('vite/package.json'),
  // It exports no ./package.json: its folder, from its entry point.
  require.resolve('@vitejs/plugin-react').replace(/(\/node_modules\/@vitejs\/plugin-react\/).*$/, '$1package.json'),
  require.resolve('typescript/package.json'),
];

let dir;
let browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-new-user-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
  // README: `npm install consentry`, here from the packed file. Once, for both: the site is the
  // folder itself, and the app, in a folder inside it, finds node_modules/consentry by looking up,
  // as Node, TypeScript and Vite all do.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', join(dir, packed.filename)], { cwd: dir, stdio: 'ignore' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs a tool of the app with Node; a failure shows what it printed. */
function run(cwd, ...args) {
  try {
    execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    assert.fail(`${args.slice(0, 2).join(' ')}: ${e.stdout}${e.stderr}`);
  }
}

/** Opens `root` served on 127.0.0.1 with stand-ins for other hosts; returns what the test reads. */
async function visit(root) {
  const server = await serve({ root });
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const requested = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => (requested.push(route.request().url()), route.fulfill({ body: '', contentType: 'text/javascript' })),
  );
  const p = await context.newPage();
  const log = watchConsole(p);
  const logged = [];
  p.on('console', (m) => m.type() === 'log' && logged.push(m.text()));
  await p.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  const close = async () => (await context.close(), await new Promise((ok) => (server.close(ok), server.closeAllConnections())));
  return { p, log, logged, requested, close };
}

/** What both sites must do: banner, gated tag, notice, listener, no error. */
async function firstVisit({ p, log, logged, requested, close }) {
  try {
    await inBanner(p, '[part~="banner"]').waitFor();
    await p.locator('privacy-notice', { hasText: 'Example Ltd' }).waitFor();
    const gtag = (url) => url.startsWith('https://www.googletagmanager.com/gtag/js');
    assert.deepEqual(requested.filter(gtag), [], 'the gated tag waits');
    await inBanner(p, '[part~="accept"]').first().click();
    await p.waitForFunction(() => document.querySelector('script[src^="https://www.googletagmanager.com/gtag/js"]:not([type="text/plain"])'));
    await p.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    assert.equal(requested.filter(gtag).length, 1, 'the gated tag loads once the visitor accepts');
    assert.ok(logged.includes('analytics allowed: true'), logged.join('\n'));
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await close();
  }
}

describe('a new user, with the README', () => {
  it('makes a plain HTML site: copies dist/ into the site, pastes the configured example', async () => {
    const site = dir;
    execSync(
      block('## Install', 'sh', (b) => b.includes('cp ')),
      { cwd: site, shell: '/bin/sh' },
    );
    const configured = block('### A configured example', 'html', () => true);
    writeFileSync(
      join(site, 'public/index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site</title></head><body>\n${configured}</body></html>`,
    );
    await firstVisit(await visit(join(site, 'public')));
  });

  it('makes a Vite + React + TypeScript app: tsc passes, vite build succeeds, the built page works', async () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    // Next to consentry, as `npm install` puts an app's packages side by side.
    const bin = (name) => join(dir, 'node_modules', name);
    for (const manifest of TOOLS) {
      const name = JSON.parse(readFileSync(manifest, 'utf8')).name;
      mkdirSync(dirname(bin(name)), { recursive: true });
      symlinkSync(dirname(manifest), bin(name));
    }
    // What the react-ts template writes (create-vite), trimmed to the files that matter.
    const files = {
      'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>my-app</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
      'src/main.tsx': `import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import App from './App.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
`,
      'package.json': JSON.stringify({ name: 'my-app', private: true, type: 'module', scripts: { build: 'tsc -b && vite build' } }),
      'src/vite-env.d.ts': '/// <reference types="vite/client" />\n',
      'vite.config.ts': `import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
})
`,
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          useDefineForClassFields: true,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          types: ['vite/client'],
          skipLibCheck: true,
          moduleResolution: 'bundler',
          allowImportingTsExtensions: true,
          verbatimModuleSyntax: true,
          moduleDetection: 'force',
          noEmit: true,
          jsx: 'react-jsx',
          strict: true,
          noUnusedLocals: true,
          noUnusedParameters: true,
          noFallthroughCasesInSwitch: true,
          noUncheckedSideEffectImports: true,
        },
        include: ['src'],
      }),
    };
    // The README's changes: `import 'consentry';` in main.tsx, its App.tsx, its lines in <body>.
    files['src/main.tsx'] = files['src/main.tsx'].replace("import App from './App.tsx'\n", "import App from './App.tsx'\nimport 'consentry';\n");
    files['src/App.tsx'] = example('docs/examples/vite-react/App.tsx');
    files['index.html'] = files['index.html'].replace('  <body>\n', '  <body>\n' + example('docs/examples/vite-react/index-body.html'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), text);
    }
    run(app, bin('typescript/bin/tsc'), '-p', 'tsconfig.json');
    run(app, bin('vite/bin/vite.js'), 'build', '--logLevel', 'error');
    await firstVisit(await visit(join(app, 'dist')));
  });
});
