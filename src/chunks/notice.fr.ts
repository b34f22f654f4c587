import { registerChunk } from '../loader/chunk.js';
import { fr } from '../notice/texts/fr.js';

// `dist/consentry.notice.fr.js`: the privacy notice's built-in texts in this language, fetched
// by the notice chunk only for a notice shown in it (src/notice/texts/index.ts, `loadTable`).
registerChunk('notice.fr', fr);
