import type { Capture } from '../model';

/** Captures kept per tab (storage.session is small and shared by all tabs). */
export const MAX_CAPTURES = 50;
/** Of those, raw (unrecognised) captures: Ads Manager makes many other Graph writes that must not push out submissions. */
export const MAX_RAW_CAPTURES = 20;

/**
 * Append new captures to a tab's list, oldest first, and drop the oldest beyond the bounds: raw captures beyond
 * MAX_RAW_CAPTURES first, then anything beyond MAX_CAPTURES. A capture whose id is already listed replaces it.
 */
export function pushCaptures(
  existing: readonly Capture[],
  added: readonly Capture[],
  max = MAX_CAPTURES,
  maxRaw = MAX_RAW_CAPTURES,
): Capture[] {
  const ids = new Set(added.map((c) => c.id));
  let list = [...existing.filter((c) => !ids.has(c.id)), ...added];
  let raw = list.filter((c) => c.kind === 'raw').length;
  if (raw > maxRaw) {
    list = list.filter((c) => c.kind !== 'raw' || raw-- <= maxRaw);
  }
  return list.length > max ? list.slice(list.length - max) : list;
}

/** What the action badge shows: the number of recognised ad set submissions. */
export function badgeCount(captures: readonly Capture[]): number {
  return captures.filter((c) => c.kind === 'submission').length;
}
