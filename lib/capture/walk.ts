import { isRecord } from '../model/record';

export interface WalkLimits {
  /** Deepest level visited (root is 0). */
  maxDepth: number;
  /** Most nodes visited in total: response bodies are untrusted and may be huge. */
  maxNodes: number;
}

export const DEFAULT_WALK: WalkLimits = { maxDepth: 24, maxNodes: 50_000 };

export type PathPart = string | number;

/**
 * Visit every object/array node under `root`, breadth-first, within the limits. Iterative, so a hostile
 * 100 000-deep JSON cannot overflow the stack. `visit` returns false to not descend into a node.
 */
export function walk(
  root: unknown,
  visit: (node: unknown, path: readonly PathPart[]) => boolean | void,
  limits: WalkLimits = DEFAULT_WALK,
): void {
  const queue: Array<{ node: unknown; path: PathPart[] }> = [{ node: root, path: [] }];
  let visited = 0;
  for (let i = 0; i < queue.length; i++) {
    const { node, path } = queue[i]!;
    if (++visited > limits.maxNodes) return;
    if (visit(node, path) === false) continue;
    if (path.length >= limits.maxDepth) continue;
    if (Array.isArray(node)) {
      node.forEach((child, k) => {
        if (typeof child === 'object' && child !== null) queue.push({ node: child, path: [...path, k] });
      });
    } else if (isRecord(node)) {
      for (const [k, child] of Object.entries(node)) {
        if (typeof child === 'object' && child !== null) queue.push({ node: child, path: [...path, k] });
      }
    }
    // Drop visited entries now and then so a wide tree does not keep every path alive.
    if (i > 4096) {
      queue.splice(0, i + 1);
      i = -1;
    }
  }
}

/** `input.adset_spec`, `adsets[2]` — a path as people read it. */
export function pathText(base: string, path: readonly PathPart[]): string {
  let out = base;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(p) ? (out ? `.${p}` : p) : `[${JSON.stringify(p)}]`;
  }
  return out;
}

/**
 * The first value found under one of `keys` in any object below `root` (breadth-first, bounded), read through
 * `read` (which returns null to keep looking).
 */
export function findFirstAtKeys(
  root: unknown,
  keys: readonly string[],
  read: (value: unknown) => string | null,
  limits: WalkLimits = { maxDepth: 8, maxNodes: 2_000 },
): string | null {
  let found: string | null = null;
  walk(
    root,
    (node) => {
      if (found !== null) return false;
      if (!isRecord(node)) return true;
      for (const k of keys) {
        found = read(node[k]);
        if (found !== null) return false;
      }
      return true;
    },
    limits,
  );
  return found;
}
