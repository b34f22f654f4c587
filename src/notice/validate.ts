import type { Schema } from '../schema/notice.js';

/** Reports a site owner's mistake (the core's `report`, handed over by the drop-in). */
export type Report = (message: string) => void;

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v);

const FORMATS: Record<string, (v: string) => boolean> = {
  date: isDate,
  email: (v) => /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/.test(v),
};

/**
 * Checks `value` against `schema` (a JSON Schema subset: type, enum, const, pattern, format,
 * minimum, maximum, properties, propertyNames, additionalProperties, required, items, anyOf, $ref) and returns
 * the part that is valid: an invalid array item or object key is reported and dropped, the rest
 * is kept. Returns `undefined` when `value` itself is invalid (reported unless `quiet`).
 * Nothing throws: a bad configuration costs a section or a fact, never the notice.
 */
export function validate(value: unknown, schema: Schema, path: string, root: Schema, report: Report | null): unknown {
  const bad = (why: string): undefined => void report?.(`${path}=${String(JSON.stringify(value)).slice(0, 80)} ${why}; skipped`);
  if (schema.$ref) schema = root.$defs[schema.$ref.split('/').pop()];
  if (schema.anyOf) {
    const branches: Schema[] = schema.anyOf.map((s: Schema) => (s.$ref ? root.$defs[s.$ref.split('/').pop()] : s));
    // A discriminated object (a practice) is checked against the one branch whose `id` matches,
    // so that its own mistakes are reported, not "matches nothing".
    const id = typeOf(value) === 'object' ? (value as Record<string, unknown>).id : undefined;
    const named = id !== undefined && branches.find((s) => s.properties?.id?.const === id);
    if (named) return validate(value, named, path, root, report);
    for (const branch of branches) {
      const ok = validate(value, branch, path, root, null);
      if (ok !== undefined) return ok;
    }
    return bad(id !== undefined || typeof value === 'string' ? 'is not known' : 'is not valid');
  }
  const type = typeOf(value);
  const types: string[] = [schema.type ?? []].flat();
  if (types.length && !types.includes(type) && !(type === 'integer' && types.includes('number'))) return bad('should be ' + types.join(' or '));
  if (schema.enum && !schema.enum.includes(value)) return bad('is not one of ' + schema.enum.join(', '));
  if ('const' in schema && value !== schema.const) return bad('should be ' + JSON.stringify(schema.const));
  if (type === 'string') {
    const s = value as string;
    if (schema.pattern && !new RegExp(schema.pattern).test(s)) return bad('is not valid');
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format](s)) return bad('is not a valid ' + schema.format);
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) {
    return bad(`is out of range ${schema.minimum}..${schema.maximum}`);
  }
  if (type === 'array') {
    return (value as unknown[])
      .map((item, i) => (schema.items ? validate(item, schema.items, `${path}[${i}]`, root, report) : item))
      .filter((item) => item !== undefined);
  }
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as object)) {
      const sub = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : schema.additionalProperties;
      const at = path + '.' + key;
      // `__proto__` would replace the prototype of `out`: never a key Consentry knows.
      if (sub === false || key === '__proto__' || (schema.propertyNames && validate(key, schema.propertyNames, at, root, null) === undefined))
        report?.(`${at}=${String(JSON.stringify(v)).slice(0, 80)} is not known; skipped`);
      else if (!sub || sub === true) out[key] = v;
      else {
        const ok = validate(v, sub, at, root, report);
        if (ok !== undefined) out[key] = ok;
      }
    }
    const missing = (schema.required ?? []).find((k: string) => !(k in out));
    if (missing) return bad(`needs "${missing}"`);
    return out;
  }
  return value;
}
