import { browser } from '#imports';
import { decodeCapture } from '../../lib/capture';
import type { Capture } from '../../lib/model';
import { showCaptureCount } from './badge';
import { addCaptures, clearCaptures, getCaptures } from './capture-store';
import { forgetRuns, resumePendingRuns, runExplanation, settledRun } from './diagnosis';
import { onMessage } from './messaging';
import { forgetTab, getBaseline, getRun, isAdsManager, markAdsManager, setBaseline } from './tab-store';

// Wiring only: the work lives in lib/ and the small modules beside this file.
export default defineBackground(() => {
  onMessage('hello', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await markAdsManager(sender.tab.id);
  });
  onMessage('capture', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const captures = decodeCapture(data);
    if (!captures.length) return;
    // Eviction may shorten other tabs' lists too (the total budget): their badges follow.
    const changed = await addCaptures(tabId, captures).catch(() => new Map<number, Capture[]>());
    for (const [id, list] of changed) await showCaptureCount(id, list).catch(() => undefined);
  });
  onMessage('getTabState', async ({ data: tabId }) => ({
    adsManager: await isAdsManager(tabId),
    captures: await getCaptures(tabId),
    run: await settledRun(tabId, await getRun(tabId)),
  }));
  onMessage('clearCaptures', async ({ data: tabId }) => {
    await clearCaptures(tabId);
    await showCaptureCount(tabId, []);
  });
  onMessage('explain', ({ data }) => runExplanation(data));
  onMessage('forgetRuns', ({ data }) => forgetRuns(data));
  onMessage('setBaseline', ({ data }) => setBaseline(data));
  onMessage('getBaseline', () => getBaseline());
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
