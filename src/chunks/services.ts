import { registerChunk } from '../loader/chunk.js';
// The vendor catalogue's services, without what only other parts use (scripts/derived.mjs).
import { CATALOGUE } from 'consentry:services';

registerChunk('services', CATALOGUE);
