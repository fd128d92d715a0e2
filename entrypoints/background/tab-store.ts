import { storage } from '#imports';
import type { Explanation } from '../../lib/explain/explanation';
import { isJobKey, jobKey, type RunJob } from '../../lib/run-jobs';
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

/**
 * A run in progress, token included, so that a service worker stopped mid-run (MV3 stops idle workers) resumes it
 * when it starts again. storage.session only, keyed by run (lib/run-jobs.ts), deleted as soon as the run ends.
 */
export const saveJob = (job: RunJob) => storage.setItem(`session:${jobKey(job.runId)}`, job);
export const dropJob = (runId: string) => storage.removeItem(`session:${jobKey(runId)}`);
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
  await storage.removeItems([adsManagerKey(tabId), runKey(tabId), ...jobs.map((j) => `session:${jobKey(j.runId)}` as const)]);
}
