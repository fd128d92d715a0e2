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
} as const;
