import { defineExtensionMessaging } from '@webext-core/messaging';
import { HookMessageSchema } from '../../lib/capture/hook-message';
import { HOOK_EVENT } from '../../lib/capture/limits';
import type { ProtocolMap } from '../../lib/protocol';
import { createGate } from '../../lib/capture/gate';

// Isolated world: the bridge between the page-world hook and the background. Everything the page world sends is
// untrusted (any page script can dispatch the same event), so it is size-capped, rate-limited and validated here.
export default defineContentScript({
  matches: ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*'],
  runAt: 'document_start',
  main() {
    const { sendMessage } = defineExtensionMessaging<ProtocolMap>();
    const gate = createGate();
    sendMessage('hello', undefined).catch(() => undefined);
    document.addEventListener(HOOK_EVENT, (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string' || !gate.admit(detail.length)) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return;
      }
      const msg = HookMessageSchema.safeParse(parsed);
      if (!msg.success) return;
      const { source: _s, v: _v, ...req } = msg.data;
      sendMessage('capture', req).catch(() => undefined);
    });
  },
});
