// No imports: the popup's first chunk uses this (like scrub-tokens.ts) without loading the parser.

/**
 * Warnings listed under the request box. A 1 MB paste of junk lines produced 209,714 of them and rendering them
 * froze the popup for 15 s (issue 11, item 6); nobody reads past the first few, so the rest are counted instead.
 */
export const MAX_WARNINGS_SHOWN = 20;

/**
 * Longest pasted request kept in the popup's draft (storage.session, shared by every tab and by the run in flight;
 * see lib/capture/storage-budget.ts). A real ad set request is a few KB. A longer one is still parsed and used
 * while the popup is open; it is only not kept, and the popup says so.
 */
export const MAX_DRAFT_CHARS = 100_000;

/** How long the request box waits after the last change before it parses (once) what was typed or pasted. */
export const PARSE_DELAY_MS = 250;

/** The warnings to list and how many more there are. */
export function shownWarnings<T>(warnings: readonly T[], max = MAX_WARNINGS_SHOWN): { shown: T[]; more: number } {
  return { shown: warnings.slice(0, max), more: Math.max(0, warnings.length - max) };
}

/** What the draft keeps of the pasted request: all of it, or nothing (a cut request would not parse) and its length. */
export function draftText(apiText: string, max = MAX_DRAFT_CHARS): { apiText: string; droppedChars: number | null } {
  return apiText.length > max ? { apiText: '', droppedChars: apiText.length } : { apiText, droppedChars: null };
}
