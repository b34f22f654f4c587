import { registerChunk } from '../loader/chunk.js';
import { CATALOGUE } from '../services/catalogue.js';

registerChunk('services', CATALOGUE);
