/**
 * Parses and validates a receipt body against the shared receipt schema (src/schema/receipt.ts).
 * The validator interprets the schema's data, so the schema stays the one definition; it
 * understands exactly the keywords that schema uses.
 */
import { receiptSchema, type ConsentReceipt, type ReceiptSchemaNode } from '../../../src/schema/receipt.js';

/** A receipt is two levels deep; anything nested deeper is refused before it is parsed. */
const MAX_DEPTH = 4;

/** Why a body was refused: `field` names the receipt field (dotted path), when there is one. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The nesting depth of a JSON text, counted without parsing it (brackets inside strings do not count). */
function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

const patterns = new Map<string, RegExp>();
const regex = (p: string) => patterns.get(p) ?? patterns.set(p, new RegExp(p, 'u')).get(p)!;
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/**
 * A lone surrogate (`"\ud800"` is valid JSON): PostgreSQL's `jsonb` refuses such a string, so it is
 * refused here, naming its field, before it can fail the transaction it would share with others.
 */
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string, field: string, what: string) => {
  if (LONE_SURROGATE.test(s)) throw new InputError('invalid_receipt', `${what} is not well-formed Unicode (it has a lone surrogate)`, field || undefined);
};

function check(node: ReceiptSchemaNode, value: unknown, field: string): void {
  const where = field || 'receipt';
  const types = node.type === undefined ? undefined : ([] as string[]).concat(node.type);
  if (types && !types.includes(typeOf(value)))
    throw new InputError('invalid_receipt', `${where} must be ${types.join(' or ')}, not ${typeOf(value)}`, field || undefined);
  if (node.enum && !node.enum.includes(value as string)) throw new InputError('invalid_receipt', `${where} must be one of ${node.enum.join(', ')}`, field);
  if (typeof value === 'string') {
    wellFormed(value, field, where);
    if (node.maxLength !== undefined && value.length > node.maxLength)
      throw new InputError('invalid_receipt', `${where} is longer than ${node.maxLength} characters`, field);
    if (node.pattern && !regex(node.pattern).test(value)) throw new InputError('invalid_receipt', `${where} has an invalid format`, field);
    if (node.format === 'date-time' && Number.isNaN(Date.parse(value))) throw new InputError('invalid_receipt', `${where} is not a valid date`, field);
  }
  if (typeOf(value) !== 'object') return;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (node.maxProperties !== undefined && keys.length > node.maxProperties)
    throw new InputError('invalid_receipt', `${where} has more than ${node.maxProperties} entries`, field || undefined);
  for (const key of node.required ?? [])
    if (!Object.hasOwn(object, key)) throw new InputError('invalid_receipt', `${field ? field + '.' : ''}${key} is missing`, field ? `${field}.${key}` : key);
  for (const key of keys) {
    const path = field ? `${field}.${key}` : key;
    wellFormed(key, path, `the name of ${path}`);
    const known = node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    if (known) {
      check(known, object[key], path);
      continue;
    }
    if (node.additionalProperties === false || node.additionalProperties === undefined)
      throw new InputError('unknown_field', `${path} is not a receipt field`, path);
    if (node.propertyNames) check(node.propertyNames, key, path);
    if (typeof node.additionalProperties === 'object') check(node.additionalProperties, object[key], path);
  }
}

/** Validates a parsed value as a receipt; throws an {@link InputError} naming the first bad field. */
function validate(value: unknown): ConsentReceipt {
  check(receiptSchema, value, '');
  return value as ConsentReceipt;
}

/** Parses a request body into a receipt, refusing deep nesting before parsing and bad JSON clearly. */
export function parseReceipt(text: string): ConsentReceipt {
  if (depthOf(text) > MAX_DEPTH) throw new InputError('too_deep', `JSON nested deeper than ${MAX_DEPTH} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError('malformed_json', `malformed JSON: ${(e as Error).message}`);
  }
  return validate(value);
}
