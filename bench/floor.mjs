// The floor: the least any consent tool can do on the benchmark page to show Consentry's first
// layer. A hand-written script, made here from Consentry's own stylesheet and English texts, that
// reads the consent cookie and, with none, inserts the same banner (same element, shadow root,
// markup, CSS and text) at `<body>`; nothing else: no options, no state, no events, no Consent
// Mode, no gating, no dialog. It is a reference for what the machine and the page cost, not a
// tool: `node bench/run.mjs --sdks consentry,orejime,consentry-floor`.
import { readFileSync } from 'node:fs';

const src = (path) => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');

/** The script's source. */
export function floorScript() {
  const styles = src('ui/consent-banner/consent-banner.styles.ts');
  const css = styles.slice(styles.indexOf('css`') + 4, styles.lastIndexOf('`'));
  const en = src('i18n/en.ts');
  const text = (key) => {
    const m = new RegExp(`\\n  ${key}: (['"])(.*)\\1,\\n`).exec(en);
    if (!m) throw new Error(`bench/floor.mjs: no English text "${key}" in src/i18n/en.ts`);
    return m[2].replace(/\\(.)/g, '$1');
  };
  const t = Object.fromEntries(['title', 'text', 'policy', 'acceptAll', 'rejectAll', 'preferences'].map((k) => [k, text(k)]));
  return `(() => {
  if (/(^|; )consentry=/.test(document.cookie)) return;
  const h = (tag, attributes, ...children) => {
    const el = document.createElement(tag);
    for (const name in attributes) el.setAttribute(name, attributes[name]);
    el.append(...children);
    return el;
  };
  customElements.define('consent-banner', class extends HTMLElement {});
  const banner = document.createElement('consent-banner');
  const insert = () => {
    document.body.prepend(banner);
    const root = banner.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(${JSON.stringify(css)});
    root.adoptedStyleSheets = [sheet];
    const button = (part, label) => h('button', { part: 'button ' + part }, label);
    root.append(
      h('div', { part: 'banner', class: 'panel bar bottom', role: 'region', 'aria-labelledby': 'title' },
        h('h2', { part: 'title', id: 'title' }, ${JSON.stringify(t.title)}),
        h('p', { part: 'text', id: 'text' }, ${JSON.stringify(t.text)}, ' ', h('a', { part: 'link', href: '/privacy' }, ${JSON.stringify(t.policy)})),
        h('div', { part: 'actions', class: 'actions' }, button('accept', ${JSON.stringify(t.acceptAll)}), button('reject', ${JSON.stringify(t.rejectAll)}), button('preferences', ${JSON.stringify(t.preferences)}))),
    );
  };
  if (document.body) insert();
  else {
    const observer = new MutationObserver(() => document.body && (observer.disconnect(), insert()));
    observer.observe(document.documentElement, { childList: true });
  }
})();
`;
}
