import { browser } from '#imports';

export interface TargetTab {
  id: number;
  /** Known only for the tab the user opened the popup on (activeTab grants it); null otherwise. */
  url: string | null;
}

/**
 * The Ads Manager tab this view is about: `popup.html?tabId=<id>` when opened as a full tab (or by tests, where a
 * popup opened as a page is its own active tab), else the active tab of the current window (activeTab suffices).
 */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) return { id: Number(param), url: null };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}
