import { openingRead } from './popup/opening-read';

/**
 * `popup-opening.js`, loaded by popup.html as a classic script in <head>: it starts the popup's one storage read
 * (popup/opening-read.ts) before the popup's modules have loaded and run, so the stored state is there when React
 * first renders. Small on purpose (no React, no @wxt-dev/storage).
 */
export default defineUnlistedScript(() => {
  void openingRead();
});
