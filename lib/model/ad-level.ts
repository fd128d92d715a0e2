import { z } from 'zod';

/**
 * The four objects of a Click-to-WhatsApp chain, in the order Ads Manager publishes them: a campaign holds ad sets,
 * an ad set holds ads, and an ad shows a creative (inline or by id). Findings, captures and the user's request each
 * belong to one level.
 */
export const AdLevelSchema = z.enum(['campaign', 'adset', 'ad', 'creative']);
export type AdLevel = z.infer<typeof AdLevelSchema>;

/** Parent before child: the order the chain is shown and the first failing level is looked for. */
export const AD_LEVELS: readonly AdLevel[] = AdLevelSchema.options;

/** The ad account edge that creates an object of each level (`POST /act_{id}/{edge}`). */
export const LEVEL_EDGE: Readonly<Record<AdLevel, string>> = {
  campaign: 'campaigns',
  adset: 'adsets',
  ad: 'ads',
  creative: 'adcreatives',
};

/**
 * Ads Manager's internal names are shifted one level (CAMPAIGN_GROUP is a campaign, CAMPAIGN an ad set, ADGROUP an
 * ad): `ad_object_type` in draft fragments and the `*_values` lists of `addraft_multi_fragments`.
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
