/**
 * The consent receipt: what the SDK sends to `consent-endpoint` for every decision and what
 * `consentry-collector` stores (docs/consent-records.md). One definition for both sides: the
 * TypeScript type below and its JSON Schema as data, which the collector validates every receipt
 * against and the build writes to `dist/consentry.receipt.schema.json`.
 */
import { ID } from '../core/ids.js';

/** Where a decision was made. */
export type ReceiptSource = 'banner' | 'preferences' | 'api' | 'gpc' | 'embed' | 'opt-out';

/** A consent receipt. Nothing else about the visitor is ever sent or stored. */
export interface ConsentReceipt {
  /** A fresh UUID per receipt: the idempotency key (a receipt sent twice is stored once). */
  receipt: string;
  /** The visitor's consent id (shown in the preferences dialog). */
  id: string;
  /** The policy/configuration revision the decision was made under. */
  revision: string;
  /** When the visitor decided (ISO 8601). */
  timestamp: string;
  source: ReceiptSource;
  /** Category id → granted. */
  categories: Record<string, boolean>;
  /** Service id → granted. */
  services: Record<string, boolean>;
  /** A Global Privacy Control (or honoured Do Not Track) signal was present. */
  gpc: boolean;
  /** The region whose rules applied (ISO 3166-1 alpha-2 or 3166-2), or `null` when unknown. */
  region: string | null;
  /** The page's origin (`https://example.com`). */
  origin: string;
  /** The page's path, without query or fragment. */
  path: string;
  /** The UI language (BCP 47). */
  language: string;
  /** The Consentry version that made the receipt. */
  version: string;
  /** The experiment arm the visitor was shown (absent without an experiment). */
  arm?: string;
  /** The device class, from the viewport's width: under 600 CSS px `phone`, under 1024 `tablet`. */
  device?: 'phone' | 'tablet' | 'desktop';
  /** SHA-256 (hex) of the exact words shown for this decision (docs/receipts.md). */
  shown?: string;
}

/** A JSON Schema node (the subset the collector's validator understands: packages/collector/src/validate.ts). */
export type ReceiptSchemaNode = {
  type?: 'object' | 'string' | 'boolean' | ['string', 'null'];
  description?: string;
  pattern?: string;
  format?: string;
  maxLength?: number;
  enum?: readonly string[];
  properties?: Record<string, ReceiptSchemaNode>;
  required?: readonly string[];
  additionalProperties?: boolean | ReceiptSchemaNode;
  propertyNames?: ReceiptSchemaNode;
  maxProperties?: number;
};

const str = (description: string, pattern: string, maxLength: number, format?: string): ReceiptSchemaNode => ({
  type: 'string',
  description,
  pattern,
  maxLength,
  ...(format ? { format } : {}),
});
const decisions = (description: string, pattern: string, maxProperties: number): ReceiptSchemaNode => ({
  type: 'object',
  description,
  propertyNames: { type: 'string', pattern, maxLength: 64 },
  additionalProperties: { type: 'boolean' },
  maxProperties,
});

/** The receipt's properties, in the order the SDK writes them. */
const properties: Record<keyof ConsentReceipt, ReceiptSchemaNode> = {
  receipt: str('A fresh UUID per receipt: the idempotency key.', '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', 36, 'uuid'),
  id: str("The visitor's consent id.", '^[A-Za-z0-9_-]{16,64}$', 64),
  revision: str('The policy/configuration revision.', '^[\\w.-]{1,40}$', 40),
  timestamp: str('When the visitor decided (ISO 8601).', '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$', 40, 'date-time'),
  source: { type: 'string', description: 'Where the decision was made.', enum: ['banner', 'preferences', 'api', 'gpc', 'embed', 'opt-out'] },
  categories: decisions('Category id → granted.', ID.source, 64),
  services: decisions('Service id → granted.', '^[A-Za-z0-9][\\w.:-]{0,63}$', 512),
  gpc: { type: 'boolean', description: 'A Global Privacy Control (or honoured Do Not Track) signal was present.' },
  region: { type: ['string', 'null'], description: 'The region whose rules applied, or null.', pattern: '^[A-Z]{2}(-[A-Z\\d]{1,3})?$', maxLength: 6 },
  origin: str("The page's origin.", '^https?://[^/\\s?#@]+$', 255),
  path: str("The page's path, without query or fragment.", '^/[^?#\\s\\u0000-\\u001f]*$', 2048),
  language: str('The UI language (BCP 47).', '^[a-zA-Z]{2,3}(-[a-zA-Z\\d]{2,8})*$', 35),
  version: str('The Consentry version.', '^\\d+\\.\\d+\\.\\d+([-+][\\w.-]+)?$', 64),
  arm: str('The experiment arm shown (absent without an experiment).', '^[A-Za-z0-9_-]{1,32}$', 32),
  device: { type: 'string', description: 'The device class, from the viewport width.', enum: ['phone', 'tablet', 'desktop'] },
  shown: str('SHA-256 (hex) of the exact words shown for this decision.', '^[0-9a-f]{64}$', 64),
};

/** The properties a receipt may leave out. */
const OPTIONAL: ReadonlyArray<keyof ConsentReceipt> = ['arm', 'device', 'shown'];

/** The JSON Schema (draft 2020-12) of a consent receipt. */
export const receiptSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Consentry consent receipt',
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !OPTIONAL.includes(k as keyof ConsentReceipt)),
  additionalProperties: false,
} as const satisfies ReceiptSchemaNode & Record<string, unknown>;
