import { submissionFor } from '../../lib/capture/assemble';
import { wabaIdSeen } from '../../lib/capture/ui-seen';
import { explain } from '../../lib/explain/pipeline';
import { fetchTransport } from '../../lib/graph';
import { text, type Text } from '../../lib/i18n/text';
import type { ExplainRequest } from '../../lib/protocol';
import type { RunState } from '../../lib/run-state';
import { getCaptures } from './capture-store';
import { dropJob, pendingJobs, saveJob, setRun } from './tab-store';

/**
 * Run one explanation for a tab. Progress and the result are written to storage.session as they happen, so a popup
 * that was closed and reopened (or a restarted service worker) finds the same state. The token is only in memory.
 */
export async function runExplanation(req: ExplainRequest): Promise<RunState> {
  const startedAt = Date.now();
  const { tabId } = req;
  const captures = await getCaptures(tabId);
  // The popup lists assembled ad sets: a draft fragment's create, updates and publish compared as one spec.
  const submission = submissionFor(captures, req.captureId);
  if (!submission && !req.api) return fail(tabId, text('runNeedsRequest'), startedAt);
  if (!req.token.trim()) return fail(tabId, text('runNeedsToken'), startedAt);

  // The job first: a worker stopped right after this resumes it; a "running" state never exists without one.
  await saveJob(req);
  active.add(tabId);
  await setRun(tabId, { status: 'running', stage: 'diff', startedAt, captureId: req.captureId });
  try {
    const explanation = await explain(
      // Without a typed WABA id, use one Ads Manager revealed in this tab, so the WABA's numbers are read too.
      { ui: submission, api: req.api, token: req.token.trim(), wabaId: req.wabaId ?? wabaIdSeen(captures) },
      {
        transport: fetchTransport((url, init) => fetch(url, init)),
        onProgress: (stage) => void setRun(tabId, { status: 'running', stage, startedAt, captureId: req.captureId }),
        onRetry: () => void setRun(tabId, { status: 'running', stage: 'graph', startedAt, captureId: req.captureId, retrying: true }),
      },
    );
    const done: RunState = { status: 'done', explanation };
    await setRun(tabId, done);
    return done;
  } catch (err) {
    // A bug, not a Graph failure (those are facts): say so plainly, without a stack trace.
    console.error('Ads API Inspector: explanation failed', err instanceof Error ? err.name : 'error');
    return fail(tabId, text('runInternalError'), startedAt);
  } finally {
    active.delete(tabId);
    await dropJob(tabId);
  }
}

/** Tabs whose run is executing in this worker instance. */
const active = new Set<number>();

/**
 * A run state of "running" with no run executing and no job to resume (its job was lost, e.g. the worker died
 * while writing it) would leave the popup waiting forever: report it as interrupted instead.
 */
export async function settledRun(tabId: number, run: RunState | null): Promise<RunState | null> {
  if (run?.status !== 'running' || active.has(tabId)) return run;
  if ((await pendingJobs()).some((j) => j.tabId === tabId)) return run;
  return fail(tabId, text('runInterrupted'), run.startedAt);
}

/** Runs interrupted by a service-worker stop are started again when the worker comes back. */
export async function resumePendingRuns(): Promise<void> {
  for (const job of await pendingJobs()) void runExplanation(job);
}

async function fail(tabId: number, error: Text, startedAt: number): Promise<RunState> {
  const state: RunState = { status: 'failed', error, startedAt };
  await setRun(tabId, state);
  return state;
}
