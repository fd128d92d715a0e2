import { ADSET_FIELDS, PROMOTED_OBJECT_FIELDS } from '../model';
import { isRecord } from '../model/record';
import { parseObjectLiteral } from '../request';
import type { Normalization } from './diff-schema';
import { UNORDERED_LIST_KEYS } from './unordered-lists';

/** Keys whose string values are enum constants or codes, compared case-insensitively (`whatsapp` = `WHATSAPP`). */
const CASE_INSENSITIVE_KEYS: ReadonlySet<string> = new Set([
  ...Object.entries(ADSET_FIELDS).filter(([, i]) => i.type === 'enum').map(([k]) => k),
  ...Object.entries(PROMOTED_OBJECT_FIELDS).filter(([, i]) => i.type === 'enum').map(([k]) => k),
  'objective',
  'countries',
  'country',
  'publisher_platforms',
  'device_platforms',
  'execution_options',
  'pacing_type',
]);

/** A string that plainly holds JSON (`{…}` / `[…]`), decoded; anything else returned as is. */
export function decodeJsonString(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']')))) return v;
  // Not JSON.parse: ids beyond 2^53 must keep their digits (see lib/request/object-literal.ts).
  const parsed = parseObjectLiteral(t);
  return parsed.ok ? parsed.value : v;
}

/**
 * Whether two values are the same for Graph once written the same way. `notes` collects the normalisations that were
 * needed (only meaningful when the answer is true). `key` is the last path segment: it decides enum case folding and
 * whether a list is ordered.
 */
export function sameValue(a: unknown, b: unknown, key: string, notes: Set<Normalization>): boolean {
  // Object.is, not ===: NaN must equal itself here, or "decoding changed the value" would recurse forever.
  if (Object.is(a, b) || a === b) return true;
  const da = decodeJsonString(a);
  const db = decodeJsonString(b);
  if (!Object.is(da, a) || !Object.is(db, b)) {
    const local = new Set<Normalization>();
    if (!sameValue(da, db, key, local)) return false;
    for (const n of local) notes.add(n);
    notes.add('json_string');
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) return sameList(a, b, key, notes);
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    const local = new Set<Normalization>();
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue(a[k], b[k], k, local)) return false;
    }
    for (const n of local) notes.add(n);
    return true;
  }
  return sameScalar(a, b, key, notes);
}

function sameList(a: unknown[], b: unknown[], key: string, notes: Set<Normalization>): boolean {
  if (a.length !== b.length) return false;
  const local = new Set<Normalization>();
  if (a.every((x, i) => sameValue(x, b[i], key, local))) {
    for (const n of local) notes.add(n);
    return true;
  }
  if (!UNORDERED_LIST_KEYS.has(key)) return false;
  const sa = a.map((x) => canonicalKey(x, key)).sort();
  const sb = b.map((x) => canonicalKey(x, key)).sort();
  if (!sa.every((x, i) => x === sb[i])) return false;
  // Same multiset: record what writing differences the items had, besides the order.
  const byKey = new Map<string, unknown[]>();
  for (const x of b) {
    const k = canonicalKey(x, key);
    byKey.set(k, [...(byKey.get(k) ?? []), x]);
  }
  for (const x of a) {
    const twin = byKey.get(canonicalKey(x, key))?.shift();
    sameValue(x, twin, key, notes);
  }
  notes.add('list_order');
  return true;
}

function sameScalar(a: unknown, b: unknown, key: string, notes: Set<Normalization>): boolean {
  if (!isScalar(a) || !isScalar(b)) return false;
  let x = String(a);
  let y = String(b);
  const local = new Set<Normalization>();
  if (typeof a !== typeof b) local.add('number_string');
  if (x !== y) {
    const [sx, sy] = [stripAct(x), stripAct(y)];
    if (sx !== x || sy !== y) {
      x = sx;
      y = sy;
      local.add('act_prefix');
    }
  }
  if (x !== y && CASE_INSENSITIVE_KEYS.has(key) && x.toUpperCase() === y.toUpperCase()) {
    x = y;
    local.add('enum_case');
  }
  if (x !== y) return false;
  for (const n of local) notes.add(n);
  return true;
}

/** A stable string for an item, after every normalisation: the sort key of unordered lists. */
function canonicalKey(v: unknown, key: string): string {
  return JSON.stringify(canonical(decodeJsonString(v), key));
}

function canonical(v: unknown, key: string): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(decodeJsonString(x), key));
    return UNORDERED_LIST_KEYS.has(key) ? items.map((x) => JSON.stringify(x)).sort() : items;
  }
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical(decodeJsonString(v[k]), k);
    return out;
  }
  if (!isScalar(v)) return v ?? null;
  const s = stripAct(String(v));
  return CASE_INSENSITIVE_KEYS.has(key) ? s.toUpperCase() : s;
}

function isScalar(v: unknown): v is string | number | boolean | bigint {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

/** `act_123` → `123`: ad account ids are written both ways (Graph paths need the prefix, `account_id` omits it). */
function stripAct(s: string): string {
  return /^act_\d+$/.test(s) ? s.slice(4) : s;
}
