import { describe, expect, it } from 'vitest';
import { isRunAlive, jobKey, jobsToForget, pinnedCaptureIds, RunRegistry, type RunJob } from '../../lib/run-jobs';

const job = (runId: string, tabId: number, token = 'EAAtokenA', startedAt = 0, captureId: string | null = null): RunJob => ({
  runId,
  tabId,
  token,
  startedAt,
  captureId,
  api: null,
  wabaId: null,
});

describe('jobs are keyed by run, not by tab', () => {
  it('two runs on one tab have two records', () => {
    expect(jobKey('a')).not.toBe(jobKey('b'));
  });
});

describe('RunRegistry', () => {
  it('the tab shows its newest run: run A ending after run B started does not own the tab’s state', () => {
    const runs = new RunRegistry();
    const a = job('a', 7, 'EAAtokenA', 100);
    const b = job('b', 7, 'EAAtokenA', 200);
    runs.start(a);
    expect(runs.ownsTab(a)).toBe(true);
    runs.start(b);
    expect(runs.ownsTab(a)).toBe(false);
    expect(runs.ownsTab(b)).toBe(true);
    runs.end('a');
    expect(runs.ownsTab(b)).toBe(true);
    expect([...runs.ids()]).toEqual(['b']);
  });

  it('resumed in start order after a worker restart, the newest still owns the tab', () => {
    const runs = new RunRegistry();
    const [a, b] = [job('a', 7, 'x', 100), job('b', 7, 'x', 200)];
    runs.start(b);
    runs.start(a);
    expect(runs.ownsTab(b)).toBe(true);
    expect(runs.ownsTab(a)).toBe(false);
  });

  it('runs on other tabs are independent', () => {
    const runs = new RunRegistry();
    runs.start(job('a', 1));
    runs.start(job('b', 2));
    expect(runs.ownsTab(job('a', 1))).toBe(true);
  });

  it('cancel aborts the given runs’ signals only', () => {
    const runs = new RunRegistry();
    const sa = runs.start(job('a', 1));
    const sb = runs.start(job('b', 2));
    runs.cancel(['a']);
    expect(sa.aborted).toBe(true);
    expect(sb.aborted).toBe(false);
  });
});

describe('jobsToForget', () => {
  const jobs = [job('a', 1, 'EAAforgotten'), job('b', 2, 'EAAforgotten'), job('c', 2, 'EAAother'), job('d', 1, 'EAAother')];
  it.each([
    ['the tab’s runs and every run with the token', { tabId: 1, token: 'EAAforgotten' }, 'a,b,d'],
    ['only the tab’s runs when the popup had no token', { tabId: 1, token: '' }, 'a,d'],
    ['a token with spaces around it', { tabId: 9, token: '  EAAother ' }, 'c,d'],
    ['nothing for another tab and token', { tabId: 9, token: 'EAAnone' }, ''],
  ])('%s', (_what, forget, expected) => {
    expect(jobsToForget(jobs, forget).map((j) => j.runId).join(',')).toBe(expected);
  });
});

describe('isRunAlive', () => {
  const running = (runId?: string) => ({ status: 'running' as const, runId, stage: 'graph' as const, startedAt: 0, captureId: null });
  it.each([
    ['executing in this worker', running('a'), ['a'], [], true],
    ['a job a restarted worker resumes', running('a'), [], ['a'], true],
    ['another run’s job only (the job it had was deleted with another run)', running('a'), [], ['b'], false],
    ['no id (written by an older version)', running(undefined), [], ['a'], false],
  ])('%s', (_what, run, executing, jobs, alive) => {
    expect(isRunAlive(run, new Set(executing), jobs.map((runId) => ({ runId })))).toBe(alive);
  });
});

it('pinnedCaptureIds lists the captures pending runs compare with', () => {
  expect([...pinnedCaptureIds([job('a', 1, 't', 0, 'cap-1'), job('b', 1, 't', 0, null), job('c', 2, 't', 0, 'cap-2')])]).toEqual(['cap-1', 'cap-2']);
});
