import { storage } from '#imports';
import type { Explanation } from '../../lib/explain/explanation';
import type { RunState } from '../../lib/run-state';

// Per-tab state besides captures, all in storage.session (never on disk, survives service-worker restarts).
const adsManagerKey = (tabId: number) => `session:adsmanager:${tabId}` as const;
const runKey = (tabId: number) => `session:run:${tabId}` as const;
const baselineKey = 'session:baseline' as const;

export const markAdsManager = (tabId: number) => storage.setItem(adsManagerKey(tabId), true);
export const isAdsManager = async (tabId: number) => (await storage.getItem<boolean>(adsManagerKey(tabId))) === true;

export const getRun = (tabId: number) => storage.getItem<RunState>(runKey(tabId));
export const setRun = (tabId: number, run: RunState) => storage.setItem(runKey(tabId), run);

export const getBaseline = () => storage.getItem<Explanation>(baselineKey);
export const setBaseline = (e: Explanation | null) => (e ? storage.setItem(baselineKey, e) : storage.removeItem(baselineKey));

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([adsManagerKey(tabId), runKey(tabId)]);
}
