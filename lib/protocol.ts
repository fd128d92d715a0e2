import type { ApiSide, Explanation } from './explain/explanation';
import type { Capture, HookRequest } from './model';
import type { RunState } from './run-state';
import type { ApiRequestSource } from './scenario/scenario-schema';

/** What the popup asks to explain. The token travels in this message and is never stored unless remembered. */
export interface ExplainRequest {
  tabId: number;
  /**
   * The ad set to compare with, as the popup lists it (an assembled ad set's id, i.e. its first capture's; any of
   * its captures' ids also finds it). Null: only the API request.
   */
  captureId: string | null;
  /** The user's parsed API request (null: use the equivalent of the capture). */
  api: ApiSide | null;
  token: string;
  /** A WhatsApp Business Account id typed by the user, when the UI did not reveal one. */
  wabaId: string | null;
  /**
   * The request as pasted (token already replaced by the draft placeholder), for a scenario export of the run;
   * absent: the export names the parsed request as cURL. Values the user typed for computed fields go with it.
   */
  pasted?: { api: ApiRequestSource; typedValues: Record<string, string> };
}

/** "Forget" in the popup: the tab it was pressed in, and the token it held (empty when the popup had none). */
export interface ForgetRequest {
  tabId: number;
  token: string;
}

export interface TabState {
  /** True when the Ads Manager content script runs in the tab (the extension cannot read tab URLs). */
  adsManager: boolean;
  captures: Capture[];
  run: RunState | null;
}

/**
 * The one typed message protocol between the extension's contexts (used with @webext-core/messaging).
 * Types only: each context calls `defineExtensionMessaging<ProtocolMap>()` itself.
 */
export interface ProtocolMap {
  /** Isolated content script → background: the Ads Manager bridge runs in this tab. */
  hello(): void;
  /** Isolated content script → background: one validated request seen by the page-world hook. */
  capture(req: HookRequest): void;
  /** Popup → background: everything the popup shows for a tab. */
  getTabState(tabId: number): TabState;
  /** Popup → background: forget a tab's captures (and its run). */
  clearCaptures(tabId: number): void;
  /** Popup → background: run the diagnosis; resolves with the final state (also stored for the popup to reopen). */
  explain(req: ExplainRequest): RunState;
  /** Popup → background: "Forget" — cancel the tab's runs and every run using that token, and delete their jobs. */
  forgetRuns(req: ForgetRequest): void;
  /** Popup → background: keep an explanation as the "works" side of a working-vs-failing comparison (null clears). */
  setBaseline(explanation: Explanation | null): void;
  getBaseline(): Explanation | null;
}
