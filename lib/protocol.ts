import type { Capture, HookRequest } from './model';

/**
 * The one typed message protocol between the extension's contexts (used with @webext-core/messaging).
 * Types only: each context calls `defineExtensionMessaging<ProtocolMap>()` itself.
 */
export interface ProtocolMap {
  /** Isolated content script → background: one validated request seen by the page-world hook. */
  capture(req: HookRequest): void;
  /** Popup → background: the captures of a tab, newest first. */
  getCaptures(tabId: number): Capture[];
  /** Popup → background: forget a tab's captures. */
  clearCaptures(tabId: number): void;
}
