import { html, render } from 'lit/html.js';
import { registerChunk } from '../loader/chunk.js';
import { loadLanguage } from '../i18n/load.js';
import { shipped } from '../i18n/texts.js';
import { loadChunk } from '../loader/lazy.js';
import { mount } from '../notice/render.js';
import type { LitChunk } from './lit.js';

/** What `dist/consentry.notice.js` hands to the `<privacy-notice>` element in the drop-in. */
export type NoticeChunk = (el: HTMLElement, host: Omit<Parameters<typeof mount>[1], 'html' | 'render' | 'load' | 'uiLanguage' | 'hydrate'>) => void;

// `dist/consentry.notice.js`: everything `<privacy-notice>` needs beyond its tiny element, with
// its English texts; lit-html is the `lit` chunk's, loaded first (src/loader/lazy.ts), and so is
// `hydrate` (it must be built with that lit-html): the chunk has loaded, so this resolves at once.
// The other languages are chunks of their own (`consentry.notice.<lang>.js`), fetched through
// the drop-in's `loadChunk` (shared, see rollup.config.mjs), as are the UI language files it needs.
registerChunk(
  'notice',
  ((el, host) =>
    void loadChunk<LitChunk>('lit').then(({ hydrate }) =>
      mount(el, { ...host, html, render, hydrate, load: loadChunk, uiLanguage: (lang, done) => loadLanguage(shipped(lang), done) }),
    )) satisfies NoticeChunk,
);
