import { registerChunk } from '../loader/chunk.js';
import { es } from '../notice/texts/es.js';

// `dist/consentry.notice.es.js`: the privacy notice's built-in texts in this language, fetched
// by the notice chunk only for a notice shown in it (src/notice/texts/index.ts, `loadTable`).
registerChunk('notice.es', es);
