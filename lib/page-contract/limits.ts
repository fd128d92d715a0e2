// Constants shared by the MAIN-world hook (which truncates before posting) and the isolated script's schema (which
// rejects anything larger). No imports: the hook bundles this file and must stay a few KB.

/** Longest request body the hook sends and the decoder parses. */
export const MAX_BODY = 1_000_000;
/** Longest response body the hook sends. */
export const MAX_RESPONSE = 256_000;
/** Longest URL accepted. */
export const MAX_URL = 8192;
/** Most request headers accepted per message. */
export const MAX_HEADERS = 50;
/** Longest HTTP method name accepted. */
export const MAX_METHOD = 16;

/** Tag on every message the hook sends; anything else is ignored. */
export const HOOK_SOURCE = 'ads-api-inspector-hook';
export const HOOK_VERSION = 1;
/** DOM event the hook dispatches on `document` (a CustomEvent with a JSON string detail). */
export const HOOK_EVENT = 'ads-api-inspector:capture';

/**
 * The name the hook's code carries in `Error().stack` instead of `chrome-extension://<id>/content-scripts/capture.js`
 * (a `//# sourceURL=` comment appended at build time, wxt.config.ts). See SECURITY.md for what it does not hide.
 */
export const HOOK_SOURCE_URL = 'ads-api-inspector-hook.js';
