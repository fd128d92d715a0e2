// No imports: both content scripts and the popup use this.

/** Where the content scripts run: Ads Manager and Business Suite pages (the manifest's `matches`). */
export const ADS_MANAGER_MATCHES = ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*'];

/** A page the content scripts run on once it (re)loads. */
export function isAdsManagerUrl(url: string | null | undefined): boolean {
  return !!url && /^https:\/\/(adsmanager|business)\.facebook\.com\//.test(url);
}
