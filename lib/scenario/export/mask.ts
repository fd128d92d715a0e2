// Consistent replacements over a whole world: every string (and object key) at any depth, so an id inside a URL, a
// form body, JSON text inside a form value or a graph.objects key maps the same way everywhere and the world still
// holds together.

import { isRecord } from '../../model/record';

/**
 * Meta object ids (Pages, ad accounts, campaigns, ad sets, WABAs, users, businesses) are 14 digits or more today;
 * shorter digit runs are budgets, timestamps, error codes and phone numbers, which must stay as they are (a phone
 * number is compared after normalisation, which a digit-wise mask would break).
 */
const MIN_ID_DIGITS = 14;
/**
 * A %-escape (also %-encoded again: `%2522`) is one unit, so the digits of `%22734…` are the id's alone; then digit
 * runs. Scanning escapes first keeps an id inside a form body or a batch item's body found as the same id.
 */
const UNITS = /%(?:25)*[0-9A-Fa-f]{2}|\+?[0-9]+/g;

export interface IdMap {
  /** Original id → fake id, in order of first appearance. */
  readonly entries: ReadonlyMap<string, string>;
  mask(text: string): string;
}

/**
 * Each id becomes a fake one of the same length (`9000…01`, `9000…02`, …: the shape of an id, nothing of the
 * original), never one that occurs in the world as a real id.
 */
export function idMasker(real: ReadonlySet<string> = new Set()): IdMap {
  const map = new Map<string, string>();
  let next = 1;
  const fake = (id: string): string => {
    let out = map.get(id);
    if (out !== undefined) return out;
    do {
      const n = String(next++);
      out = '9' + n.padStart(id.length - 1, '0');
    } while (real.has(out) || out.length !== id.length);
    map.set(id, out);
    return out;
  };
  return {
    entries: map,
    mask: (text) => text.replace(UNITS, (unit) => (unit.startsWith('%') || unit.startsWith('+') || unit.length < MIN_ID_DIGITS ? unit : fake(unit))),
  };
}

/** Every id-like digit run of a value's strings and keys (to keep fakes from colliding with real ids). */
export function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  mapStrings(value, (s) => {
    for (const unit of s.match(UNITS) ?? []) if (!unit.startsWith('%') && !unit.startsWith('+') && unit.length >= MIN_ID_DIGITS) out.add(unit);
    return s;
  });
  return out;
}

/** A deep copy with `f` applied to every string and every key. */
export function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(out, f(k), { value: mapStrings(v, f), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Members whose values name a person or a business in Graph answers (users, businesses, Pages, WABAs, numbers). */
const NAME_MEMBERS = new Set(['name', 'verified_name', 'business_name', 'first_name', 'last_name']);

/**
 * Names in Graph answers → stable pseudonyms (`Name 1`, `Name 2`, …; one name, one pseudonym wherever it occurs),
 * so a world can be shared without saying who its people and businesses are.
 */
export function pseudonymize(value: unknown, names = new Map<string, string>()): unknown {
  if (Array.isArray(value)) return value.map((v) => pseudonymize(v, names));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    let next: unknown;
    if (NAME_MEMBERS.has(k) && typeof v === 'string' && v.trim()) {
      if (!names.has(v)) names.set(v, `Name ${names.size + 1}`);
      next = names.get(v);
    } else next = pseudonymize(v, names);
    Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
