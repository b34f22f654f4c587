import { registerChunk } from '../chunk.js';
import { CATALOGUE } from '../services/catalogue.js';

registerChunk('services', CATALOGUE);
