import { browser } from '#imports';

/**
 * The Ads Manager tab this view is about: `popup.html?tabId=<id>` when opened as a full tab (or by tests, where a
 * popup opened as a page is its own active tab), else the active tab of the current window (activeTab suffices).
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
