import { browser } from '#imports';
import { decodeCapture } from '../../lib/capture';
import { showCaptureCount } from './badge';
import { addCaptures, clearCaptures, getCaptures } from './capture-store';
import { onMessage } from './messaging';

// Wiring only: the work lives in lib/ and the small modules beside this file.
export default defineBackground(() => {
  onMessage('capture', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const captures = decodeCapture(data);
    if (!captures.length) return;
    await showCaptureCount(tabId, await addCaptures(tabId, captures));
  });
  onMessage('getCaptures', ({ data: tabId }) => getCaptures(tabId));
  onMessage('clearCaptures', async ({ data: tabId }) => {
    await clearCaptures(tabId);
    await showCaptureCount(tabId, []);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearCaptures(tabId));
});
