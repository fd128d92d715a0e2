import { browser } from '#imports';
import { decodeCapture, decodeHookMessage } from '../../lib/capture';
import type { Capture } from '../../lib/model';
import { showCaptureCount } from './badge';
import { addCaptures, clearCaptures, getCaptures } from './capture-store';
import { forgetRuns, resumePendingRuns, runExplanation, settledRun } from './diagnosis';
import { onBridgeMessage, onPopupMessage } from './messaging';
import { forgetTab, getBaseline, getRun, isAdsManager, markAdsManager, setBaseline } from './tab-store';

// Wiring only: the work lives in lib/ and the small modules beside this file.
export default defineBackground(() => {
  // Bridge channel (a content script, for its own tab; untrusted: lib/message-trust.ts).
  onBridgeMessage('hello', (_, tabId) => markAdsManager(tabId));
  onBridgeMessage('capture', async (hookMessage, tabId) => {
    // The bridge only bounds what the page dispatched: the validation is here, and what fails it is dropped.
    const req = decodeHookMessage(hookMessage);
    if (!req) return;
    const captures = decodeCapture(req);
    if (!captures.length) return;
    // Eviction may shorten other tabs' lists too (the total budget): their badges follow.
    const changed = await addCaptures(tabId, captures).catch(() => new Map<number, Capture[]>());
    for (const [id, list] of changed) await showCaptureCount(id, list).catch(() => undefined);
  });
  // Popup channel (the extension's own pages only; the tab is the one the popup names).
  onPopupMessage('getTabState', async (tabId) => ({
    adsManager: await isAdsManager(tabId),
    captures: await getCaptures(tabId),
    run: await settledRun(tabId, await getRun(tabId)),
  }));
  onPopupMessage('clearCaptures', async (tabId) => {
    await clearCaptures(tabId);
    await showCaptureCount(tabId, []);
  });
  onPopupMessage('explain', (req) => runExplanation(req));
  onPopupMessage('forgetRuns', (req) => forgetRuns(req));
  onPopupMessage('setBaseline', (explanation) => setBaseline(explanation));
  onPopupMessage('getBaseline', () => getBaseline());
  // A new user arrives without a token: show what the extension does and how to get one (not on updates).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void resumePendingRuns();
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearCaptures(tabId);
    void forgetTab(tabId);
  });
});
