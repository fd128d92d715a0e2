import { useEffect, useState } from 'react';
import type { ComparisonRow } from '../../../components/Comparison';
import type { Explanation } from '../../../lib/explain/explanation';

/**
 * Working vs failing: the pinned explanation compared with the one shown. Loaded only when used: it pulls in phone
 * normalisation, which the first paint does not need.
 */
export function useComparison(baseline: Explanation | null, explanation: Explanation | null): ComparisonRow[] | null {
  const key = baseline && explanation && baseline.finishedAt !== explanation.finishedAt ? `${baseline.finishedAt}:${explanation.finishedAt}` : null;
  const [cmp, setCmp] = useState<{ key: string; rows: ComparisonRow[] } | null>(null);
  useEffect(() => {
    if (!key || !baseline || !explanation) return;
    let live = true;
    void import('../../../lib/explain/compare-bundles').then(({ compareBundles }) => {
      if (live) setCmp({ key, rows: compareBundles(baseline, explanation) });
    });
    return () => {
      live = false;
    };
  }, [key, baseline, explanation]);
  return cmp && cmp.key === key ? cmp.rows : null;
}
