import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Shared rules of the fuzz suite: many cases per target, each case run under a generous deadline, outputs bounded
 * relative to inputs. The targets are synchronous, so a deadline cannot interrupt a case; instead every case is
 * timed and one that takes longer than CASE_DEADLINE_MS fails (a hang or super-linear blow-up detector, not a
 * timing assertion). A true infinite loop is caught by Vitest's test timeout.
 */
export const FUZZ_RUNS = 10_000;
export const CASE_DEADLINE_MS = 2_000;

/** Run one case, failing it when it exceeds the deadline. */
export function withinDeadline<T>(what: string, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  if (ms > CASE_DEADLINE_MS) throw new Error(`${what}: one case took ${ms.toFixed(0)} ms (> ${CASE_DEADLINE_MS} ms hang detector)`);
  return out;
}

/** JSON length of a value (how big an output really is); Infinity when it cannot be serialised (a bug: outputs are JSON). */
export function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return Infinity;
  }
}

/** Outputs may grow by redaction markers and escaping, but only linearly: `factor × input + slack`. */
export function expectBounded(output: unknown, inputSize: number, factor = 12, slack = 20_000): void {
  const size = jsonSize(output);
  expect(size, `output of ${size} chars for ${inputSize} chars of input`).toBeLessThanOrEqual(factor * inputSize + slack);
}

/**
 * Run a property FUZZ_RUNS times and check the heap did not keep what the cases produced. Without --expose-gc the
 * figure is noisy, so the bound is loose: it catches a module-level cache that grows with every input, not garbage.
 */
export function fuzz<Ts extends [unknown, ...unknown[]]>(
  arbs: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  check: (...args: Ts) => void,
  runs = FUZZ_RUNS,
): void {
  const before = process.memoryUsage().heapUsed;
  fc.assert(fc.property(...arbs, check), { numRuns: runs });
  const grownMb = (process.memoryUsage().heapUsed - before) / 1048576;
  expect(grownMb, 'heap growth after the run (MB)').toBeLessThan(256);
}

/** Pieces of the formats under test, so mutations land on syntax rather than only on content. */
export function mutated(source: string, pieces: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const at = fc.nat({ max: source.length });
  return fc.oneof(
    fc.constant(source),
    // Cut off (a truncated body or a partial paste).
    at.map((i) => source.slice(0, i)),
    // A piece inserted somewhere.
    fc.tuple(at, pieces).map(([i, p]) => source.slice(0, i) + p + source.slice(i)),
    // A span deleted.
    fc.tuple(at, fc.nat({ max: 40 })).map(([i, n]) => source.slice(0, i) + source.slice(i + n)),
    // A span replaced by a piece, and a character duplicated many times (quadratic-behaviour bait).
    fc.tuple(at, fc.nat({ max: 20 }), pieces).map(([i, n, p]) => source.slice(0, i) + p + source.slice(i + n)),
    fc.tuple(at, fc.integer({ min: 2, max: 2000 })).map(([i, n]) => source.slice(0, i) + (source[i] ?? 'x').repeat(n) + source.slice(i)),
    // Encoded once more (a double-encoded form value, a quoted JSON string).
    fc.constant(encodeURIComponent(source)),
    fc.constant(JSON.stringify(source)),
  );
}
