import { registerChunk } from '../loader/chunk.js';
import { MESSAGES } from '../core/messages.js';

// The wording of the configuration diagnostics (src/core/messages.ts), loaded by the drop-in's
// first report (src/loader/diagnose-lazy.ts).
registerChunk('diagnostics', MESSAGES);
