import { browser } from '#imports';
import { badgeCount } from '../../lib/capture/ring';
import type { Capture } from '../../lib/model';

export async function showCaptureCount(tabId: number, captures: readonly Capture[]): Promise<void> {
  const n = badgeCount(captures);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a73e8' });
  await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
}
