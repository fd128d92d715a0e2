import { browser } from '#imports';
import { defineExtensionMessaging, type GetDataType, type GetReturnType, type MaybePromise } from '@webext-core/messaging';
import { mayUse, senderTier, type Channel, type OwnExtension } from '../../lib/message-trust';
import type { BridgeProtocol, PopupProtocol } from '../../lib/protocol';

// Two channels, one listener each: a message type the other channel owns is ignored by this one.
const bridge = defineExtensionMessaging<BridgeProtocol>();
const popup = defineExtensionMessaging<PopupProtocol>();

let self: OwnExtension | undefined;
const own = (): OwnExtension => (self ??= { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

/**
 * The sender gets this as a rejected `sendMessage`; nothing was read or changed. Only a forged message can meet it
 * (our popup never sends on the bridge, our bridge never on the popup channel), so it names the rule, not the sender.
 */
function refused(channel: Channel, type: string): Error {
  console.warn(`Ads API Inspector: refused "${type}" from a sender not allowed on the ${channel} channel`);
  return new Error(`Ads API Inspector: "${type}" is only accepted from ${channel === 'popup' ? "the extension's own pages" : 'its Ads Manager content script'}`);
}

/** Handle a popup → background message; refused unless the sender is one of the extension's own pages. */
export function onPopupMessage<K extends keyof PopupProtocol>(
  type: K,
  handle: (data: GetDataType<PopupProtocol[K]>) => MaybePromise<GetReturnType<PopupProtocol[K]>>,
): void {
  popup.onMessage(type, ({ data, sender }) => {
    if (!mayUse('popup', senderTier(sender, own()))) throw refused('popup', type);
    return handle(data);
  });
}

/** Handle a bridge → background message for the sender's tab; refused unless the sender is a content script in a tab. */
export function onBridgeMessage<K extends keyof BridgeProtocol>(
  type: K,
  handle: (data: GetDataType<BridgeProtocol[K]>, tabId: number) => MaybePromise<GetReturnType<BridgeProtocol[K]>>,
): void {
  bridge.onMessage(type, ({ data, sender }) => {
    const from = senderTier(sender, own());
    if (!mayUse('bridge', from)) throw refused('bridge', type);
    return handle(data, from.tabId);
  });
}
