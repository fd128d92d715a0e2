import { z } from 'zod';

// Enum values as facebook-nodejs-business-sdk v24 lists them (AdSet.DestinationType, AdSet.OptimizationGoal,
// AdSet.BillingEvent, Campaign.Objective); tests/unit/model/sdk-conformance.test.ts keeps them in step with the SDK.
// Meta adds values without notice and Ads Manager uses some before the SDK lists them, so every schema below is
// *loose*: a known value is typed, an unknown string is kept as it is, never rejected.

export const DESTINATION_TYPES = [
  'APP', 'APPLINKS_AUTOMATIC', 'FACEBOOK', 'FACEBOOK_LIVE', 'FACEBOOK_PAGE', 'IMAGINE', 'INSTAGRAM_DIRECT',
  'INSTAGRAM_LIVE', 'INSTAGRAM_PROFILE', 'INSTAGRAM_PROFILE_AND_FACEBOOK_PAGE', 'MESSAGING_INSTAGRAM_DIRECT_MESSENGER',
  'MESSAGING_INSTAGRAM_DIRECT_MESSENGER_WHATSAPP', 'MESSAGING_INSTAGRAM_DIRECT_WHATSAPP', 'MESSAGING_MESSENGER_WHATSAPP',
  'MESSENGER', 'ON_AD', 'ON_EVENT', 'ON_PAGE', 'ON_POST', 'ON_VIDEO', 'SHOP_AUTOMATIC', 'WEBSITE', 'WHATSAPP',
] as const;

/** Destination types that send people to WhatsApp (Click-to-WhatsApp ad sets). */
export const WHATSAPP_DESTINATION_TYPES: ReadonlySet<string> = new Set([
  'WHATSAPP',
  'MESSAGING_MESSENGER_WHATSAPP',
  'MESSAGING_INSTAGRAM_DIRECT_WHATSAPP',
  'MESSAGING_INSTAGRAM_DIRECT_MESSENGER_WHATSAPP',
]);

export const OPTIMIZATION_GOALS = [
  'ADVERTISER_SILOED_VALUE', 'AD_RECALL_LIFT', 'APP_INSTALLS', 'APP_INSTALLS_AND_OFFSITE_CONVERSIONS',
  'AUTOMATIC_OBJECTIVE', 'CONVERSATIONS', 'DERIVED_EVENTS', 'ENGAGED_USERS', 'EVENT_RESPONSES', 'IMPRESSIONS',
  'IN_APP_VALUE', 'LANDING_PAGE_VIEWS', 'LEAD_GENERATION', 'LINK_CLICKS', 'MEANINGFUL_CALL_ATTEMPT',
  'MESSAGING_APPOINTMENT_CONVERSION', 'MESSAGING_PURCHASE_CONVERSION', 'NONE', 'OFFSITE_CONVERSIONS', 'PAGE_LIKES',
  'POST_ENGAGEMENT', 'PROFILE_AND_PAGE_ENGAGEMENT', 'PROFILE_VISIT', 'QUALITY_CALL', 'QUALITY_LEAD', 'REACH',
  'REMINDERS_SET', 'SUBSCRIBERS', 'THRUPLAY', 'VALUE', 'VISIT_INSTAGRAM_PROFILE',
] as const;

export const BILLING_EVENTS = [
  'APP_INSTALLS', 'CLICKS', 'IMPRESSIONS', 'LINK_CLICKS', 'LISTING_INTERACTION', 'NONE', 'OFFER_CLAIMS', 'PAGE_LIKES',
  'POST_ENGAGEMENT', 'PURCHASE', 'THRUPLAY',
] as const;

export const OBJECTIVES = [
  'APP_INSTALLS', 'BRAND_AWARENESS', 'CONVERSIONS', 'EVENT_RESPONSES', 'LEAD_GENERATION', 'LINK_CLICKS',
  'LOCAL_AWARENESS', 'MESSAGES', 'OFFER_CLAIMS', 'OUTCOME_APP_PROMOTION', 'OUTCOME_AWARENESS', 'OUTCOME_ENGAGEMENT',
  'OUTCOME_LEADS', 'OUTCOME_SALES', 'OUTCOME_TRAFFIC', 'PAGE_LIKES', 'POST_ENGAGEMENT', 'PRODUCT_CATALOG_SALES',
  'REACH', 'STORE_VISITS', 'VIDEO_VIEWS',
] as const;

export const BID_STRATEGIES = [
  'COST_CAP', 'LOWEST_COST_WITHOUT_CAP', 'LOWEST_COST_WITH_BID_CAP', 'LOWEST_COST_WITH_MIN_ROAS',
] as const;

export const ADSET_STATUSES = ['ACTIVE', 'ARCHIVED', 'DELETED', 'PAUSED'] as const;

/** A known enum value, or any other string kept verbatim (Meta's lists grow faster than any SDK). */
function loose<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

export const DestinationTypeSchema = loose(DESTINATION_TYPES);
export const OptimizationGoalSchema = loose(OPTIMIZATION_GOALS);
export const BillingEventSchema = loose(BILLING_EVENTS);
export const ObjectiveSchema = loose(OBJECTIVES);
export const BidStrategySchema = loose(BID_STRATEGIES);
export const AdsetStatusSchema = loose(ADSET_STATUSES);

export type DestinationType = (typeof DESTINATION_TYPES)[number];
export type OptimizationGoal = (typeof OPTIMIZATION_GOALS)[number];
export type BillingEvent = (typeof BILLING_EVENTS)[number];
export type Objective = (typeof OBJECTIVES)[number];
