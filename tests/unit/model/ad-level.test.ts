import { describe, expect, it } from 'vitest';
import { AD_LEVELS, LEVEL_EDGE, levelOfAdsManagerType, levelOfEdge } from '../../../lib/model';

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
});
