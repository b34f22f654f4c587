import type { ExtrasChunk } from '../chunks/extras.js';
import { loadChunk } from './lazy.js';

/**
 * Gating, `loadScript` and the `<consent-gate>` and `<consent-opt-out>` elements live in
 * `consentry.extras.js`, which the drop-in requests as soon as it starts: none of them is needed
 * to show the first layer, and gated markup stays inert by itself until they arrive, so the
 * drop-in that every page waits for stays small.
 */
export const extras = (): Promise<ExtrasChunk> => loadChunk<ExtrasChunk>('extras').then((x) => (loadedExtras = x));

/**
 * The extras chunk once it has loaded (the `extras()` promise resolved), for what must answer
 * synchronously, such as `audit()`; `undefined` until then.
 */
export let loadedExtras: ExtrasChunk | undefined;
