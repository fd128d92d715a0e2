import { browser } from '#imports';
import { BASELINE_KEY, PER_TAB, perTabKey, TOKEN_KEY } from '../../utils/storage-keys';
import { targetTab, type TargetTab } from './target-tab';

/** What the popup's first paint shows, as stored (null: storage.session could not be read). */
export interface OpeningRead {
  target: TargetTab | null;
  stored: Record<string, unknown> | null;
}

async function read(search: string): Promise<OpeningRead> {
  const target = await targetTab(search).catch(() => null);
  const perTab = target === null ? [] : Object.values(PER_TAB).map((name) => perTabKey(name, target.id));
  const stored = await browser.storage.session.get([TOKEN_KEY, BASELINE_KEY, ...perTab]).catch(() => null);
  return { target, stored };
}

// One read per page, shared through the page's global object: popup-opening.js (a classic script in <head>) starts
// it while the popup's modules are still loading, and state/opening.ts takes it (or starts it, without that script).
const SLOT = '__adsApiInspectorOpening';

/**
 * The storage.session read of the popup's first paint: the tab's captures, run, draft and Ads Manager flag, the
 * remembered token and the pinned baseline, in one call. The popup (a trusted context) reads storage directly:
 * asking the background first cost a service-worker round trip before anything was shown (BENCHMARKS.md, "5 Popup").
 */
export function openingRead(): Promise<OpeningRead> {
  const slot = globalThis as { [SLOT]?: Promise<OpeningRead> };
  return (slot[SLOT] ??= read(location.search));
}
