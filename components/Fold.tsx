import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose content is rendered when it is first opened, and kept once it has been: each of 50 listed ad
 * sets has folded history and bookkeeping, which the popup's first paint need not build (BENCHMARKS.md, "5 Popup").
 */
export function Fold({ summary, className, testId, children }: { summary: ReactNode; className?: string; testId?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} data-testid={testId} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
