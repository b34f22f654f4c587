// The server build's stand-in for `@lit-labs/ssr-dom-shim` (rollup.config.mjs). Lit's server
// rendering reads only `HTMLSlotElement` from it, for custom elements, which the notice has
// none of; the real module defines globals on import, which `consentry/server` must not.
export class HTMLSlotElement {}
