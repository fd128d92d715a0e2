import { ADS_MANAGER_MATCHES } from '../../lib/page-contract/ads-manager-pages';
import { installHook } from './hook';

// MAIN world, document_start: wraps fetch/XHR before Ads Manager's own code runs. No browser.* API here;
// captures travel to the isolated content script as DOM events (see hook.ts for why).
export default defineContentScript({
  matches: ADS_MANAGER_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installHook(window);
  },
});
