import { describe, expect, it } from 'vitest';
import { readUsageHeaders, retryAfterSeconds } from '../../../lib/graph';

describe('readUsageHeaders / retryAfterSeconds', () => {
  it.each([
    ['no headers', {}, null, undefined],
    ['junk', { 'x-app-usage': '<html>', 'x-business-use-case-usage': '[1,2]' }, null, undefined],
    ['app usage only (no time in it)', { 'x-app-usage': '{"call_count":100,"total_cputime":5,"total_time":9}' }, { appUsage: { call_count: 100 } }, undefined],
    ['BUC minutes → seconds, max over entries', { 'x-business-use-case-usage': '{"1":[{"type":"ads_management","estimated_time_to_regain_access":3}],"2":[{"type":"ads_insights","estimated_time_to_regain_access":10}]}' }, {}, 600],
    ['BUC zero means no wait', { 'x-business-use-case-usage': '{"1":[{"estimated_time_to_regain_access":0}]}' }, {}, undefined],
    ['ad account reset seconds', { 'x-ad-account-usage': '{"acc_id_util_pct":99.5,"reset_time_duration":45,"ads_api_access_tier":"development_access"}' }, { adAccountUsage: { ads_api_access_tier: 'development_access' } }, 45],
  ])('%s', (_n, headers, shape, wait) => {
    const u = readUsageHeaders(headers);
    if (shape === null) expect(u).toBeNull();
    else expect(u).toMatchObject(shape);
    expect(retryAfterSeconds(u)).toBe(wait);
  });
});
