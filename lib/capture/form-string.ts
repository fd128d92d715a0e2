import { setOwn } from './own';

/**
 * Parse an `application/x-www-form-urlencoded` string into name → value (the last occurrence wins, as Graph
 * reads repeated parameters). URLSearchParams is lenient: malformed `%` sequences stay as they are.
 */
export function parseFormString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const [k, v] of new URLSearchParams(text)) setOwn(out, k, v);
  return out;
}

/** Encode name → value pairs the way browsers encode form bodies (space as `+`). */
export function encodeFormString(params: Record<string, string> | Array<[string, string]>): string {
  const entries = Array.isArray(params) ? params : Object.entries(params);
  const usp = new URLSearchParams();
  for (const [k, v] of entries) usp.append(k, v);
  return usp.toString();
}

/** True when a body reads as a form string rather than free text (`a=1&b=2`, `batch=[…]`). */
export function looksLikeForm(text: string): boolean {
  return /^[^=&\s{[]+=/.test(text);
}
