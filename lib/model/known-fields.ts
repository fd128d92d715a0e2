// The fields the model knows, per Graph object. They mirror facebook-nodejs-business-sdk v24 (`AdSet.Fields`,
// `AdPromotedObject.Fields`, `Page.Fields`) plus creation parameters the SDK does not list as fields;
// tests/unit/model/sdk-conformance.test.ts fails when the SDK knows a field we do not, so a field such as
// `whats_app_business_phone_number_id` can never be silently ignored. Unknown fields are still kept everywhere:
// this list gives meaning (type, label, importance), it never filters.

/** How a field's value is shaped; decides JSON decoding of form values, enum case folding, phone comparison. */
export type FieldType = 'id' | 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'phone' | 'time';

export interface FieldInfo {
  type: FieldType;
  /** Message key (lib/i18n/messages/<lang>/diff.json) naming what the field means, for the important ones. */
  meaning?: string;
  /** Decides the outcome of a Click-to-WhatsApp diagnosis when it differs. */
  important?: boolean;
}

type Spec = Partial<Record<FieldType, readonly string[]>>;

function build(spec: Spec, extra: Record<string, Partial<FieldInfo>> = {}): Readonly<Record<string, FieldInfo>> {
  const out: Record<string, FieldInfo> = {};
  for (const [type, names] of Object.entries(spec) as [FieldType, readonly string[]][]) {
    for (const name of names) out[name] = { type };
  }
  for (const [name, info] of Object.entries(extra)) out[name] = { type: 'string', ...out[name], ...info };
  return Object.freeze(out);
}

/** Ad set fields (`AdSet.Fields`) and creation-only parameters of `POST act_ID/adsets`. */
export const ADSET_FIELDS = build(
  {
    id: ['account_id', 'asset_feed_id', 'campaign_id', 'id', 'instagram_user_id', 'rf_prediction_id', 'rb_prediction_id',
      'source_adset_id', 'value_rule_set_id'],
    string: ['name', 'dsa_beneficiary', 'dsa_payor', 'review_feedback', 'campaign_attribution', 'campaign_active_time'],
    time: ['created_time', 'updated_time', 'start_time', 'end_time', 'time_start', 'time_stop'],
    number: ['anchor_event_attribution_window_days', 'bid_amount', 'budget_remaining', 'daily_budget',
      'daily_min_spend_target', 'daily_spend_cap', 'existing_customer_budget_percentage', 'lifetime_budget',
      'lifetime_imps', 'lifetime_min_spend_target', 'lifetime_spend_cap', 'max_budget_spend_percentage',
      'min_budget_spend_percentage', 'daily_imps'],
    boolean: ['is_ba_skip_delayed_eligible', 'is_budget_schedule_enabled', 'is_dynamic_creative',
      'is_incremental_attribution_enabled', 'recurring_budget_semantics', 'use_new_app_click', 'value_rules_applied',
      'is_sac_cfca_terms_certified', 'include_recommendations'],
    enum: ['automatic_manual_state', 'bid_strategy', 'billing_event', 'configured_status',
      'creative_sequence_repetition_pattern', 'destination_type', 'effective_status', 'full_funnel_exploration_mode',
      'multi_optimization_goal_weight', 'optimization_goal', 'optimization_sub_event', 'status', 'tune_for_category'],
    object: ['bid_adjustments', 'bid_constraints', 'bid_info', 'brand_safety_config', 'campaign', 'learning_stage_info',
      'placement_soft_opt_out', 'promoted_object', 'regional_regulation_identities', 'source_adset', 'targeting',
      'trending_topics_spec', 'campaign_spec', 'upstream_events'],
    array: ['adlabels', 'adset_schedule', 'attribution_spec', 'creative_sequence', 'frequency_control_specs', 'issues_info',
      'pacing_type', 'recommendations', 'regional_regulated_categories', 'targeting_optimization_types',
      'time_based_ad_rotation_id_blocks', 'time_based_ad_rotation_intervals', 'execution_options',
      'budget_schedule_specs'],
  },
  {
    promoted_object: { meaning: 'diffFieldPromotedObject', important: true },
    destination_type: { meaning: 'diffFieldDestinationType', important: true },
    optimization_goal: { meaning: 'diffFieldOptimizationGoal', important: true },
    billing_event: { meaning: 'diffFieldBillingEvent' },
    campaign_id: { meaning: 'diffFieldCampaignId', important: true },
    targeting: { meaning: 'diffFieldTargeting' },
    daily_budget: { meaning: 'diffFieldDailyBudget' },
    lifetime_budget: { meaning: 'diffFieldLifetimeBudget' },
    bid_strategy: { meaning: 'diffFieldBidStrategy' },
    status: { meaning: 'diffFieldStatus' },
    execution_options: { meaning: 'diffFieldExecutionOptions' },
  },
);

/**
 * `promoted_object` members (`AdPromotedObject.Fields`), plus `smart_pse_enabled`, which a public Click-to-WhatsApp
 * integration (v25) sends although the SDK does not list it.
 */
export const PROMOTED_OBJECT_FIELDS = build(
  {
    id: ['application_id', 'boosted_product_set_id', 'conversion_goal_id', 'custom_conversion_id', 'dataset_split_id',
      'event_id', 'fundraiser_campaign_id', 'lead_ads_selected_pixel_id', 'mcme_conversion_id',
      'offline_conversion_data_set_id', 'offsite_conversion_event_id', 'offer_id', 'page_id', 'passback_application_id',
      'passback_pixel_id', 'pixel_id', 'place_page_set_id', 'product_catalog_id', 'product_item_id', 'product_set_id',
      'whats_app_business_phone_number_id'],
    string: ['custom_event_str', 'lead_ads_custom_event_str', 'object_store_url', 'value_semantic_type', 'variation',
      'pixel_aggregation_rule', 'pixel_rule', 'retention_days'],
    enum: ['custom_event_type', 'full_funnel_objective', 'lead_ads_custom_event_type',
      'lead_ads_form_event_source_type', 'lead_ads_offsite_conversion_type', 'multi_event_product',
      'product_set_optimization'],
    object: ['anchor_event_config', 'omnichannel_object', 'place_page_set', 'product_set'],
    array: ['dataset_split_ids', 'object_store_urls'],
    phone: ['whatsapp_phone_number'],
    boolean: ['smart_pse_enabled'],
  },
  {
    // A WABA phone-number id: the same number as `whatsapp_phone_number`, named by a different identifier. Ads Manager
    // may send it while an API request does not — the hidden difference this extension exists to reveal.
    whats_app_business_phone_number_id: { meaning: 'diffFieldWabaPhoneNumberId', important: true },
    // Undocumented on AdPromotedObject until seen in API answers (facebook-business-sdk-codegen PR #85, v19).
    whatsapp_phone_number: { meaning: 'diffFieldWhatsappPhoneNumber', important: true },
    page_id: { meaning: 'diffFieldPageId', important: true },
    application_id: { meaning: 'diffFieldApplicationId', important: true },
    pixel_id: { meaning: 'diffFieldPixelId' },
  },
);

/** Page fields (`Page.Fields`). Only the WhatsApp ones matter to the diagnosis; the rest are known by name. */
export const PAGE_FIELDS = build(
  {
    string: [
      'about', 'access_token', 'ad_campaign', 'affiliation', 'app_id', 'artists_we_like', 'attire',
      'available_promo_offer_ids', 'awards', 'band_interests', 'band_members', 'best_page', 'bio', 'birthday',
      'booking_agent', 'breaking_news_usage', 'built', 'business', 'can_checkin', 'can_post', 'category',
      'category_list', 'checkins', 'company_overview', 'connected_instagram_account',
      'connected_page_backed_instagram_account', 'contact_address', 'copyright_attribution_insights',
      'copyright_whitelisted_ig_partners', 'country_page_likes', 'cover', 'culinary_team', 'current_location',
      'delivery_and_pickup_option_info', 'description', 'description_html', 'differently_open_offerings', 'directed_by',
      'display_subtext', 'displayed_message_response_time', 'does_viewer_have_page_permission_link_ig', 'emails',
      'engagement', 'fan_count', 'featured_video', 'features', 'followers_count', 'food_styles', 'founded',
      'general_info', 'general_manager', 'genre', 'global_brand_page_name', 'global_brand_root_id', 'has_added_app',
      'has_lead_access', 'has_transitioned_to_new_page_experience', 'has_whatsapp_business_number',
      'has_whatsapp_number', 'hometown', 'hours', 'id', 'impressum', 'influences', 'instagram_business_account',
      'is_always_open', 'is_calling_eligible', 'is_chain', 'is_community_page', 'is_eligible_for_branded_content',
      'is_eligible_for_disable_connect_ig_btn_for_non_page_admin_am_web', 'is_messenger_bot_get_started_enabled',
      'is_messenger_platform_bot', 'is_owned', 'is_permanently_closed', 'is_published', 'is_unclaimed', 'is_verified',
      'is_webhooks_subscribed', 'keywords', 'leadgen_tos_acceptance_time', 'leadgen_tos_accepted',
      'leadgen_tos_accepting_user', 'link', 'location', 'members', 'merchant_id', 'merchant_review_status',
      'messaging_feature_status', 'messenger_ads_default_icebreakers', 'messenger_ads_default_quick_replies',
      'messenger_ads_quick_replies_type', 'mini_shop_storefront', 'mission', 'mpg', 'name',
      'name_with_location_descriptor', 'network', 'new_like_count', 'offer_eligible', 'overall_star_rating',
      'owner_business', 'page_token', 'parent_page', 'parking', 'payment_options', 'personal_info', 'personal_interests',
      'pharma_safety_info', 'phone', 'pickup_options', 'place_type', 'plot_outline', 'preferred_audience',
      'press_contact', 'price_range', 'privacy_info_url', 'produced_by', 'products', 'promotion_eligible',
      'promotion_ineligible_reason', 'public_transit', 'rating_count', 'recipient', 'record_label', 'release_date',
      'restaurant_services', 'restaurant_specialties', 'schedule', 'screenplay_by', 'season', 'single_line_address',
      'starring', 'start_info', 'store_code', 'store_location_descriptor', 'store_number', 'studio',
      'supports_donate_button_in_live_video', 'talking_about_count', 'temporary_status', 'unread_message_count',
      'unread_notif_count', 'unseen_message_count', 'user_access_expire_time', 'username', 'verification_status',
      'voip_info', 'website', 'were_here_count', 'whatsapp_number', 'written_by',
    ],
  },
  {
    id: { type: 'id' },
    whatsapp_number: { type: 'phone', meaning: 'diffFieldPageWhatsappNumber', important: true },
    has_whatsapp_number: { type: 'boolean', meaning: 'diffFieldPageHasWhatsappNumber', important: true },
    // "Whether the WhatsApp number connected to this page is a WhatsApp business number" (SDK doc); Ads Manager's own
    // front-end reads it before offering the WhatsApp destination.
    has_whatsapp_business_number: { type: 'boolean', meaning: 'diffFieldPageHasWhatsappBusinessNumber', important: true },
  },
);

/** What the model knows about the field at a dotted path: ad set fields at the top, promoted_object members below. */
export function fieldInfo(path: string): FieldInfo | undefined {
  const dot = path.indexOf('.');
  if (dot < 0) return ADSET_FIELDS[path];
  if (path.startsWith('promoted_object.') && path.indexOf('.', dot + 1) < 0) {
    return PROMOTED_OBJECT_FIELDS[path.slice(dot + 1)];
  }
  return undefined;
}
