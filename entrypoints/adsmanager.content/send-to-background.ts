import type { BridgeProtocol } from '../../lib/protocol';

let nextId = Math.floor(Math.random() * 10_000);

/**
 * Send a one-way message to the background in @webext-core/messaging's wire format — `{ id, type, data,
 * timestamp }`, which its `onMessage` in the background accepts (it requires a string `type` and a numeric
 * `timestamp`) — without bundling the library: this script runs on every Ads Manager page load and must stay
 * small, and it never needs an answer (so no error deserialisation either).
 *
 * Never throws: after an extension update an orphaned content script's `runtime` throws synchronously
 * ("Extension context invalidated"), and a sleeping worker can reject; a lost capture is better than a page error.
 */
export function sendToBackground<K extends keyof BridgeProtocol>(type: K, data: Parameters<BridgeProtocol[K]>[0]): void {
  try {
    const message = { id: nextId++, type, data, timestamp: Date.now() };
    void chrome.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    /* extension reloaded or updated: nothing to send to */
  }
}
