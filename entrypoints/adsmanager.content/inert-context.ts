/**
 * Stand-in for WXT's `ContentScriptContext` in the isolated bridge only (aliased by wxt.config.ts for the
 * `adsmanager` content script build). The real one is ~3.6 KB (location watcher, timers, invalidation) and, on
 * every page load, announces itself with `window.postMessage({ type: 'wxt:content-script-started', … }, '*')` —
 * a message the page's own `message` listeners see, which the invisible-hook rule (docs/ARCHITECTURE.md#data-flow)
 * forbids. The bridge uses none of it: `main()` takes no context, and an orphaned bridge (after an extension update) fails quietly in
 * sendToBackground.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
