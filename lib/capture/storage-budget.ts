import type { Capture, CapturedResponse } from '../model';
import { MAX_RAW_BODY } from './raw-capture';

/**
 * Byte budgets for captures in `chrome.storage.session`. Its quota (QUOTA_BYTES, 10 MB since Chrome 112:
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-session) is shared by everything the
 * extension keeps there — captures of every tab, the run in flight (its job and progress), results, drafts, the
 * remembered token. A write past it fails for every context, so one page flooding captures must never get near it:
 * each tab gets a slice, all tabs together at most 6 MB, which leaves 4 MB for runs, results and drafts.
 * Sizes are measured as Chrome measures them: the UTF-8 length of the JSON of what is stored.
 */
export interface CaptureBudget {
  /** Largest single capture kept (its fields, response and body shortened first; see `boundCapture`). */
  perCapture: number;
  /** All captures of one tab. */
  perTab: number;
  /** All captures of all tabs. */
  total: number;
}

export const CAPTURE_BUDGET: CaptureBudget = {
  perCapture: 256 * 1024,
  perTab: 2 * 1024 * 1024,
  total: 6 * 1024 * 1024,
};

/** UTF-8 bytes of `JSON.stringify(value)`, without allocating the encoded bytes. */
export function jsonBytes(value: unknown): number {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return Infinity;
  }
  if (json === undefined) return 0;
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // ASCII is one byte (already counted); U+0080–U+07FF two; the rest of the BMP three; a surrogate pair four
    // (two code units, each counted as one plus one here).
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** Marker appended where a string was shortened, so a diff shows the cut instead of silently comparing it. */
export const CUT_MARK = '…[cut by Ads API Inspector]';

/** Deeper than this, a value is replaced (what decode keeps is far shallower; this only stops a hostile one). */
const MAX_DEPTH = 64;

function shorten(value: unknown, maxLen: number, depth = 0): unknown {
  if (typeof value === 'string') return value.length > maxLen ? value.slice(0, maxLen) + CUT_MARK : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return CUT_MARK;
  if (Array.isArray(value)) return value.map((v) => shorten(v, maxLen, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: shorten(v, maxLen, depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

function withoutResponseBody(r: CapturedResponse | null): CapturedResponse | null {
  return r && r.body !== undefined ? { ...r, body: undefined, truncated: true } : r;
}

/**
 * One capture within `maxBytes`. A real ad set submission is a few KB; only a hostile or broken page sends more.
 * In order, until it fits: drop the response's raw body (what was read from it — error, created ids, trace ids,
 * WhatsApp numbers — stays), shorten long strings (marked with `CUT_MARK`), and last keep it as a raw capture with
 * its JSON cut to MAX_RAW_BODY, so the user still sees that something oversized was sent.
 */
export function boundCapture(c: Capture, maxBytes = CAPTURE_BUDGET.perCapture, sizeOf: (c: Capture) => number = jsonBytes): Capture {
  if (sizeOf(c) <= maxBytes) return c;
  let next: Capture = { ...c, response: withoutResponseBody(c.response) } as Capture;
  if (sizeOf(next) <= maxBytes) return next;
  for (let maxLen = 16 * 1024; maxLen >= 64; maxLen = Math.floor(maxLen / 4)) {
    next = shorten(next, maxLen) as Capture;
    if (sizeOf(next) <= maxBytes) return next;
  }
  const json = (() => {
    try {
      return JSON.stringify(c.kind === 'submission' ? c.request.fields : c.body) ?? '';
    } catch {
      return '';
    }
  })();
  return {
    kind: 'raw',
    id: c.id,
    capturedAt: c.capturedAt,
    url: c.url.slice(0, 2048),
    method: c.method.slice(0, 16),
    contentType: c.kind === 'raw' ? (c.contentType?.slice(0, 256) ?? null) : null,
    body: json.slice(0, Math.min(MAX_RAW_BODY, Math.floor(maxBytes / 4))),
    truncated: true,
    tokenPresent: c.tokenPresent,
    response: null,
  };
}

export interface StoreCapturesInput {
  /** Every tab's stored captures, oldest first. */
  tabs: ReadonlyMap<number, readonly Capture[]>;
  tabId: number;
  /** The tab's list after the new captures were added (count bounds already applied). */
  next: readonly Capture[];
  /** Ids of captures a run in flight compares with: never evicted. */
  pinned?: ReadonlySet<string>;
  budget?: CaptureBudget;
  sizeOf?: (c: Capture) => number;
}

/**
 * Fit a tab's new capture list into the byte budgets: evict that tab's oldest captures beyond its own budget, then,
 * while all tabs together are over the total, the oldest captures across every tab. Pinned captures stay even when
 * that leaves a list over budget (a run in flight needs them; it is bounded itself). Returns only the lists that
 * changed (an empty list means: delete the key).
 */
export function fitCaptures(input: StoreCapturesInput): Map<number, Capture[]> {
  const budget = input.budget ?? CAPTURE_BUDGET;
  const sizeOf = input.sizeOf ?? jsonBytes;
  const pinned = input.pinned ?? new Set<string>();
  const lists = new Map<number, Capture[]>();
  for (const [id, list] of input.tabs) if (id !== input.tabId) lists.set(id, [...list]);
  lists.set(input.tabId, [...input.next]);
  const changed = new Set<number>([input.tabId]);

  const bytes = new Map<number, number>();
  for (const [id, list] of lists) bytes.set(id, list.reduce((n, c) => n + sizeOf(c), 0));

  const evictOldest = (tab: number): boolean => {
    const list = lists.get(tab)!;
    const i = list.findIndex((c) => !pinned.has(c.id));
    if (i < 0) return false;
    const [gone] = list.splice(i, 1);
    bytes.set(tab, bytes.get(tab)! - sizeOf(gone!));
    changed.add(tab);
    return true;
  };

  while (bytes.get(input.tabId)! > budget.perTab && evictOldest(input.tabId));

  let total = [...bytes.values()].reduce((a, b) => a + b, 0);
  while (total > budget.total) {
    // The oldest evictable capture of all tabs (each list is oldest first, so only the heads compete).
    let oldest: { tab: number; at: number } | null = null;
    for (const [tab, list] of lists) {
      const head = list.find((c) => !pinned.has(c.id));
      if (head && (oldest === null || head.capturedAt < oldest.at)) oldest = { tab, at: head.capturedAt };
    }
    if (!oldest) break;
    const before = bytes.get(oldest.tab)!;
    evictOldest(oldest.tab);
    total -= before - bytes.get(oldest.tab)!;
  }
  return new Map([...changed].map((tab) => [tab, lists.get(tab)!]));
}
