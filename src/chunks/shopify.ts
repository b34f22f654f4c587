import { registerChunk } from '../loader/chunk.js';
import { syncShopify } from '../integrations/shopify.js';
import type { PlatformChunk } from './wordpress.js';

// The Shopify bridge (`dist/consentry.shopify.js`), loaded only on a Shopify storefront.
registerChunk('shopify', { sync: syncShopify } satisfies PlatformChunk);
