import type { AuditChunk } from '../chunks/audit.js';
import type { ExtrasChunk } from '../chunks/extras.js';
import { loadChunk } from './lazy.js';

/**
 * Gating and `loadScript` live in `consentry.extras.js`, which the drop-in requests after the
 * banner's first frame on pages that need it (boot.ts, `needsGating`): none of them is needed to
 * show the first layer, and gated markup stays inert by itself until they arrive, so the drop-in
 * that every page waits for stays small.
 */
export const extras = (): Promise<ExtrasChunk> => loadChunk<ExtrasChunk>('extras');

/**
 * The audit lives in `consentry.audit.js`, after the extras chunk (it reads what gating has
 * watched since it started): requested by the first `audit()` call, or with `debug`.
 */
export const audits = (): Promise<AuditChunk> => extras().then(() => loadChunk<AuditChunk>('audit').then((x) => (loadedAudit = x)));

/**
 * The audit chunk once it has loaded, for `audit()`, which must answer synchronously;
 * `undefined` until then.
 */
export let loadedAudit: AuditChunk | undefined;
