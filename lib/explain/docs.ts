// Links cited by findings (`docs`). Each was checked against the public page it names; Meta moves pages between
// /docs/… and /documentation/… from time to time, so the newest stable address is kept.

export const DOCS = {
  /** Ad set reference (creating an ad set, `execution_options=["validate_only"]`). */
  adSet: 'https://developers.facebook.com/docs/marketing-api/reference/ad-campaign',
  /** AdPromotedObject: `page_id`, `whatsapp_phone_number`, `whats_app_business_phone_number_id`… */
  promotedObject: 'https://developers.facebook.com/docs/marketing-api/reference/ad-promoted-object',
  clickToWhatsApp: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/ad-creative/messaging-ads/click-to-whatsapp',
  /** "Your chosen destination type must be consistent with your objective and optimization goal." */
  destinationType: 'https://developers.facebook.com/docs/marketing-api/adset/destination_type',
  /** Click-to-message field combinations (destination WHATSAPP ↔ optimization CONVERSATIONS). */
  clickToMessage: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/ad-creative/messaging-ads/website-ads-click-to-message',
  debugToken: 'https://developers.facebook.com/docs/graph-api/reference/debug_token',
  errorHandling: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
  /** Ads rate limits: 17/2446079, 613/1487742, business use case headers. */
  rateLimiting: 'https://developers.facebook.com/docs/marketing-api/overview/rate-limiting',
  graphRateLimiting: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting',
  /** Public report of 100/1487246 "This WhatsApp phone number is not linked to your account" (works in Ads Manager). */
  issue1487246: 'https://github.com/facebook/facebook-nodejs-business-sdk/issues/301',
  /** `whatsapp_phone_number` was undocumented on AdPromotedObject until seen in API answers (added in v19). */
  codegenPr85: 'https://github.com/facebook/facebook-business-sdk-codegen/pull/85',
  /** Ad creative reference (`POST act_X/adcreatives`: no `execution_options`; `instagram_user_id`). */
  adCreative: 'https://developers.facebook.com/docs/marketing-api/reference/ad-creative',
  /** Ad reference (`POST act_X/ads` with `execution_options=["validate_only"]`; `creative` by id or inline spec). */
  ad: 'https://developers.facebook.com/docs/marketing-api/reference/adgroup',
  /** Campaign reference (`POST act_X/campaigns` with `execution_options=["validate_only"]`). */
  campaign: 'https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group',
  /** Multidestination messaging ads: the WhatsApp call to action and `page_welcome_message` formats. */
  clickToMultidestination: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/ad-creative/messaging-ads/click-to-multidestination',
  /** Advantage+ creative: `degrees_of_freedom_spec.creative_features_spec` enrolments Ads Manager sets by default. */
  advantageCreative: 'https://developers.facebook.com/docs/marketing-api/creative/advantage-creative/get-started',
  /** v22.0: `instagram_actor_id` → `instagram_user_id` on ad creatives. */
  changelogV22: 'https://developers.facebook.com/docs/marketing-api/marketing-api-changelog/version22.0',
} as const;
