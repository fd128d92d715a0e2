import { browser } from '#imports';
import { BASELINE_KEY, PER_TAB, perTabKey, TOKEN_KEY } from '../../utils/storage-keys';
import { targetTab, type TargetTab } from './target-tab';

/** What the popup's first paint shows, as stored (null: storage.session could not be read). */
export interface OpeningRead {
  target: TargetTab | null;
  stored: Record<string, unknown> | null;
}

interface Opening {
  read: Promise<OpeningRead>;
  /** storage.session changes since the read began: the latest value per key (undefined: removed). */
  changes: Map<string, unknown>;
  stop: () => void;
}

// One read per page, shared through the page's global object: popup-opening.js (a classic script in <head>, its own
// bundle) starts it while the popup's modules are still loading, and state/opening.ts takes it (or starts it,
// without that script). tests/e2e/popup-opening.spec.ts times a write after this read by the same name.
const SLOT = '__adsApiInspectorOpening';

function start(search: string): Opening {
  const changes = new Map<string, unknown>();
  const record = (changed: Record<string, { newValue?: unknown }>) => {
    for (const [key, change] of Object.entries(changed)) changes.set(key, change.newValue);
  };
  const area = browser.storage.session;
  // Listening before reading: a change made while the popup opens is either in the read or recorded here.
  area.onChanged.addListener(record);
  const read = (async (): Promise<OpeningRead> => {
    const target = await targetTab(search).catch(() => null);
    const perTab = target === null ? [] : Object.values(PER_TAB).map((name) => perTabKey(name, target.id));
    const stored = await area.get([TOKEN_KEY, BASELINE_KEY, ...perTab]).catch(() => null);
    return { target, stored };
  })();
  return { read, changes, stop: () => area.onChanged.removeListener(record) };
}

function opening(): Opening {
  const slot = globalThis as { [SLOT]?: Opening };
  return (slot[SLOT] ??= start(location.search));
}

/**
 * The storage.session read of the popup's first paint: the tab's captures, run, draft and Ads Manager flag, the
 * remembered token and the pinned baseline, in one call. The popup (a trusted context) reads storage directly:
 * asking the background first cost a service-worker round trip before anything was shown (BENCHMARKS.md, "5 Popup").
 */
export function openingRead(): Promise<OpeningRead> {
  return opening().read;
}

/**
 * What changed in storage.session since the opening read began (latest value per key, undefined when removed), and
 * the end of that recording. Call it in the same task that registers the popup's own storage watches: a capture or
 * run state written between the read and the watches is then shown, not lost (a value already in the read comes
 * again, which changes nothing).
 */
export function changesSinceOpening(): ReadonlyMap<string, unknown> {
  const { changes, stop } = opening();
  stop();
  const out = new Map(changes);
  changes.clear();
  return out;
}
