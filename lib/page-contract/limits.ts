// Constants shared by the MAIN-world hook (which truncates before posting), the isolated bridge (which forwards no
// longer message) and the background's schema (which rejects anything larger). No imports: the hook bundles this
// file and must stay a few KB.

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
/**
 * Longest hook message (its JSON text) the bridge forwards and the background parses. JSON escaping can double a
 * body's length; leave room for headers and the envelope.
 */
export const MAX_HOOK_MESSAGE = 2 * (MAX_BODY + MAX_RESPONSE + MAX_URL) + 64 * 1024;

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
