import { submissionLevel, type AdLevel, type Capture, type Submission } from '../model';

/** The ad set a publish created: the id its answer gave, or the one its draft fragment became. */
export function publishedAdsetId(adset: Submission | null): string | null {
  if (!adset || submissionLevel(adset) !== 'adset') return null;
  return adset.response?.createdIds[0] ?? adset.draft?.adObjectId ?? null;
}

/**
 * Ads Manager's object of one level among the captures, newest last: the one a pasted request of that level is
 * compared with. Null when there is none at that level.
 */
export function captureAtLevel(captures: readonly Capture[], level: AdLevel): Submission | null {
  return captures.filter((c): c is Submission => c.kind === 'submission' && submissionLevel(c) === level).at(-1) ?? null;
}

/**
 * What a request of `level` is explained against, given the ad set the user selected: the selected ad set itself
 * for an ad set; else Ads Manager's object of that level (compared field by field) and the selected ad set's id (the
 * ad set a creative is dry-run under: Graph has no validate_only for creatives). `captures` in the order they were
 * sent. (Until the chain of one publish is its own list, "of that level" is the newest in the tab.)
 */
export function sidesForLevel(selected: Submission | null, captures: readonly Capture[], level: AdLevel): { ui: Submission | null; adsetId: string | null } {
  if (level === 'adset') return { ui: selected, adsetId: null };
  return { ui: captureAtLevel(captures, level), adsetId: publishedAdsetId(selected) };
}
