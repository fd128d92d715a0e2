/**
 * Who may send which message to the background (SECURITY.md, "Message trust tiers").
 *
 * Only this extension's own contexts can reach `runtime.onMessage` (no `externally_connectable`), but they are not
 * equally trusted: a content script runs inside an Ads Manager renderer, and Chromium's threat model assumes a
 * renderer can be compromised and then send anything its content scripts could
 * (https://chromium.googlesource.com/chromium/src/+/main/docs/security/compromised-renderers.md,
 * and the Site Isolation team's advice to extension authors, "treat content scripts as less trustworthy":
 * https://groups.google.com/a/chromium.org/g/chromium-extensions/c/0ei-UCHNm34/m/lDaXwQhzBAAJ). Adblock Plus was
 * reported for exactly this (https://gitlab.com/eyeo/adblockplus/abpui/adblockplusui/-/issues/1092): a page-only
 * message accepted from a content script. So the popup's messages (read a tab's captures and run, run a diagnosis
 * with a token, clear, pin a baseline) are refused unless they come from one of the extension's own pages.
 *
 * The sender's URL decides, not `sender.tab`: an extension page opened in a tab (the popup at `popup.html?tabId=`,
 * as the e2e tests open it) has `sender.tab` too, and the browser — not the renderer — fills in
 * `sender.url` with the sending frame's URL. Our content scripts only match https Ads Manager pages, so their
 * `sender.url` can never be under the extension's own origin.
 */

/** What `runtime.onMessage` says about a message's sender (the fields of `runtime.MessageSender` this reads). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The extension itself: its id and `runtime.getURL('/')` (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface OwnExtension {
  id: string;
  baseUrl: string;
}

/**
 * - `extension-page`: the popup, the welcome page (any page under the extension's origin): may use the popup channel.
 * - `content-script`: a script in a web page's tab: may only use the bridge channel, for that tab.
 * - `unknown`: neither (another extension, a sender without a URL or tab): refused everywhere.
 */
export type SenderTier = { tier: 'extension-page' } | { tier: 'content-script'; tabId: number } | { tier: 'unknown' };

export function senderTier(sender: MessageSender | undefined, own: OwnExtension): SenderTier {
  if (!sender || sender.id !== own.id) return { tier: 'unknown' };
  // The base ends with '/', so a prefix match pins the exact origin (`chrome-extension://<id>.evil/` does not match).
  if (own.baseUrl.endsWith('/') && typeof sender.url === 'string' && sender.url.startsWith(own.baseUrl)) {
    return { tier: 'extension-page' };
  }
  const tabId = sender.tab?.id;
  // tabs.TAB_ID_NONE is -1: a sender with it is not in a tab.
  if (typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0) return { tier: 'content-script', tabId };
  return { tier: 'unknown' };
}

/** The two channels into the background (lib/protocol.ts), and the one tier each accepts. */
const CHANNEL_TIER = { bridge: 'content-script', popup: 'extension-page' } as const;
export type Channel = keyof typeof CHANNEL_TIER;

/** Whether a sender of this tier may send on this channel (narrowed: a bridge sender has its tab id). */
export function mayUse<C extends Channel>(channel: C, sender: SenderTier): sender is Extract<SenderTier, { tier: (typeof CHANNEL_TIER)[C] }> {
  return sender.tier === CHANNEL_TIER[channel];
}
