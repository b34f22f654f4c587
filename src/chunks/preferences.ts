import { registerChunk } from '../loader/chunk.js';
import * as preferences from '../ui/consent-banner/preferences.js';

registerChunk('preferences', preferences);
