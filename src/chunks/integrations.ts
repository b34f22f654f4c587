import { registerChunk } from '../loader/chunk.js';
import { resend, sendReceipt } from '../integrations/receipt.js';
import { tellVendors } from '../integrations/vendors.js';
import { impression } from '../integrations/insight.js';

/** What the integrations chunk (`dist/consentry.integrations.js`) hands to the drop-in. */
export interface IntegrationsChunk {
  tellVendors: typeof tellVendors;
  sendReceipt: typeof sendReceipt;
  resend: typeof resend;
  impression: typeof impression;
}

registerChunk('integrations', { tellVendors, sendReceipt, resend, impression } satisfies IntegrationsChunk);
