import type { DiffKind, FieldDiff } from './diff-schema';

const KIND_ORDER: Record<DiffKind, number> = { only_ui: 0, different: 1, only_api: 2, equivalent: 3 };

/**
 * Reading order: important differences first (a field only the UI sends comes before one whose value differs), then
 * the API version, other differences, bookkeeping, and last what is equivalent. Ties by path, so output is stable.
 */
export function explainOrder(a: FieldDiff, b: FieldDiff): number {
  return rank(a) - rank(b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function rank(e: FieldDiff): number {
  if (e.kind === 'equivalent') return 4;
  if (e.important) return 0;
  if (e.category === 'version') return 1;
  if (e.category === 'bookkeeping') return 3;
  return 2;
}
