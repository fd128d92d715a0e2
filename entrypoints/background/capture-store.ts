import { storage } from '#imports';
import { pushCaptures } from '../../lib/capture/ring';
import { fitCaptures, jsonBytes } from '../../lib/capture/storage-budget';
import type { Capture } from '../../lib/model';
import { pinnedCaptureIds } from '../../lib/run-jobs';
import { tabCaptures } from '../../utils/storage-items';
import { jobsIn } from './tab-store';

// Writes are serialised (all tabs: the total budget may evict from any of them) so two captures arriving together
// cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

// A capture never changes once stored: measure each once per worker instance.
const sizes = new Map<string, number>();
function sizeOf(c: Capture): number {
  let n = sizes.get(c.id);
  if (n === undefined) {
    if (sizes.size > 10_000) sizes.clear();
    n = jsonBytes(c);
    sizes.set(c.id, n);
  }
  return n;
}

export async function getCaptures(tabId: number): Promise<Capture[]> {
  return tabCaptures.get(tabId);
}

function capturesIn(all: Record<string, unknown>): Map<number, Capture[]> {
  const tabs = new Map<number, Capture[]>();
  for (const [k, v] of Object.entries(all)) {
    const tabId = tabCaptures.tabOf(k);
    if (tabId !== null && Array.isArray(v)) tabs.set(tabId, v as Capture[]);
  }
  return tabs;
}

/**
 * Add a tab's new captures within the count bounds (lib/capture/ring.ts) and the byte budgets
 * (lib/capture/storage-budget.ts), never evicting a capture a pending run compares with. Resolves with every tab
 * list that changed (the tab's own, and any tab the total budget evicted from).
 */
export function addCaptures(tabId: number, added: Capture[]): Promise<Map<number, Capture[]>> {
  return serial(async () => {
    const all = await storage.snapshot('session');
    const tabs = capturesIn(all);
    const next = pushCaptures(tabs.get(tabId) ?? [], added);
    const pinned = pinnedCaptureIds(jobsIn(all));
    const changed = fitCaptures({ tabs, tabId, next, pinned, sizeOf });
    await storage.setItems([...changed].filter(([, list]) => list.length).map(([id, value]) => ({ key: tabCaptures.key(id), value })));
    const emptied = [...changed].filter(([, list]) => !list.length).map(([id]) => tabCaptures.key(id));
    if (emptied.length) await storage.removeItems(emptied);
    return changed;
  });
}

export function clearCaptures(tabId: number): Promise<void> {
  return serial(() => tabCaptures.remove(tabId));
}
