import { registerChunk } from '../loader/chunk.js';
import * as revisit from '../ui/consent-banner/revisit.js';

/** What the revisit chunk (`dist/consentry.revisit.js`) hands to the banner. */
export type RevisitChunk = typeof revisit;

registerChunk('revisit', revisit);
