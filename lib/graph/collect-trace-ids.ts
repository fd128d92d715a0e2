const TRACE_KEYS: ReadonlySet<string> = new Set(['fbtrace_id', 'fbtraceId', 'fbtraceIds', 'x-fb-trace-id']);
const MAX_DEPTH = 64;

/**
 * Every fbtrace_id in the given values (Graph errors, classified failures, captured responses, Facts), first seen
 * first, without duplicates. A deep walk rather than a list of places: Meta support asks for all of them, and a
 * trace id in a spot nobody thought of (a batch item's headers, a nested error_data) must not be lost.
 */
export function collectTraceIds(...roots: unknown[]): string[] {
  const out = new Set<string>();
  const visit = (v: unknown, depth: number, underTraceKey: boolean): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      if (underTraceKey && /^[A-Za-z0-9_-]{6,64}$/.test(v)) out.add(v);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1, underTraceKey);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    // Batch answer headers: [{name: "x-fb-trace-id", value: "…"}].
    const rec = v as Record<string, unknown>;
    if (typeof rec.name === 'string' && TRACE_KEYS.has(rec.name.toLowerCase())) visit(rec.value, depth + 1, true);
    for (const [k, x] of Object.entries(rec)) visit(x, depth + 1, TRACE_KEYS.has(k));
  };
  for (const r of roots) visit(r, 0, false);
  return [...out];
}
