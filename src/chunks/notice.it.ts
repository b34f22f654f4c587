import { registerChunk } from '../loader/chunk.js';
import { it } from '../notice/texts/it.js';

// `dist/consentry.notice.it.js`: the privacy notice's built-in texts in this language, fetched
// by the notice chunk only for a notice shown in it (src/notice/texts/index.ts, `loadTable`).
registerChunk('notice.it', it);
