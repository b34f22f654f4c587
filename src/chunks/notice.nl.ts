import { registerChunk } from '../loader/chunk.js';
import { nl } from '../notice/texts/nl.js';

// `dist/consentry.notice.nl.js`: the privacy notice's built-in texts in this language, fetched
// by the notice chunk only for a notice shown in it (src/notice/texts/index.ts, `loadTable`).
registerChunk('notice.nl', nl);
