import type { Capture } from '../model';
import { assembleAdsets } from './assemble';

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
  // A draft publish is kept like a submission: it says how the ad set ended.
  const evictable = (c: Capture) => c.kind === 'raw' && !c.publish;
  let raw = list.filter(evictable).length;
  if (raw > maxRaw) {
    list = list.filter((c) => !evictable(c) || raw-- <= maxRaw);
  }
  return list.length > max ? list.slice(list.length - max) : list;
}

/** What the action badge shows: the number of ad sets submitted (a draft fragment's create, updates and publish count once). */
export function badgeCount(captures: readonly Capture[]): number {
  return assembleAdsets(captures).length;
}
