import { storage } from '#imports';
import type { Explanation } from '../lib/explain/explanation';
import type { Capture } from '../lib/model';
import { jobKey } from '../lib/run-jobs';
import type { RunState } from '../lib/run-state';
import { BASELINE_KEY, PER_TAB, perTabKey, TOKEN_KEY, type PerTabName } from './storage-keys';

// Every item the extension keeps, defined once and shared by the background's stores (entrypoints/background) and
// the popup. All of it lives in storage.session: memory-backed, gone with the browser session, kept across
// service-worker restarts, and unreadable by content scripts (its default access level is trusted contexts only).
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-session

/** What the user typed in the popup, so it reopens to the same state. Never holds the token (see popup-storage.ts). */
export interface Draft {
  apiText: string;
  selectedId: string | null;
  usingEquivalent: boolean;
  /** Length of a pasted request too long to keep (lib/request/input-bounds.ts); the popup says to paste it again. */
  droppedChars?: number | null;
}

/**
 * One item per tab, as WXT's items are (typed, with a fallback) but without `storage.defineItem`: defining an item
 * reads its key at once (@wxt-dev/storage 1.x `getOrInitValue`), so an item per tab would read a tab's captures
 * again each time one is defined (the popup's first paint, each capture stored after a worker restart). Fixed
 * keys below are defined items.
 */
function perTab<T>(name: PerTabName, fallback: T) {
  const key = (tabId: number) => `session:${perTabKey(name, tabId)}` as const;
  const prefix = `${name}:`;
  return {
    key,
    get: async (tabId: number): Promise<T> => (await storage.getItem<T>(key(tabId))) ?? fallback,
    set: (tabId: number, value: T) => storage.setItem(key(tabId), value),
    remove: (tabId: number) => storage.removeItem(key(tabId)),
    /** Follow the tab's value (the fallback when it is removed). Returns the function that stops following. */
    watch: (tabId: number, cb: (value: T) => void) => storage.watch<T>(key(tabId), (value) => cb(value ?? fallback)),
    /** The tab a key of `storage.snapshot('session')` (keys without the area) belongs to, or null for another item. */
    tabOf(snapshotKey: string): number | null {
      if (!snapshotKey.startsWith(prefix)) return null;
      const id = snapshotKey.slice(prefix.length);
      return /^\d+$/.test(id) ? Number(id) : null;
    },
  };
}

/** The Ads Manager submissions captured in a tab (entrypoints/background/capture-store.ts). */
export const tabCaptures = perTab<Capture[]>(PER_TAB.captures, []);
/** Whether the tab's page has the bridge (it said hello): a tab without it is not an Ads Manager page, or needs a reload. */
export const tabIsAdsManager = perTab<boolean>(PER_TAB.adsManager, false);
/** The tab's "Explain" run, as the popup shows it (lib/run-state.ts). */
export const tabRun = perTab<RunState | null>(PER_TAB.run, null);
/** The popup's draft for the tab. */
export const tabDraft = perTab<Draft | null>(PER_TAB.draft, null);

/** The token, only when the user asks to remember it. */
export const rememberedToken = storage.defineItem<string>(`session:${TOKEN_KEY}`);
/** The explanation pinned as "working" for the working-vs-failing comparison. */
export const pinnedBaseline = storage.defineItem<Explanation>(`session:${BASELINE_KEY}`);

/**
 * A run in progress, token included, so that a service worker stopped mid-run resumes it. Keyed by run, not tab
 * (lib/run-jobs.ts); written once and deleted when the run ends, found by listing storage (`isJobKey`): a key, not
 * an item, so that writing one never reads it first.
 */
export const runJobKey = (runId: string) => `session:${jobKey(runId)}` as const;
