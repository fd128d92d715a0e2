import { ADS_MANAGER_MATCHES } from '../../lib/page-contract/ads-manager-pages';
import { HOOK_EVENT } from '../../lib/page-contract/limits';
import { createGate } from '../../lib/capture/gate';
import { sendToBackground } from './send-to-background';

// Isolated world: the bridge between the page-world hook and the background. Everything the page world sends is
// untrusted (any page script can dispatch the same event), and so is this script (it runs in the page's renderer):
// the background validates every message (lib/capture/hook-message.ts). Here, only what keeps the background from
// being flooded: a string that looks like a JSON object, within the admission gate's size and rate. Its size matters
// (it loads with every Ads Manager page): see BENCHMARKS.md for what is in it and why.
export default defineContentScript({
  matches: ADS_MANAGER_MATCHES,
  runAt: 'document_start',
  main() {
    const gate = createGate();
    sendToBackground('hello', undefined);
    document.addEventListener(HOOK_EVENT, (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string' || detail[0] !== '{' || !gate.admit(detail.length)) return;
      sendToBackground('capture', detail);
    });
  },
});
