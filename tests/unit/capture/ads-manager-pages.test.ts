import { describe, expect, it } from 'vitest';
import { ADS_MANAGER_MATCHES, isAdsManagerUrl } from '../../../lib/page-contract/ads-manager-pages';

describe('isAdsManagerUrl', () => {
  it.each([
    ['https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1', true],
    ['https://business.facebook.com/latest/home', true],
    ['https://www.facebook.com/', false],
    ['https://adsmanager.facebook.com.evil.example/', false],
    ['http://adsmanager.facebook.com/', false],
    [null, false],
  ])('%s → %s', (url, ok) => {
    expect(isAdsManagerUrl(url)).toBe(ok);
  });

  it('agrees with the manifest match patterns', () => {
    for (const m of ADS_MANAGER_MATCHES) expect(isAdsManagerUrl(m.replace('*', 'some/page'))).toBe(true);
  });
});
