import { useMemo, useState } from 'react';
import { assembleAdsets } from '../../../lib/capture/assemble';
import { assembleChains } from '../../../lib/capture/chain';
import { chainsWorthListing, restoredSelection } from '../../../lib/popup-state';
import type { TabState } from '../../../lib/protocol';

/**
 * The tab's ad sets, one per draft fragment (create + updates + publish): what is listed, selected and compared.
 * The draft's selection is restored while that ad set is still listed; until one is chosen, the first is.
 */
export function useSelection(tab: TabState | null, draftSelection: string | null | undefined) {
  const captures = useMemo(() => tab?.captures ?? [], [tab]);
  const adsets = useMemo(() => assembleAdsets(captures), [captures]);
  // The chain of each publish (campaign → ad set → ad → creative), with the level that failed; an ad set alone is
  // listed once, in the capture list.
  const chains = useMemo(() => chainsWorthListing(assembleChains(captures)), [captures]);
  const others = useMemo(() => {
    const used = new Set(adsets.flatMap((a) => a.history.map((h) => h.captureId)));
    return captures.filter((c) => c.kind !== 'submission' && !used.has(c.id));
  }, [adsets, captures]);
  const [selectedId, setSelectedId] = useState(() => restoredSelection(adsets.map((a) => a.id), draftSelection));
  // Captures arriving while nothing is selected: the first is (React's "adjust state while rendering").
  if (selectedId === null && adsets.length > 0) setSelectedId(adsets[0]!.id);
  const selected = adsets.find((a) => a.id === selectedId)?.submission ?? null;
  return { captures, adsets, chains, others, selectedId, select: setSelectedId, selected };
}
