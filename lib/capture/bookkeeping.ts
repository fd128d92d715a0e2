/**
 * Draft-fragment `values` mix real ad set fields with the UI's own bookkeeping (seen in public scripts that
 * replay Ads Manager's `addraft_fragments` calls). They are kept as fields — never drop what the UI sent — and the
 * diff labels them with this set, so "only in the UI" is not mistaken for "relevant".
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'parentAdObjectID',
  'campaign_creation_source',
  'is_autobid',
  'targeting_as_signal',
  'pacing_type',
  'is_average_price_pacing',
  'lifetime_budget',
  // Also seen next to them in draft values (the model's list in lib/model/bookkeeping.ts names them too).
  'adset_creation_source',
  'draft_version',
]);

/**
 * Whether a field/value pair is UI bookkeeping. `lifetime_budget` counts only as the UI's placeholder `0`:
 * a real lifetime budget is a real ad set parameter.
 */
export function isBookkeepingField(name: string, value?: unknown): boolean {
  if (!BOOKKEEPING_FIELDS.has(name)) return false;
  if (name === 'lifetime_budget') return value === undefined || value === 0 || value === '0';
  return true;
}
