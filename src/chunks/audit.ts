import { audit, watch } from '../audit/audit.js';
import { registerChunk } from '../loader/chunk.js';
import { registered } from '../loader/lazy.js';
import type { ExtrasChunk } from './extras.js';

/**
 * What `dist/consentry.audit.js` hands to the drop-in: `Consentry.audit()` and the `debug`
 * report, with the tracking hosts. Loaded after the extras chunk (src/loader/extras.ts), whose
 * record of the first grant and of the nodes added since it reads: the first call of `audit()`
 * requests it, and `debug` loads it with gating (docs/audit.md).
 */
export interface AuditChunk {
  audit: typeof audit;
}

watch((registered.extras as ExtrasChunk).watched);
registerChunk('audit', { audit } satisfies AuditChunk);
