import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { ADS_MANAGER_URL, apiText, openPopup, openWorld, replayUi, routeScenario, tabIdOf } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';
import { isRestartedWorker, stopServiceWorker } from './service-worker';

async function scenario(file: string, latencyMs = 0): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return { ...r.scenario, graph: { ...r.scenario.graph, latency_ms: latencyMs } };
}

test('captures and an explanation in progress survive the service worker being stopped; the popup reopens to the same state', async ({
  context,
  extensionId,
}) => {
  const s = await scenario('tests/fixtures/scenarios/shared-examples/seed-user-b-hidden-number-id.json', 1500);
  let { popup } = await openWorld(context, extensionId, s);
  await expect(popup.getByTestId('capture-item')).toHaveCount(1);

  // 1. Captures survive a stop.
  await stopServiceWorker(context, popup);
  await popup.reload();
  await expect(popup.getByTestId('capture-item')).toHaveCount(1);
  expect(await isRestartedWorker(context)).toBe(true);

  // 2. An explanation in progress survives a stop: the Graph answers slowly; stop the worker mid-run.
  await popup.getByTestId('api-request-input').fill(apiText(s));
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('run-progress')).toBeVisible();
  await stopServiceWorker(context, popup);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field', { timeout: 30_000 });
  expect(await isRestartedWorker(context)).toBe(true);

  // 3. The popup reopens to the same state: result, selected capture and the typed request (without the token).
  const url = popup.url();
  await popup.close();
  popup = await context.newPage();
  await popup.goto(url);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  await expect(popup.getByTestId('api-request-input')).toHaveValue(/act_1187654321098765\/adsets/);
  await expect(popup.getByTestId('api-request-input')).not.toHaveValue(new RegExp(s.token!));
});

test('a run left "running" with nothing to resume is reported as interrupted, and the button works again', async ({ context, extensionId }) => {
  const s = await scenario('tests/fixtures/scenarios/shared-examples/seed-user-b-hidden-number-id.json');
  await routeScenario(context, s);
  const ads = await context.newPage();
  await ads.goto(ADS_MANAGER_URL);
  await replayUi(ads, s);
  const tabId = await tabIdOf(context, ads);
  await context.serviceWorkers()[0]!.evaluate(
    (id) => chrome.storage.session.set({ [`run:${id}`]: { status: 'running', stage: 'graph', startedAt: Date.now() - 60_000, captureId: null } }),
    tabId,
  );
  const popup = await openPopup(context, extensionId, ads);
  await expect(popup.getByTestId('run-error')).toContainText(/interrupted/i);
  await expect(popup.getByTestId('explain-button')).toBeEnabled();
  await popup.getByTestId('api-request-input').fill(apiText(s));
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
});
