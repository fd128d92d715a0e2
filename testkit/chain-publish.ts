import type { UiRequest } from '../lib/scenario';
import {
  batchAnswer,
  encodeBatchedCall,
  encodeDraftPublish,
  encodeForm,
  encodeMultiFragments,
  publishAnswer,
  type UiSession,
  type WireRequest,
} from './encode';

/**
 * A whole Click-to-WhatsApp chain as Ads Manager publishes it, as scenario `ui` requests (what the page sends and
 * what it got back): usable by the e2e tests, the demo and scenario worlds. Values follow a public CTWA integration
 * (campaign `OUTCOME_ENGAGEMENT`, ad set `CONVERSATIONS` + `destination_type: WHATSAPP`, creative with a
 * `WHATSAPP_MESSAGE` call-to-action whose `value.app_destination` is `WHATSAPP`).
 */
export const CTWA_CHAIN = {
  account: '1187654321098765',
  page: '734116649781310',
  campaign: { name: 'CTWA campaign', objective: 'OUTCOME_ENGAGEMENT', special_ad_categories: [], status: 'PAUSED' },
  adset: {
    name: 'CTWA KZ',
    billing_event: 'IMPRESSIONS',
    optimization_goal: 'CONVERSATIONS',
    destination_type: 'WHATSAPP',
    daily_budget: 1000,
    promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
    targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18 },
    status: 'PAUSED',
  },
  creative: {
    object_story_spec: {
      page_id: '734116649781310',
      instagram_user_id: '17841400000000001',
      link_data: {
        message: 'Write to us on WhatsApp',
        image_hash: '0a1b2c3d4e5f',
        call_to_action: { type: 'WHATSAPP_MESSAGE', value: { app_destination: 'WHATSAPP' } },
        page_welcome_message: JSON.stringify({ type: 'VISUAL_EDITOR', version: 2, landing_screen_type: 'welcome_message', media_type: 'text', text_format: { message: { text: 'Hi!' } } }),
      },
    },
    degrees_of_freedom_spec: { creative_features_spec: { standard_enhancements: { enroll_status: 'OPT_OUT' } } },
  },
} as const;

export interface ChainPublishOptions {
  session?: UiSession;
  /** The error the failing object's answer carries. */
  error: Record<string, unknown>;
}

function ui(wire: WireRequest, status: number, body: unknown): UiRequest {
  return { method: wire.method, url: wire.url, headers: wire.headers, body: wire.body, response: { status, body } };
}

/**
 * Ads Manager's draft flow for the whole chain: one `addraft_multi_fragments` call (inside a batched call) writing the
 * campaign (`campaign_group_values`), the ad set (`campaign_values`) and the ad with its creative inline
 * (`adgroup_values`), then the draft's publish, whose answer fails the ad's fragment with `error`.
 */
export function draftChainPublish(opts: ChainPublishOptions): UiRequest[] {
  const c = CTWA_CHAIN;
  const draftId = '23853110000000001';
  const multi = encodeBatchedCall(
    [
      encodeMultiFragments([{ fields: c.adset, adAccountId: c.account }], {
        draftId,
        parentId: '120200000000000001',
        campaignValues: c.campaign,
        ads: [{ fields: { name: 'CTWA ad', creative: c.creative, status: 'PAUSED' }, parentId: '120200000000000002' }],
        bookkeeping: true,
        actingBusinessId: '1010101010101010',
        session: opts.session,
      }),
    ],
    { session: opts.session },
  );
  const created = batchAnswer([
    { campaign_group_id: '23853110000000100', campaign_group_object_id: '120200000000000001', campaign_ids: ['23853110000000101'], campaign_object_ids: ['120200000000000002'], adgroup_ids: ['23853110000000102'], adgroup_object_ids: [] },
  ]);
  const fragments = ['23853110000000100', '23853110000000101', '23853110000000102'];
  const publish = encodeDraftPublish(draftId, fragments, { session: opts.session });
  const statuses = publishAnswer([
    { fragment_id: fragments[0], status: 'SUCCEEDED', ad_object_id: '120200000000000001' },
    { fragment_id: fragments[1], status: 'SUCCEEDED', ad_object_id: '120200000000000002' },
    { fragment_id: fragments[2], status: 'FAILED', error: opts.error },
  ]);
  return [ui(multi, 200, created), ui(publish, 200, statuses)];
}

/**
 * The same chain as direct Marketing API writes, one POST per object, each naming its parent by the id the previous
 * answer gave: campaign, ad set, creative, then the ad (`adset_id` + `creative: {creative_id}`), which fails with `error`.
 */
export function directChainPublish(opts: ChainPublishOptions): UiRequest[] {
  const c = CTWA_CHAIN;
  const session = { session: opts.session };
  return [
    ui(encodeForm({ level: 'campaign', fields: c.campaign, adAccountId: c.account }, session), 200, { id: '120200000000000011' }),
    ui(encodeForm({ fields: { ...c.adset, campaign_id: '120200000000000011' }, adAccountId: c.account }, session), 200, { id: '120200000000000012' }),
    ui(encodeForm({ level: 'creative', fields: c.creative, adAccountId: c.account }, session), 200, { id: '120200000000000013' }),
    ui(encodeForm({ level: 'ad', fields: { name: 'CTWA ad', adset_id: '120200000000000012', creative: { creative_id: '120200000000000013' }, status: 'PAUSED' }, adAccountId: c.account }, session), 400, { error: opts.error }),
  ];
}
