import { ADS_MANAGER_MATCHES } from '../../lib/page-contract/ads-manager-pages';
import { HookMessageSchema } from '../../lib/capture/hook-message';
import { HOOK_EVENT } from '../../lib/page-contract/limits';
import { createGate } from '../../lib/capture/gate';
import { sendToBackground } from './send-to-background';

// Isolated world: the bridge between the page-world hook and the background. Everything the page world sends is
// untrusted (any page script can dispatch the same event), so it is size-capped, rate-limited and validated here.
// Size matters (it loads with every Ads Manager page): see BENCHMARKS.md for what is in it and why.
export default defineContentScript({
  matches: ADS_MANAGER_MATCHES,
  runAt: 'document_start',
  main() {
    const gate = createGate();
    sendToBackground('hello', undefined);
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
      sendToBackground('capture', req);
    });
  },
});
