import type { ExplainRequest } from './protocol';
import type { RunState } from './run-state';

/**
 * A run in flight, token included, as the background keeps it in storage.session so that a service worker stopped
 * mid-run resumes it. Keyed by its own id, not by tab: two runs on one tab (two popups, a double click) each keep
 * their own record, and one ending never deletes the other's (issue 11, item 9).
 */
export interface RunJob extends ExplainRequest {
  runId: string;
  startedAt: number;
}

/** The storage.session key of a run's job. */
export const jobKey = (runId: string) => `job:${runId}` as const;

/** Keys of stored jobs (the part after the storage area). */
export const isJobKey = (key: string) => key.startsWith('job:');

/**
 * The runs "Forget" stops: every run of the tab the user forgot the token in (its token may no longer be in the
 * popup, e.g. after a reopen) and every run, in any tab, that uses the forgotten token.
 */
export function jobsToForget<J extends Pick<RunJob, 'tabId' | 'token'>>(jobs: readonly J[], forget: { tabId: number; token: string }): J[] {
  const token = forget.token.trim();
  return jobs.filter((j) => j.tabId === forget.tabId || (token !== '' && j.token.trim() === token));
}

/** Captures a pending run compares with: they must not be evicted while it may still resume (storage-budget.ts). */
export function pinnedCaptureIds(jobs: readonly Pick<RunJob, 'captureId'>[]): Set<string> {
  return new Set(jobs.flatMap((j) => (j.captureId ? [j.captureId] : [])));
}

/**
 * The runs executing in one service-worker instance, and which of them each tab shows. A tab shows its newest run:
 * a run that ends after a newer one started on the same tab returns its result to the popup that asked for it, but
 * leaves the tab's state (what every other popup on that tab shows) alone.
 */
export class RunRegistry<J extends Pick<RunJob, 'runId' | 'tabId' | 'startedAt'> = RunJob> {
  private readonly running = new Map<string, { job: J; abort: AbortController }>();
  private readonly newest = new Map<number, Pick<RunJob, 'runId' | 'startedAt'>>();

  /** Register a run; its signal aborts when the run is cancelled. */
  start(job: J): AbortSignal {
    const abort = new AbortController();
    this.running.set(job.runId, { job, abort });
    const cur = this.newest.get(job.tabId);
    if (!cur || cur.startedAt <= job.startedAt) this.newest.set(job.tabId, { runId: job.runId, startedAt: job.startedAt });
    return abort.signal;
  }

  end(runId: string): void {
    this.running.delete(runId);
  }

  /** Whether this run may write its tab's run state. */
  ownsTab(job: Pick<RunJob, 'runId' | 'tabId'>): boolean {
    const cur = this.newest.get(job.tabId);
    return !cur || cur.runId === job.runId;
  }

  /** Abort the runs whose ids are given: their Graph calls in flight are cancelled and none is sent after. */
  cancel(runIds: Iterable<string>): void {
    for (const id of runIds) this.running.get(id)?.abort.abort();
  }

  jobs(): J[] {
    return [...this.running.values()].map((r) => r.job);
  }

  ids(): Set<string> {
    return new Set(this.running.keys());
  }
}

/**
 * Whether a stored "running" state is still backed by a run: one executing now or a job a restarted worker resumes.
 * Otherwise the popup would wait for ever, so the caller reports it as interrupted.
 */
export function isRunAlive(run: Extract<RunState, { status: 'running' }>, executing: ReadonlySet<string>, jobs: readonly Pick<RunJob, 'runId'>[]): boolean {
  if (run.runId === undefined) return false;
  return executing.has(run.runId) || jobs.some((j) => j.runId === run.runId);
}
