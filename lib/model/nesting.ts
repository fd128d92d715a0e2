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
