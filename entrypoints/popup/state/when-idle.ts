/**
 * Run `job` once the popup's first paint is done and the main thread is idle (at most `timeoutMs` later), so that
 * what the first paint does not need never delays the user's first input. Returns the function that cancels it.
 * https://developer.mozilla.org/docs/Web/API/Window/requestIdleCallback
 */
export function whenIdle(job: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(job, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(job, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
