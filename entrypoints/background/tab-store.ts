import { storage } from '#imports';
import type { Explanation } from '../../lib/explain/explanation';
import type { ExplainRequest } from '../../lib/protocol';
import type { RunState } from '../../lib/run-state';

// Per-tab state besides captures, all in storage.session (never on disk, survives service-worker restarts).
const adsManagerKey = (tabId: number) => `session:adsmanager:${tabId}` as const;
const runKey = (tabId: number) => `session:run:${tabId}` as const;
const baselineKey = 'session:baseline' as const;
const jobKey = (tabId: number) => `session:job:${tabId}` as const;

export const markAdsManager = (tabId: number) => storage.setItem(adsManagerKey(tabId), true);
export const isAdsManager = async (tabId: number) => (await storage.getItem<boolean>(adsManagerKey(tabId))) === true;

export const getRun = (tabId: number) => storage.getItem<RunState>(runKey(tabId));
export const setRun = (tabId: number, run: RunState) => storage.setItem(runKey(tabId), run);

export const getBaseline = () => storage.getItem<Explanation>(baselineKey);
export const setBaseline = (e: Explanation | null) => (e ? storage.setItem(baselineKey, e) : storage.removeItem(baselineKey));

/**
 * A run in progress, token included, so that a service worker stopped mid-run (MV3 stops idle workers) resumes it
 * when it starts again. storage.session only, deleted as soon as the run ends.
 */
export const saveJob = (req: ExplainRequest) => storage.setItem(jobKey(req.tabId), req);
export const dropJob = (tabId: number) => storage.removeItem(jobKey(tabId));
export async function pendingJobs(): Promise<ExplainRequest[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all)
    .filter(([k]) => k.startsWith('job:'))
    .map(([, v]) => v as ExplainRequest);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([adsManagerKey(tabId), runKey(tabId), jobKey(tabId)]);
}
