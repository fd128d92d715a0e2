import { storage } from '#imports';
import type { Explanation } from '../../../lib/explain/explanation';
import type { Capture } from '../../../lib/model';
import { tabStateFrom } from '../../../lib/popup-state';
import type { TabState } from '../../../lib/protocol';
import type { RunState } from '../../../lib/run-state';
import { pinnedBaseline, rememberedToken, tabCaptures, tabDraft, tabIsAdsManager, tabRun, type Draft } from '../../../utils/storage-items';
import { targetTab, type TargetTab } from '../target-tab';

/** Everything the popup's first paint shows, read before anything else loads. */
export interface Opening {
  target: TargetTab | null;
  /** The tab's state as stored (null: no tab, or storage.session could not be read; the background is asked then). */
  tab: TabState | null;
  draft: Draft | null;
  /** The remembered token (only when the user asked to remember it). */
  token: string | null;
  baseline: Explanation | null;
}

/**
 * One read of storage.session, which the popup (a trusted context) reads directly: the background's `getTabState`
 * answers from the same items, but asking it first cost a service-worker round trip (waking it, maybe) and four
 * more sequential reads before anything was shown (BENCHMARKS.md, "5 Popup"). Keys, not items: defining an item
 * reads it (utils/storage-items.ts), which would read the captures twice on the way to the first paint.
 */
async function read(): Promise<Opening> {
  const target = await targetTab().catch(() => null);
  const id = target?.id ?? null;
  const keys = [rememberedToken.key, pinnedBaseline.key, ...(id === null ? [] : [tabIsAdsManager.key(id), tabCaptures.key(id), tabRun.key(id), tabDraft.key(id)])];
  const values = await storage
    .getItems(keys)
    .then((items) => items.map((i) => i.value as unknown))
    .catch(() => null);
  if (!values) return { target, tab: null, draft: null, token: null, baseline: null };
  const [token, baseline, adsManager, captures, run, draft] = values;
  return {
    target,
    tab: id === null ? null : tabStateFrom({ adsManager: adsManager as boolean | null, captures: captures as Capture[] | null, run: (run ?? null) as RunState | null }),
    draft: (draft ?? null) as Draft | null,
    token: typeof token === 'string' && token ? token : null,
    baseline: (baseline ?? null) as Explanation | null,
  };
}

let started: Promise<Opening> | null = null;

/** The opening read, started once (main.tsx starts it before React renders); every caller gets the same one. */
export const opening = (): Promise<Opening> => (started ??= read());
