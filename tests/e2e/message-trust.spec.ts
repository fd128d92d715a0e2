import type { CDPSession, Page, Worker } from '@playwright/test';
import { encodeAs } from '../../testkit/encode';
import { HOOK_SOURCE, HOOK_VERSION } from '../../lib/page-contract/limits';
import type { Capture } from '../../lib/model';
import type { ExplainRequest } from '../../lib/protocol';
import { ctwaAdset, expect, openAdsManager, openPopup, routeAdsManager, tabIdOf, test } from './fixtures';

/**
 * Message trust tiers (SECURITY.md): a content script runs in the Ads Manager renderer, which a page exploit can take
 * over. Whatever it sends on the popup's channel — read a tab's captures and run, clear them, run a diagnosis with a
 * token, pin a baseline — must be refused, with nothing read, changed or sent to Graph; and what it sends on its own
 * channel is validated by the background, since the bridge no longer does. The forgeries are run in the extension's
 * isolated world on the Ads Manager page itself (CDP `Runtime.evaluate` in that execution context), exactly where a
 * compromised content script would run, in @webext-core/messaging's wire format `{ id, type, data, timestamp }`.
 */

const FORGED_TOKEN = 'EAAForgedFromTheIsolatedWorld0000ZDZD';

interface Answer {
  res?: unknown;
  err?: { message?: string };
}

/** The execution context of this extension's content script (the isolated world) in `page`. */
async function isolatedWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)!;
  return { cdp, contextId: world.id };
}

/** Send one message to the background from the isolated world, as a compromised content script could. */
async function sendFromIsolatedWorld(world: { cdp: CDPSession; contextId: number }, type: string, data: unknown): Promise<Answer> {
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: Date.now() })})`;
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, awaitPromise: true, returnByValue: true });
  expect(exceptionDetails, JSON.stringify(exceptionDetails)).toBeUndefined();
  return result.value as Answer;
}

async function session(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => chrome.storage.session.get(null));
}

test('popup-only messages forged from the content script’s isolated world are refused; the popup’s own still work', async ({ context, extensionId }) => {
  const graphCalls: string[] = [];
  await routeAdsManager(context, (route) => {
    if (new URL(route.request().url()).hostname === 'graph.facebook.com') graphCalls.push(route.request().url());
    return { status: 200, body: { id: '120235999999990001' } };
  });
  const page = await openAdsManager(context);
  const sw = context.serviceWorkers()[0]!;
  const tabId = await tabIdOf(context, '', page);
  const key = `captures:${tabId}`;

  // One real capture through the hook, as the page's own code would submit it.
  const wire = encodeAs('form', ctwaAdset('legit-capture'));
  await page.evaluate(async (w) => void (await fetch(w.url, { method: 'POST', body: w.body, headers: w.headers })), wire);
  await expect.poll(async () => ((await session(sw))[key] as Capture[] | undefined)?.length ?? 0).toBe(1);
  const before = await session(sw);
  const captureId = (before[key] as Capture[])[0]!.id;

  const world = await isolatedWorld(page, extensionId);
  const explain: ExplainRequest = { tabId, captureId, api: null, token: FORGED_TOKEN, wabaId: null };
  const forgeries: [string, unknown][] = [
    ['getTabState', tabId],
    ['clearCaptures', tabId],
    ['explain', explain],
    ['forgetRuns', { tabId, token: FORGED_TOKEN }],
    ['setBaseline', null],
    ['getBaseline', undefined],
  ];
  for (const [type, data] of forgeries) {
    const answer = await sendFromIsolatedWorld(world, type, data);
    // A refusal the sender can read (the promise rejects in @webext-core's sendMessage); no tab state leaks back.
    expect(answer.res, type).toBeUndefined();
    expect(answer.err?.message, type).toMatch(/only accepted from the extension's own pages/);
  }

  // Nothing changed: the capture is still there, no run or job was stored, no Graph call was made, no token kept.
  const after = await session(sw);
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toContain(FORGED_TOKEN);
  // An accepted `explain` answers only once its run ended, so every Graph call it made would be logged by now.
  expect(graphCalls).toEqual([]);

  // The bridge's own channel, bypassing the bridge: the background validates what arrives and drops what fails.
  const hookMessage = (name: string, url = wire.url) =>
    JSON.stringify({ source: HOOK_SOURCE, v: HOOK_VERSION, transport: 'fetch', method: 'POST', url, headers: wire.headers, body: encodeAs('form', ctwaAdset(name)).body, bodyType: 'string', response: { status: 200, body: '{"id":"1"}' }, failure: null, startedAt: 1 });
  for (const data of [JSON.parse(hookMessage('parsed-object')), hookMessage('not-meta', 'https://evil.example/v22.0/act_1/adsets'), hookMessage('bad-version').replace('"v":1', '"v":2')]) {
    await sendFromIsolatedWorld(world, 'capture', data);
  }
  await sendFromIsolatedWorld(world, 'capture', hookMessage('valid-forged'));
  await expect.poll(async () => ((await session(sw))[key] as Capture[]).length).toBe(2);
  const names = ((await session(sw))[key] as Capture[]).map((c) => (c.kind === 'submission' ? c.request.fields['name'] : c.url));
  expect(names).toEqual(['legit-capture', 'valid-forged']);
  await world.cdp.detach();

  // The same messages from the popup (an extension page, here opened in a tab) are answered.
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByTestId('capture-item')).toHaveCount(2);
  const fromPopup = await popup.evaluate(
    (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'getTabState', data: tabId, timestamp: Date.now() }) as Promise<Answer>,
    tabId,
  );
  expect(fromPopup.err).toBeUndefined();
  expect((fromPopup.res as { captures: Capture[] }).captures).toHaveLength(2);
});
