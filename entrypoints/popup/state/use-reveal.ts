import { useEffect, useRef, type RefObject } from 'react';
import type { Explanation } from '../../../lib/explain/explanation';
import type { Text } from '../../../lib/i18n/text';
import type { RunState } from '../../../lib/run-state';

/** A problem, the progress or a failure appear under the button, maybe below the fold: bring them into view. */
export function useRevealStatus(problem: Text | null, run: RunState | null): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const key = `${problem?.key ?? ''}|${run?.status ?? ''}`;
  useEffect(() => {
    if (key !== '|' && !key.endsWith('|done')) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [key]);
  return ref;
}

/**
 * A new result below the fold of a 600 px popup: bring it into view and move focus there (screen readers too). A
 * result restored on reopen stays where it is; one from a run this popup started (`justRanRef`) is brought into view.
 */
export function useRevealResults(explanation: Explanation | null, justRanRef: RefObject<boolean>): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const shownFor = useRef<number | null>(null);
  useEffect(() => {
    if (!explanation || shownFor.current === explanation.finishedAt) return;
    shownFor.current = explanation.finishedAt;
    if (!justRanRef.current) return;
    justRanRef.current = false;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, [explanation, justRanRef]);
  return ref;
}
