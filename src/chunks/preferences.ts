import { registerChunk } from '../chunk.js';
import * as preferences from '../ui/consent-banner/preferences.js';
import { enMore } from '../i18n/en-more.js';
import { addEnglish } from '../i18n/texts.js';

// The English texts this chunk shows, which the drop-in does not carry.
addEnglish(enMore);

registerChunk('preferences', preferences);
