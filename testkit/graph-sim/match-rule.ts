import { samePhone } from '../../lib/phone';
import { isRecord } from '../../lib/model/record';
import { conditionOf, type AdsetRule } from '../../lib/scenario/scenario-schema';

/** The value at a dotted path of the decoded parameters (`promoted_object.page_id`), undefined when absent. */
export function valueAt(params: Record<string, unknown>, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(params, path)) return params[path];
  let cur: unknown = params;
  for (const key of path.split('.')) {
    if (Array.isArray(cur) && /^\d+$/.test(key)) cur = cur[Number(key)];
    else if (isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, key)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

/**
 * Equality as a form body makes it: `daily_budget=1000` arrives as the string "1000", so a scenario's 1000 must
 * match it; objects and arrays compare member by member.
 */
export function looseEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => looseEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && looseEqual(a[k], b[k]));
  }
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  return scalar(a) && scalar(b) && String(a) === String(b);
}

export function conditionHolds(params: Record<string, unknown>, path: string, raw: unknown): boolean {
  const actual = valueAt(params, path);
  const c = conditionOf(raw);
  switch (c.op) {
    case 'present':
      return (actual !== undefined) === c.value;
    case 'in':
      return actual !== undefined && c.values.some((v) => looseEqual(actual, v));
    case 'e164':
      return samePhone(actual, c.value);
    default:
      return actual !== undefined && looseEqual(actual, c.value);
  }
}

/** The first rule whose conditions all hold (an empty `when` always holds), or null. */
export function matchRule(rules: readonly AdsetRule[], params: Record<string, unknown>): AdsetRule | null {
  return rules.find((r) => Object.entries(r.when).every(([path, cond]) => conditionHolds(params, path, cond))) ?? null;
}
