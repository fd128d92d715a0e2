// Decisions the popup makes about what it shows, apart from React and the browser (the hooks in
// entrypoints/popup/state/ are their glue). Type imports only, plus the text helper: this is in the popup's first chunk.
import type { AssembledChain } from './capture/chain';
import type { ApiSide } from './explain/explanation';
import { text, type Text } from './i18n/text';
import type { Capture } from './model';
import type { TabState } from './protocol';
import type { FilledRequest, ParsedRequest, ParseResult } from './request';
import { MAX_DRAFT_CHARS } from './request/input-bounds';
import type { RunState } from './run-state';

/** What storage.session holds for one tab, as the popup reads it in one go when it opens (null: nothing stored). */
export interface StoredTab {
  adsManager: boolean | null;
  captures: Capture[] | null;
  run: RunState | null;
}

/**
 * The tab's state from storage, the same the background's `getTabState` answers (the popup renders it before the
 * background is asked anything). A tab the bridge never greeted is not (yet) an Ads Manager page.
 */
export function tabStateFrom(stored: StoredTab): TabState {
  return { adsManager: stored.adsManager === true, captures: stored.captures ?? [], run: stored.run };
}

/** The ad set selected on open: the draft's, while it is still listed, else the first one. */
export function restoredSelection(adsetIds: readonly string[], draftSelection: string | null | undefined): string | null {
  return draftSelection && adsetIds.includes(draftSelection) ? draftSelection : (adsetIds[0] ?? null);
}

/** The note under the request box about what the draft keeps (lib/request/input-bounds.ts), or null. */
export function draftNote(apiText: string, droppedChars: number | null): Text | null {
  if (apiText.length > MAX_DRAFT_CHARS) return text('popupDraftTooLong', MAX_DRAFT_CHARS.toLocaleString());
  if (droppedChars !== null && !apiText) return text('popupDraftDropped', droppedChars.toLocaleString());
  return null;
}

/** What the request box holds at the moment "Explain" is pressed. */
export interface RequestChoice {
  /** "Use Ads Manager's equivalent" was chosen: the API side is built from the capture. */
  usingEquivalent: boolean;
  /** The HAR entry picked, when a HAR file was imported. */
  harEntry: ParsedRequest | null;
  /** The pasted text's parse (null: nothing pasted). */
  parsed: ParseResult | null;
  /** The parse with the fields its code computes filled in (lib/request/fill-unresolved.ts). */
  fill: FilledRequest | null;
  /** An Ads Manager ad set is selected to compare with. */
  hasSelection: boolean;
}

/**
 * The API side of the comparison: the pasted or imported request, null to use the selected capture's equivalent,
 * or 'invalid' when there is nothing to compare (the popup then says what is missing).
 */
export function apiSideFor(c: RequestChoice): ApiSide | null | 'invalid' {
  if (c.usingEquivalent) return null;
  if (c.harEntry) return { request: c.harEntry.request, format: 'har', tokenFound: !!c.harEntry.token };
  const { parsed, fill } = c;
  if (parsed?.ok) return { request: fill?.request ?? parsed.request, format: parsed.format, tokenFound: !!parsed.token, filled: fill?.filled ?? [], missing: fill?.missing ?? [] };
  if (parsed && !parsed.ok) return 'invalid';
  return c.hasSelection ? null : 'invalid';
}

/**
 * The publishes worth listing as chains: those with a level other than the ad set. A publish that is one ad set alone
 * is already in the capture list, and listing it again would double the rows the popup renders at open.
 */
export function chainsWorthListing(chains: readonly AssembledChain[]): AssembledChain[] {
  return chains.filter((c) => c.levels.some((l) => l.level !== 'adset'));
}

/**
 * The tab's run as the background reports it after the "explain" message got no answer (its worker was stopped
 * mid-run), when it is the run that click started: still running (a woken worker resumes it, the storage watch
 * delivers the end), or already ended — a result finished, or a failure started, at or after the click. Null: no
 * run of this click is known (what was there is an earlier one), so the popup says the background did not answer.
 */
export function runOfThisClick(run: RunState | null, clickedAt: number): RunState | null {
  if (!run) return null;
  if (run.status === 'running') return run;
  if (run.status === 'done') return run.explanation.finishedAt >= clickedAt ? run : null;
  return run.startedAt >= clickedAt ? run : null;
}
