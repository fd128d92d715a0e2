import type { ApiSide, Explanation } from './explain/explanation';
import type { Capture } from './model';
import type { RunState } from './run-state';

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
 * The background's two typed channels (each used with @webext-core/messaging), split by who may send on them
 * (lib/message-trust.ts). Types only: each context calls `defineExtensionMessaging<…>()` itself.
 */

/** Isolated content script → background. Untrusted: the bridge runs in an Ads Manager renderer. */
export interface BridgeProtocol {
  /** The Ads Manager bridge runs in the sender's tab. */
  hello(): void;
  /**
   * One message from the page-world hook, as the JSON text the hook dispatched (bounded by the bridge's admission
   * gate). The background validates it (lib/capture/hook-message.ts) and drops it when it fails.
   */
  capture(hookMessage: string): void;
}

/**
 * Extension pages (the popup) → background. Refused from any other sender: these read a tab's captures and run,
 * start Graph calls with a token, and clear or pin state, for the tab the message names.
 */
export interface PopupProtocol {
  /** Everything the popup shows for a tab. */
  getTabState(tabId: number): TabState;
  /** Forget a tab's captures (and its run). */
  clearCaptures(tabId: number): void;
  /** Run the diagnosis; resolves with the final state (also stored for the popup to reopen). */
  explain(req: ExplainRequest): RunState;
  /** "Forget": cancel the tab's runs and every run using that token, and delete their jobs. */
  forgetRuns(req: ForgetRequest): void;
  /** Keep an explanation as the "works" side of a working-vs-failing comparison (null clears). */
  setBaseline(explanation: Explanation | null): void;
  getBaseline(): Explanation | null;
}
