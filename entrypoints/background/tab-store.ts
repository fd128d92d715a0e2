import { storage } from '#imports';
import type { Explanation } from '../../lib/explain/explanation';
import { isJobKey, type RunJob } from '../../lib/run-jobs';
import type { RunState } from '../../lib/run-state';
import { pinnedBaseline, runJobKey, tabIsAdsManager, tabRun } from '../../utils/storage-items';

// Per-tab state besides captures (the items and where they live: utils/storage-items.ts).
export const markAdsManager = (tabId: number) => tabIsAdsManager.set(tabId, true);
export const isAdsManager = async (tabId: number) => (await tabIsAdsManager.get(tabId)) === true;

export const getRun = tabRun.get;
export const setRun = (tabId: number, run: RunState) => tabRun.set(tabId, run);

export const setBaseline = (e: Explanation | null) => (e ? pinnedBaseline.setValue(e) : pinnedBaseline.removeValue());

/** A run in progress is kept (token included) until it ends, so a service worker stopped mid-run resumes it. */
export const saveJob = (job: RunJob) => storage.setItem(runJobKey(job.runId), job);
export const dropJob = (runId: string) => storage.removeItem(runJobKey(runId));
export async function pendingJobs(): Promise<RunJob[]> {
  return jobsIn(await storage.snapshot('session'));
}
/** The jobs in a snapshot of storage.session. */
export function jobsIn(all: Record<string, unknown>): RunJob[] {
  return Object.entries(all)
    .filter(([k, v]) => isJobKey(k) && typeof (v as RunJob | null)?.runId === 'string')
    .map(([, v]) => v as RunJob);
}

export async function forgetTab(tabId: number): Promise<void> {
  const jobs = (await pendingJobs()).filter((j) => j.tabId === tabId);
  await storage.removeItems([tabIsAdsManager.key(tabId), tabRun.key(tabId), ...jobs.map((j) => runJobKey(j.runId))]);
}
