import { storage } from '#imports';
import { pushCaptures } from '../../lib/capture/ring';
import type { Capture } from '../../lib/model';

// Captures live in storage.session: they survive service-worker restarts, never reach disk, and are gone when the
// browser closes. Content scripts cannot read storage.session (its default access level is trusted contexts only).
const key = (tabId: number) => `session:captures:${tabId}` as const;

// Writes for a tab are serialised so two captures arriving together cannot overwrite each other.
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

export async function getCaptures(tabId: number): Promise<Capture[]> {
  return (await storage.getItem<Capture[]>(key(tabId))) ?? [];
}

export function addCaptures(tabId: number, added: Capture[]): Promise<Capture[]> {
  return serial(tabId, async () => {
    const next = pushCaptures(await getCaptures(tabId), added);
    await storage.setItem(key(tabId), next);
    return next;
  });
}

export function clearCaptures(tabId: number): Promise<void> {
  return serial(tabId, () => storage.removeItem(key(tabId)));
}
