import { describe, expect, it } from 'vitest';
import { AD_LEVELS, DRAFT_VALUES_LEVEL, LEVEL_EDGE, levelOfAdObjectType, levelOfAdsManagerType, levelOfEdge, submissionLevel } from '../../../lib/model';

describe('ad levels', () => {
  it("reads Ads Manager's shifted names: CAMPAIGN_GROUP is a campaign, CAMPAIGN an ad set, ADGROUP an ad", () => {
    expect(levelOfAdsManagerType('CAMPAIGN_GROUP')).toBe('campaign');
    expect(levelOfAdsManagerType('campaign')).toBe('adset');
    expect(levelOfAdsManagerType('ADGROUP')).toBe('ad');
    expect(levelOfAdsManagerType('pixel')).toBeNull();
  });
  it('maps every level to the ad account edge that creates it and back', () => {
    for (const level of AD_LEVELS) expect(levelOfEdge(LEVEL_EDGE[level])).toBe(level);
    expect(levelOfEdge('insights')).toBeNull();
  });
  it("reads a fragment's ad_object_type with Graph's names (campaign is a campaign there), the multi lists shifted", () => {
    expect(levelOfAdObjectType('campaign')).toBe('campaign');
    expect(levelOfAdObjectType('ad_set')).toBe('adset');
    expect(levelOfAdObjectType('ad')).toBe('ad');
    expect(levelOfAdObjectType('pixel')).toBeNull();
    expect(DRAFT_VALUES_LEVEL.campaign_values).toBe('adset');
    expect(DRAFT_VALUES_LEVEL.campaign_group_values).toBe('campaign');
  });
  it('a submission without a level is an ad set (captures stored before levels existed)', () => {
    expect(submissionLevel({})).toBe('adset');
    expect(submissionLevel({ level: 'creative' })).toBe('creative');
  });
});
