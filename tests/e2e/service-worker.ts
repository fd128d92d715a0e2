import type { BrowserContext, Page } from '@playwright/test';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { expect } from './fixtures';

/** A scenario from tests/fixtures/scenarios, with the simulated Graph answering after `latencyMs`. */
export async function scenario(name: string, latencyMs = 0): Promise<Scenario> {
  const r = await loadScenarioFile(`tests/fixtures/scenarios/${name}`);
  if (!r.ok) throw new Error(r.error);
  return { ...r.scenario, graph: { ...r.scenario.graph, latency_ms: latencyMs } };
}

/**
 * Stop the extension's service worker as Chrome does to an idle worker (CDP `Target.closeTarget`). A marker set in
 * the worker beforehand proves that the worker answering afterwards is a new instance.
 */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  await context.serviceWorkers()[0]!.evaluate(() => ((globalThis as { __alive?: boolean }).__alive = true));
  const cdp = await context.newCDPSession(extensionPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  expect(sw).toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
  await cdp.detach();
}

/**
 * Whether the worker now running is a new instance. The popup paints from storage.session and asks the background
 * only once it is idle, so right after a reload the stopped worker may not have been started again yet: wait for it.
 */
export async function isRestartedWorker(context: BrowserContext): Promise<boolean> {
  const sw = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  return (await sw.evaluate(() => (globalThis as { __alive?: boolean }).__alive)) !== true;
}

/** Everything in storage.session, as the newest service worker sees it. */
export async function sessionStorage(context: BrowserContext): Promise<Record<string, unknown>> {
  const sw = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(() => chrome.storage.session.get(null));
}
