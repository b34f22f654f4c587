import { registerChunk } from '../loader/chunk.js';
import { de } from '../notice/texts/de.js';

// `dist/consentry.notice.de.js`: the privacy notice's built-in texts in this language, fetched
// by the notice chunk only for a notice shown in it (src/notice/texts/index.ts, `loadTable`).
registerChunk('notice.de', de);
