import { isRecord } from '../../lib/model/record';

/** Top-level names of a `fields=` value: `id,business{id,name},tasks.limit(5)` → `id, business, tasks`. */
export function fieldNames(fields: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fields) {
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      names.push(cur);
      cur = '';
    } else cur += ch;
  }
  names.push(cur);
  return names.map((n) => n.trim().split(/[{.(]/)[0]!.trim()).filter(Boolean);
}

function pick(obj: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Graph always returns `id` for a node; a field the object does not have is simply absent.
  for (const n of ['id', ...names]) if (Object.prototype.hasOwnProperty.call(obj, n)) out[n] = obj[n];
  return out;
}

/**
 * What a GET with `fields=` returns: only those fields and `id`. On an edge (`{data: [...]}`, no `id`) the
 * selection applies to each element, as Graph does, and paging is kept.
 */
export function selectFields(obj: unknown, fields: string | undefined): unknown {
  if (fields === undefined || !isRecord(obj)) return obj;
  const names = fieldNames(fields);
  if (!('id' in obj) && Array.isArray(obj['data'])) {
    return { ...obj, data: obj['data'].map((e) => (isRecord(e) ? pick(e, names) : e)) };
  }
  return pick(obj, names);
}

/** The `name{sub,fields}` entries of a `fields=` value: `id,phone_numbers{id,status}` → `[{name: 'phone_numbers', sub: 'id,status'}]`. */
export function nestedFieldSpecs(fields: string): { name: string; sub: string | undefined }[] {
  const out: { name: string; sub: string | undefined }[] = [];
  let depth = 0;
  let cur = '';
  const flush = () => {
    const m = /^\s*([A-Za-z0-9_]+)\s*(?:\{(.*)\})?\s*$/s.exec(cur);
    if (m) out.push({ name: m[1]!, sub: m[2] });
    cur = '';
  };
  for (const ch of fields) {
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) flush();
    else cur += ch;
  }
  flush();
  return out;
}
