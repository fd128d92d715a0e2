/**
 * How deep a value from outside (a paste, a capture, a Graph answer) may nest. One limit for the parser and for
 * everything that walks parsed values (diff, redaction, report, capture decoding), so nothing accepted by one step can
 * blow the stack of the next. Real Ads Manager and Graph payloads stay under 20 levels.
 */
export const MAX_NESTING = 64;

/** What stands in for a subtree deeper than MAX_NESTING once a walker has cut it. */
export const DEPTH_LIMIT_MARK = '[depth limit]';

/**
 * Whether a value nests deeper than `limit` (objects and arrays), checked without recursion, so a value
 * `JSON.parse` built 100,000 levels deep is measured without blowing the stack.
 */
export function nestsDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A copy of a value with every subtree deeper than `limit` replaced by DEPTH_LIMIT_MARK, built without recursion:
 * what `JSON.parse` gives for text from outside (a Graph answer, a captured body) goes through this before anything
 * walks, stringifies or stores it (JSON.stringify and structured clone overflow the stack at ~10,000 levels). A value
 * within the limit is returned as is.
 */
export function limitNesting<T>(value: T, limit = MAX_NESTING): T {
  if (!nestsDeeperThan(value, limit)) return value;
  const root: { v: unknown } = { v: undefined };
  const stack: [unknown, Record<string, unknown> | unknown[], string | number, number][] = [[value, root as Record<string, unknown>, 'v', 0]];
  while (stack.length > 0) {
    const [v, parent, key, depth] = stack.pop() as (typeof stack)[number];
    let copy: unknown = v;
    if (typeof v === 'object' && v !== null) {
      if (depth >= limit) copy = DEPTH_LIMIT_MARK;
      else if (Array.isArray(v)) {
        const arr: unknown[] = new Array<unknown>(v.length);
        v.forEach((x, i) => stack.push([x, arr, i, depth + 1]));
        copy = arr;
      } else {
        const obj: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) stack.push([x, obj, k, depth + 1]);
        copy = obj;
      }
    }
    // defineProperty: a key named `__proto__` stays data.
    Object.defineProperty(parent, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return root.v as T;
}
