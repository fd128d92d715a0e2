import type { BrowserContext, Page } from '@playwright/test';
import { loadScenarioFile } from '../../lib/scenario/load-file';
import type { Scenario } from '../../lib/scenario';
import { ADS_MANAGER_URL, apiText, openPopup, openWorld, replayUi, routeScenario, tabIdOf } from '../../scripts/simulated-ads-manager';
import { expect, test } from './fixtures';

async function scenario(file: string, latencyMs = 0): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return { ...r.scenario, graph: { ...r.scenario.graph, latency_ms: latencyMs } };
}

/**
 * Stop the extension's service worker as Chrome does to an idle worker (CDP `Target.closeTarget`). A marker set in
 * the worker beforehand proves that the worker answering afterwards is a new instance.
 */
async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  await context.serviceWorkers()[0]!.evaluate(() => ((globalThis as { __alive?: boolean }).__alive = true));
  const cdp = await context.newCDPSession(extensionPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  expect(sw).toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
  await cdp.detach();
}

async function isRestartedWorker(context: BrowserContext): Promise<boolean> {
  const sw = context.serviceWorkers().at(-1)!;
  return (await sw.evaluate(() => (globalThis as { __alive?: boolean }).__alive)) !== true;
}

test('captures and an explanation in progress survive the service worker being stopped; the popup reopens to the same state', async ({
  context,
  extensionId,
}) => {
  const s = await scenario('../shared/scenarios/seed-user-b-hidden-number-id.json', 1500);
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
  const s = await scenario('../shared/scenarios/seed-user-b-hidden-number-id.json');
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
