import { registerChunk } from '../chunk.js';
import { gate } from '../gating/gate.js';
import { loadScript } from '../gating/load-script.js';
import { ConsentGate } from '../ui/consent-gate/consent-gate.js';
import { ConsentOptOut } from '../ui/consent-opt-out/consent-opt-out.js';

/** What `dist/consentry.extras.js` hands to the drop-in. */
export interface ExtrasChunk {
  gate: typeof gate;
  loadScript: typeof loadScript;
}

// The elements whose code lives here are defined as soon as it arrives; any already in the
// page upgrade then.
if (!customElements.get('consent-gate')) customElements.define('consent-gate', ConsentGate);
if (!customElements.get('consent-opt-out')) customElements.define('consent-opt-out', ConsentOptOut);

registerChunk('extras', { gate, loadScript } satisfies ExtrasChunk);
