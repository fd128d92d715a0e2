/**
 * The permissions the first-run guide tells a user to add in Graph API Explorer (or to a system user token), in
 * that order, each with the message saying what the extension uses it for. One list, so the guide, its tests and
 * the diagnosis's own scope checks (lib/explain/required-scopes.ts, lib/report/verified-checks.ts) cannot drift apart.
 * The names are Meta's permission names:
 * https://developers.facebook.com/docs/permissions — the Marketing API's authentication guide adds them in Graph API
 * Explorer under "Permissions" → "Add a Permission".
 */
export interface TokenPermission {
  scope: string;
  /** Message key: what the extension reads or runs with it. */
  usedFor: string;
}

export const TOKEN_PERMISSIONS: readonly TokenPermission[] = [
  { scope: 'ads_management', usedFor: 'welcomePermAdsManagement' },
  { scope: 'ads_read', usedFor: 'welcomePermAdsRead' },
  { scope: 'business_management', usedFor: 'welcomePermBusinessManagement' },
  { scope: 'pages_read_engagement', usedFor: 'welcomePermPagesReadEngagement' },
  { scope: 'pages_manage_ads', usedFor: 'welcomePermPagesManageAds' },
  { scope: 'whatsapp_business_management', usedFor: 'welcomePermWhatsappBusinessManagement' },
];
