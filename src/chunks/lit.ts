import '../ui/lit-policy.js';
import * as litHtml from 'lit/html.js';
import { hydrate as litHydrate } from '@lit-labs/ssr-client';
import { registerChunk } from '../loader/chunk.js';
import { enMore } from '../i18n/en-more.js';
import { addEnglish } from '../i18n/texts.js';
import { drawing } from '../core/trusted.js';

// `dist/consentry.lit.js`: the one lit-html of the page, for every chunk that renders with it
// (the preferences dialog, `<consent-gate>`, `<consent-opt-out>`, `<privacy-notice>`). Their
// imports of lit-html get what this registers (rollup.config.mjs, `shareFromDropIn`), and the
// loader fetches it before them (lazy.ts).
// lit-html asks the policy for HTML only while it renders: the policy makes HTML only then.
const render = ((...args: Parameters<typeof litHtml.render>) => drawing(() => litHtml.render(...args))) as typeof litHtml.render;
// lit-html's `hydrate`, for `<privacy-notice>` over a notice rendered on a server: it must be
// built with the one lit-html it takes over for (it reaches into its private parts).
const hydrate = ((...args: Parameters<typeof litHydrate>) => drawing(() => litHydrate(...args))) as typeof litHydrate;
// Every export of lit-html, so that the names chunks may import are lit-html's own (rollup.config.mjs
// reads them from its module information).
const lit = { ...litHtml, render, hydrate };
/** What the `lit` chunk registers. */
export type LitChunk = typeof lit;
// The same chunks show the English texts the drop-in does not carry (the dialog's, the elements'
// and the notice's): they come with lit-html, once, before any of those chunks runs.
addEnglish(enMore);
registerChunk('lit', lit);
