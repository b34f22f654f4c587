import { registerChunk } from '../loader/chunk.js';
import { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';

// `dist/consentry.elements.js`: `<consent-gate>` and `<consent-opt-out>`, rendered with lit-html,
// loaded only on pages that use them. Elements already in the page upgrade when it arrives.
if (!customElements.get('consent-gate')) customElements.define('consent-gate', ConsentGate);
if (!customElements.get('consent-opt-out')) customElements.define('consent-opt-out', ConsentOptOut);

registerChunk('elements', true);
