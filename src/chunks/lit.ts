import '../ui/lit-policy.js';
import { html, noChange, nothing, render, svg } from 'lit/html.js';
import { registerChunk } from '../chunk.js';

// `dist/consentry.lit.js`: the one lit-html of the page, for every chunk that renders with it
// (the preferences dialog, `<consent-gate>`, `<consent-opt-out>`, `<privacy-notice>`). Their
// imports of lit-html read it from here (rollup.config.mjs, `shareFromDropIn`), and the loader
// fetches it before them (lazy.ts).
const lit = { html, noChange, nothing, render, svg };
(window as any)[Symbol.for('consentry.shared')].lit = lit;
registerChunk('lit', lit);
