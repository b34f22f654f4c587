import { html, render } from 'lit/html.js';
import { registerChunk } from '../chunk.js';
import { mount } from '../notice/render.js';

/** What `dist/consentry.notice.js` hands to the `<privacy-notice>` element in the drop-in. */
export type NoticeChunk = (el: HTMLElement, host: Omit<Parameters<typeof mount>[1], 'html' | 'render'>) => void;

// `dist/consentry.notice.js`: everything `<privacy-notice>` needs beyond its tiny element,
// lit-html included (the drop-in's first layer does without it).
registerChunk('notice', ((el, host) => mount(el, { ...host, html, render })) satisfies NoticeChunk);
