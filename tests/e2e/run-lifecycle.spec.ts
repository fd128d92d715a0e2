import { parseApiRequest } from '../../lib/request';
import { apiText, openPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';
import { isRestartedWorker, scenario, sessionStorage, stopServiceWorker } from './service-worker';

/** Issue 11, items 8 and 9: a run's lifecycle against "Forget", a second run on the same tab, and worker stops. */

test('Forget cancels a running diagnosis: its Graph call is aborted, its job deleted, and a restarted worker sends nothing with the token', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const s = await scenario('seed-user-b-hidden-number-id.json', 3000);
  const token = s.token!;
  const { popup, hits } = await openWorld(context, extensionId, s);
  const withToken = () => hits.filter((h) => `${h.url} ${h.body ?? ''} ${JSON.stringify(h.headers)}`.includes(token)).length;

  await popup.getByTestId('api-request-input').fill(apiText(s));
  await popup.getByTestId('token-input').fill(token);
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('run-progress')).toBeVisible();
  await expect.poll(withToken).toBe(1);

  await popup.getByTestId('token-forget').click();
  await expect(popup.getByTestId('run-error')).toContainText(/token was forgotten/i);
  await expect(popup.getByTestId('run-progress')).toHaveCount(0);
  // Nothing left to resume, and the token is nowhere in storage.
  await expect.poll(async () => Object.keys(await sessionStorage(context)).filter((k) => k.startsWith('job:'))).toEqual([]);
  expect(JSON.stringify(await sessionStorage(context))).not.toContain(token);

  // Chrome stops the worker; it starts again (the popup's reload wakes it) and resumes whatever jobs it finds.
  await stopServiceWorker(context, popup);
  await popup.reload();
  await expect(popup.getByTestId('run-error')).toContainText(/token was forgotten/i);
  expect(await isRestartedWorker(context)).toBe(true);
  // Longer than the Graph latency: a resumed run would have sent its batch by now.
  await popup.waitForTimeout(4500);
  expect(withToken()).toBe(1);
  await expect(popup.getByTestId('run-progress')).toHaveCount(0);
});

test('two runs on one tab keep their own jobs: run A ending does not delete run B, which survives a worker stop and shows its own result', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const s = await scenario('seed-user-b-hidden-number-id.json', 300);
  const { ads, popup: popupA } = await openWorld(context, extensionId, s);
  const popupB = await openPopup(context, extensionId, ads);
  await expect(popupB.getByTestId('capture-item')).toHaveCount(1);
  const tabId = Number(new URL(popupB.url()).searchParams.get('tabId'));
  const [capture] = (await sessionStorage(context))[`captures:${tabId}`] as { id: string }[];

  // Run B names its ad set `run-b-marker` (its diff with the capture shows it). The Graph holds A's batch 2.5 s (so
  // both runs are in flight together, even on a loaded machine) and B's 8 s: B is still in flight when A ends.
  const textB = apiText(s).replace('name=Test Ad Set', 'name=run-b-marker');
  await context.route(/^https:\/\/graph\.facebook\.com\//, async (route) => {
    const hold = route.request().postData()?.includes('run-b-marker') ? 8000 : route.request().method() === 'POST' ? 2500 : 0;
    await new Promise((r) => setTimeout(r, hold));
    await route.fallback().catch(() => undefined);
  });

  // Run A from popup A's button.
  await popupA.getByTestId('api-request-input').fill(apiText(s));
  await popupA.getByTestId('token-input').fill(s.token!);
  await popupA.getByTestId('explain-button').click();
  // A has started (its job is saved) before B is sent: the popup prepares the request as pasted for the run's record
  // before it sends, so "after the click" is not yet "after A started".
  await expect.poll(async () => Object.keys(await sessionStorage(context)).filter((k) => k.startsWith('job:')).length).toBe(1);
  // Run B a moment later from popup B (whose button is disabled while A runs: it sends what its button sends).
  const parsedB = parseApiRequest(textB);
  if (!parsedB.ok) throw new Error('run B’s request must parse');
  await popupB.evaluate(
    (data) => void chrome.runtime.sendMessage({ id: 1, type: 'explain', data, timestamp: Date.now() }).catch(() => undefined),
    { tabId, captureId: capture!.id, api: { request: parsedB.request, format: parsedB.format, tokenFound: true }, token: s.token!, wabaId: null },
  );
  await expect.poll(async () => Object.keys(await sessionStorage(context)).filter((k) => k.startsWith('job:')).length).toBe(2);

  // A ends (its own popup shows its result); B's job is still there.
  await expect(popupA.getByTestId('finding').first()).toBeVisible({ timeout: 30_000 });
  await expect(popupA.getByTestId('results')).not.toContainText('run-b-marker');
  expect(Object.keys(await sessionStorage(context)).filter((k) => k.startsWith('job:')).length).toBe(1);
  // The tab shows its newest run, B, still running, not A's result.
  await expect(popupB.getByTestId('run-progress')).toBeVisible();
  await expect(popupB.getByTestId('results')).toHaveCount(0);

  // The worker stops with B in flight; the restarted one resumes B, and popup B shows B's own result.
  await stopServiceWorker(context, popupB);
  await popupB.reload();
  await expect(popupB.getByTestId('results')).toContainText('run-b-marker', { timeout: 30_000 });
  expect(await isRestartedWorker(context)).toBe(true);
  await expect.poll(async () => Object.keys(await sessionStorage(context)).filter((k) => k.startsWith('job:'))).toEqual([]);
});

test('a run lost while the popup is open ends in an error instead of spinning for ever', async ({ context, extensionId }) => {
  const s = await scenario('seed-user-b-hidden-number-id.json');
  const { popup } = await openWorld(context, extensionId, s);
  await expect(popup.getByTestId('capture-item')).toHaveCount(1);
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  // The progress may show only briefly (the popup's first check of the background, when it is idle after opening,
  // can settle the run at once): the page notes that it was shown.
  await popup.evaluate(() => {
    const seen = () => document.querySelector('[data-testid=run-progress]') !== null;
    const w = window as { __progressSeen?: boolean };
    new MutationObserver(() => (w.__progressSeen ||= seen())).observe(document.body, { childList: true, subtree: true });
  });
  // A "running" state no run backs (no job, nothing executing), written while the popup watches: a worker that
  // died between writing the state and the job would leave exactly this.
  await context.serviceWorkers()[0]!.evaluate(
    (id) => chrome.storage.session.set({ [`run:${id}`]: { status: 'running', runId: 'lost', stage: 'graph', startedAt: Date.now(), captureId: null } }),
    tabId,
  );
  await expect(popup.getByTestId('run-error')).toContainText(/interrupted/i, { timeout: 15_000 });
  expect(await popup.evaluate(() => (window as { __progressSeen?: boolean }).__progressSeen)).toBe(true);
  await expect(popup.getByTestId('explain-button')).toBeEnabled();
});
