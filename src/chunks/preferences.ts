import { registerChunk } from '../chunk.js';
import * as preferences from '../ui/consent-banner/preferences.js';

registerChunk('preferences', preferences);
