import { wabaIdSeen } from '../../lib/capture/ui-seen';
import { explain } from '../../lib/explain/pipeline';
import { sidesForLevel, sidesForSelection } from '../../lib/explain/chain-sides';
import { levelOf } from '../../lib/model';
import { fetchTransport, recordingTransport, type GraphExchange } from '../../lib/graph';
import { runRecordOf } from '../../lib/run-record';
import { text, type Text } from '../../lib/i18n/text';
import type { ExplainRequest, ForgetRequest } from '../../lib/protocol';
import { isRunAlive, jobsToForget, RunRegistry, type RunJob } from '../../lib/run-jobs';
import type { RunState } from '../../lib/run-state';
import { getCaptures } from './capture-store';
import { dropJob, getRun, pendingJobs, saveJob, setRun } from './tab-store';

/** Runs executing in this worker instance (with their abort signals), and which one each tab shows. */
const runs = new RunRegistry();

class RunCancelled extends Error {
  override name = 'RunCancelled';
}

/**
 * Run one explanation for a tab. Progress and the result are written to storage.session as they happen, so a popup
 * that was closed and reopened (or a restarted service worker) finds the same state. Always resolves with a final
 * state, also when storage.session refuses a write (full, or the value too large): the popup that asked shows it.
 */
export async function runExplanation(req: ExplainRequest, resumed?: RunJob): Promise<RunState> {
  const job: RunJob = resumed ?? { ...req, runId: crypto.randomUUID(), startedAt: Date.now() };
  const { tabId, startedAt } = job;
  // Registered before anything is awaited, so a "Forget" arriving meanwhile finds and cancels it.
  const signal = runs.start(job);
  // Only the tab's newest run writes its state; an older one's result still goes back to the popup that asked.
  const show = async (state: RunState) => {
    if (signal.aborted && state.status === 'running') return state;
    if (runs.ownsTab(job)) await setRun(tabId, state).catch(() => undefined);
    return state;
  };
  const running = (extra: Partial<Extract<RunState, { status: 'running' }>> = {}): RunState => ({
    status: 'running',
    runId: job.runId,
    stage: 'diff',
    startedAt,
    captureId: job.captureId,
    ...extra,
  });
  try {
    const captures = await getCaptures(tabId).catch(() => []);
    // The popup lists assembled ad sets: a draft fragment's create, updates and publish compared as one spec.
    // A pasted campaign, ad or creative is compared with Ads Manager's object of its level in the selected publish
    // (issue 17); without a pasted request, the publish's first failing level is diagnosed first.
    const { ui: submission, adsetId } = job.api ? sidesForLevel(job.captureId, captures, levelOf(job.api.request)) : sidesForSelection(job.captureId, captures);
    if (!submission && !job.api) return await show(failed(text('runNeedsRequest'), startedAt));
    if (!job.token.trim()) return await show(failed(text('runNeedsToken'), startedAt));

    // The job first: a worker stopped right after this resumes it; a "running" state never exists without one. When
    // storage refuses it (full, or the request too large), the run still goes on, it just cannot survive a stop.
    if (!resumed) await saveJob(job).catch(() => undefined);
    if (signal.aborted) throw new RunCancelled();
    await show(running());
    const exchanges: GraphExchange[] = [];
    const explanation = await explain(
      // Without a typed WABA id, use one Ads Manager revealed in this tab, so the WABA's numbers are read too.
      { ui: submission, api: job.api, token: job.token.trim(), wabaId: job.wabaId ?? wabaIdSeen(captures), adsetId },
      {
        // "Forget" aborts the Graph calls in flight; an aborted signal also stops any later one before it is sent.
        // Recorded (redacted) so the run can be exported as a replayable scenario.
        transport: recordingTransport(
          fetchTransport((url, init) => fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal })),
          job.token.trim(),
          exchanges,
        ),
        onProgress: (stage) => void show(running({ stage })),
        onRetry: () => void show(running({ stage: 'graph', retrying: true })),
        onSingleCalls: (count) => void show(running({ stage: 'graph', singleCalls: count })),
        sleep: (ms) =>
          new Promise((resolve, reject) => {
            if (signal.aborted) return reject(new RunCancelled());
            const t = setTimeout(resolve, ms);
            signal.addEventListener('abort', () => (clearTimeout(t), reject(new RunCancelled())), { once: true });
          }),
      },
    );
    if (signal.aborted) throw new RunCancelled();
    return await show({ status: 'done', explanation, record: runRecordOf(job, explanation, exchanges) });
  } catch (err) {
    // Cancelled by "Forget" (`forgetRuns`), whatever the aborted calls made the pipeline do.
    if (signal.aborted) return await show(failed(text('runCancelled'), startedAt));
    // A bug, not a Graph failure (those are facts): say so plainly, without a stack trace.
    console.error('Ads API Inspector: explanation failed', err instanceof Error ? err.name : 'error');
    return await show(failed(text('runInternalError'), startedAt));
  } finally {
    runs.end(job.runId);
    await dropJob(job.runId).catch(() => undefined);
  }
}

/**
 * "Forget" in the popup: stop every run of the tab and every run using the forgotten token, here and in storage.
 * Their jobs are deleted before this resolves, so a service worker stopped right after resumes none of them and
 * no request with the token is sent again.
 */
export async function forgetRuns(req: ForgetRequest): Promise<void> {
  const stored = await pendingJobs().catch(() => []);
  const victims = jobsToForget([...runs.jobs(), ...stored], req);
  runs.cancel(victims.map((j) => j.runId));
  await Promise.all(victims.map((j) => dropJob(j.runId).catch(() => undefined)));
  for (const tabId of new Set(victims.map((j) => j.tabId))) {
    const run = await getRun(tabId).catch(() => null);
    if (run?.status === 'running') await setRun(tabId, failed(text('runCancelled'), run.startedAt)).catch(() => undefined);
  }
}

/**
 * A run state of "running" with no run executing and no job to resume (its job was lost, e.g. the worker died
 * while writing it) would leave the popup waiting forever: report it as interrupted instead.
 */
export async function settledRun(tabId: number, run: RunState | null): Promise<RunState | null> {
  if (run?.status !== 'running') return run;
  if (isRunAlive(run, runs.ids(), await pendingJobs().catch(() => []))) return run;
  const state = failed(text('runInterrupted'), run.startedAt);
  await setRun(tabId, state).catch(() => undefined);
  return state;
}

/** Runs interrupted by a service-worker stop are started again when the worker comes back (oldest first). */
export async function resumePendingRuns(): Promise<void> {
  const jobs = (await pendingJobs().catch(() => [])).sort((a, b) => a.startedAt - b.startedAt);
  for (const job of jobs) void runExplanation(job, job);
}

function failed(error: Text, startedAt: number): RunState {
  return { status: 'failed', error, startedAt };
}
