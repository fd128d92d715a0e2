import type { Explanation } from '../../../lib/explain/explanation';
import type { Capture } from '../../../lib/model';
import { tabStateFrom } from '../../../lib/popup-state';
import type { TabState } from '../../../lib/protocol';
import type { RunState } from '../../../lib/run-state';
import type { Draft } from '../../../utils/storage-items';
import { BASELINE_KEY, PER_TAB, perTabKey, TOKEN_KEY, type PerTabName } from '../../../utils/storage-keys';
import { openingRead } from '../opening-read';
import type { TargetTab } from '../target-tab';

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
 * The opening read (popup/opening-read.ts, started in <head> by popup-opening.js, once per page), as the popup's
 * state. main.tsx renders with it.
 */
export async function opening(): Promise<Opening> {
  const { target, stored } = await openingRead();
  if (!stored) return { target, tab: null, draft: null, token: null, baseline: null };
  const id = target?.id ?? null;
  const token = stored[TOKEN_KEY];
  const perTab = (name: PerTabName): unknown => (id === null ? undefined : stored[perTabKey(name, id)]);
  return {
    target,
    tab:
      id === null
        ? null
        : tabStateFrom({
            adsManager: (perTab(PER_TAB.adsManager) ?? null) as boolean | null,
            captures: (perTab(PER_TAB.captures) ?? null) as Capture[] | null,
            run: (perTab(PER_TAB.run) ?? null) as RunState | null,
          }),
    draft: (perTab(PER_TAB.draft) ?? null) as Draft | null,
    token: typeof token === 'string' && token ? token : null,
    baseline: (stored[BASELINE_KEY] ?? null) as Explanation | null,
  };
}
