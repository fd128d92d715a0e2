import type { AdsetRequest } from './adset-request';
import type { Submission } from './submission';

/**
 * The four objects of a Click-to-WhatsApp chain, in the order Ads Manager publishes them: a campaign holds ad sets,
 * an ad set holds ads, and an ad shows a creative (inline or by id). Findings, captures and the user's request each
 * belong to one level.
 */
export type AdLevel = 'campaign' | 'adset' | 'ad' | 'creative';

/** Parent before child: the order the chain is shown and the first failing level is looked for. */
export const AD_LEVELS = ['campaign', 'adset', 'ad', 'creative'] as const satisfies readonly AdLevel[];

/** The ad account edge that creates an object of each level (`POST /act_{id}/{edge}`). */
export const LEVEL_EDGE: Readonly<Record<AdLevel, string>> = {
  campaign: 'campaigns',
  adset: 'adsets',
  ad: 'ads',
  creative: 'adcreatives',
};

/**
 * Ads Manager's internal names are shifted one level (CAMPAIGN_GROUP is a campaign, CAMPAIGN an ad set, ADGROUP an
 * ad): its object type constants and the `*_values` lists of `addraft_multi_fragments`. NOT a fragment's
 * `ad_object_type`, which uses the Graph names (see `levelOfAdObjectType`).
 */
export const ADS_MANAGER_LEVEL: Readonly<Record<string, AdLevel>> = {
  campaign_group: 'campaign',
  campaign: 'adset',
  adgroup: 'ad',
  ad_group: 'ad',
  creative: 'creative',
  ad_creative: 'creative',
};

/** The level an Ads Manager object type names, whatever its case (`CAMPAIGN_GROUP`, `campaign_group`), or null. */
export function levelOfAdsManagerType(type: string): AdLevel | null {
  return ADS_MANAGER_LEVEL[type.toLowerCase()] ?? null;
}

/** The level a Graph edge creates (`adsets`, `adcreatives`, …), or null. */
export function levelOfEdge(edge: string): AdLevel | null {
  const e = edge.toLowerCase();
  return AD_LEVELS.find((l) => LEVEL_EDGE[l] === e) ?? null;
}

/**
 * A draft fragment's `ad_object_type` (`campaign`, `ad_set`, `ad`). Unlike the `*_values` lists these are the Graph
 * names: Ads Manager's `AdsDraftFragmentDataManager` tests `ad_object_type === "ad" || "ad_set" || "campaign"`, and its
 * quick create reads the `campaign` level's `ad_object_id` as the ad set's and ad's `campaign_id`. Null when unknown.
 */
export function levelOfAdObjectType(type: string): AdLevel | null {
  const t = type.toLowerCase();
  if (t === 'campaign' || t === 'campaign_group') return 'campaign';
  if (t === 'ad_set' || t === 'adset') return 'adset';
  if (t === 'ad' || t === 'adgroup' || t === 'ad_group') return 'ad';
  if (t === 'creative' || t === 'ad_creative' || t === 'adcreative') return 'creative';
  return null;
}

/** The lists of `addraft_multi_fragments` and the level each holds (`campaign_group_values` is ONE values list). */
export const DRAFT_VALUES_LEVEL: Readonly<Record<'campaign_group_values' | 'campaign_values' | 'adgroup_values', AdLevel>> = {
  campaign_group_values: 'campaign',
  campaign_values: 'adset',
  adgroup_values: 'ad',
};

/** The level a request creates (an ad set unless it says otherwise, or when what it says is no level: a file read back). */
export function levelOf(req: Pick<AdsetRequest, 'level'> | null | undefined): AdLevel {
  const level = req?.level;
  return level && Object.hasOwn(LEVEL_EDGE, level) ? level : 'adset';
}

/** The level of a submission (`adset` when it does not say: see `SubmissionSchema.level`). */
export function submissionLevel(s: Pick<Submission, 'level'>): AdLevel {
  return s.level ?? 'adset';
}
