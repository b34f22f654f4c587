import type { AuditChunk } from '../chunks/audit.js';
import type { ExtrasChunk } from '../chunks/extras.js';
import { loadChunk } from './lazy.js';

/**
 * Gating and `loadScript` live in `consentry.extras.js`, which the drop-in requests once gating
 * has something to do (boot.ts, `due`: a decision, a grant, something to clean up), never before
 * the banner's first frame, or at the first `loadScript` call: none of them is needed to show
 * the first layer, and gated markup stays inert by itself until they arrive.
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
