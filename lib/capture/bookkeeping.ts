import { setOwn } from '../model/record';

/**
 * THE list of Ads Manager's UI bookkeeping: values its draft fragments carry that are editor state, not ad set
 * parameters a Marketing API caller should send. Seen in Ads Manager's own modules (`AdsDraftFragmentDataManager`
 * appends `acting_business_id` to every ad, ad set and campaign fragment; `placement` mirrors targeting's placement
 * fields) and in public scripts that replay its `addraft_fragments` calls (`parentAdObjectID`,
 * `campaign_creation_source`, `is_autobid`, `targeting_as_signal`, `pacing_type`, `is_average_price_pacing`,
 * `lifetime_budget: 0`). Decoding moves them out of the ad set's fields (Submission.bookkeeping): they are shown
 * folded, never diffed, never tried as a fix, never part of the equivalent API request.
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'acting_business_id',
  'parentAdObjectID',
  'campaign_creation_source',
  'is_autobid',
  'targeting_as_signal',
  'pacing_type',
  'is_average_price_pacing',
  'placement',
  'lifetime_budget',
  // Also seen next to them in draft values.
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

/** Split decoded fields into the ad set's own fields and Ads Manager's bookkeeping. */
export function splitBookkeeping(all: Record<string, unknown>): { fields: Record<string, unknown>; bookkeeping: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  const bookkeeping: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) setOwn(isBookkeepingField(k, v) ? bookkeeping : fields, k, v);
  return { fields, bookkeeping };
}
