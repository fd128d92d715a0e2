import { describe, expect, it } from 'vitest';
import { assembleAdsets, assembleChains, decodeCapture } from '../../../lib/capture';
import { submissionLevel, type Capture } from '../../../lib/model';
import {
  batchAnswer,
  encodeBatch,
  encodeBatchedCall,
  encodeDraftPublish,
  encodeForm,
  encodeJson,
  encodeMultiFragments,
  publishAnswer,
  toHookRequest,
  type WireRequest,
} from '../../../testkit/encode';
import { FIXTURE_SECRETS, hookFixture, submissions } from './fixtures';

const ACCOUNT = '1187654321098765';
const SESSION = { accessToken: 'EAABsbCS1iHgBAFakeAdsManagerSessionToken7ZDZD', userId: '100012345678901', fbDtsg: 'NAcFakeDtsgToken:12:1732450000' };
const CAMPAIGN = { name: 'CTWA campaign', objective: 'OUTCOME_ENGAGEMENT', special_ad_categories: [], status: 'PAUSED' };
const ADSET = {
  name: 'CTWA KZ',
  billing_event: 'IMPRESSIONS',
  optimization_goal: 'CONVERSATIONS',
  destination_type: 'WHATSAPP',
  promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
  targeting: { geo_locations: { countries: ['KZ'] } },
  daily_budget: 500,
};
const WELCOME = JSON.stringify({ type: 'VISUAL_EDITOR', version: 2, landing_screen_type: 'welcome_message', media_type: 'text', text_format: { message: { text: 'Hi!' } } });
const CREATIVE = {
  name: 'CTWA creative',
  object_story_spec: {
    page_id: '734116649781310',
    instagram_user_id: '17841400000000001',
    link_data: {
      message: 'Write to us',
      image_hash: 'abc123',
      call_to_action: { type: 'WHATSAPP_MESSAGE', value: { app_destination: 'WHATSAPP' } },
      page_welcome_message: WELCOME,
    },
  },
  degrees_of_freedom_spec: { creative_features_spec: { standard_enhancements: { enroll_status: 'OPT_OUT' } } },
};
const ERROR = { message: 'Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 1487390, fbtrace_id: 'AbCdEf123' };
const CREATIVE_ERROR = { ...ERROR, error_data: JSON.stringify({ blame_field_specs: [['creative', 'object_story_spec', 'link_data', 'call_to_action']] }) };

let n = 0;
const decodeAt = (wire: WireRequest, body: unknown, at: number, status = 200): Capture[] =>
  decodeCapture(toHookRequest(wire, { response: { status, body } }), { id: `c${n++}`, now: at });

describe('decoding the other levels', () => {
  it('direct POSTs to act_X/campaigns, adcreatives and ads (form and JSON) are captures of those levels, with their identifiers', () => {
    const campaign = submissions(decodeAt(encodeForm({ level: 'campaign', fields: CAMPAIGN, adAccountId: ACCOUNT }, { session: SESSION }), { id: '120200000000000001' }, 1));
    const creative = submissions(decodeAt(encodeJson({ level: 'creative', fields: CREATIVE, adAccountId: ACCOUNT }), { id: '120200000000000003' }, 2));
    const ad = submissions(decodeAt(encodeForm({ level: 'ad', fields: { name: 'Ad', adset_id: '120200000000000002', creative: { creative_id: '120200000000000003' }, status: 'PAUSED' }, adAccountId: ACCOUNT }), { id: '120200000000000004' }, 3));
    expect([...campaign, ...creative, ...ad].map((s) => s.level)).toEqual(['campaign', 'creative', 'ad']);
    expect(campaign[0]!.request.fields).toEqual(CAMPAIGN);
    expect(campaign[0]!.identifiers).toMatchObject({ adAccountId: ACCOUNT, objective: 'OUTCOME_ENGAGEMENT', specialAdCategories: [] });
    // object_story_spec and degrees_of_freedom_spec arrive as objects (JSON body) or JSON text (form): the same fields.
    expect(creative[0]!.request.fields).toEqual(CREATIVE);
    expect(creative[0]!.identifiers).toMatchObject({
      pageId: '734116649781310',
      instagramUserId: '17841400000000001',
      instagramActorId: null,
      callToActionType: 'WHATSAPP_MESSAGE',
      appDestination: 'WHATSAPP',
      hasWelcomeMessage: true,
      creativeId: '120200000000000003',
    });
    expect(ad[0]!.identifiers).toMatchObject({ adsetId: '120200000000000002', creativeId: '120200000000000003' });
    // A creative by id is a reference, not a creative written here.
    expect(ad).toHaveLength(1);
    expect(JSON.stringify(campaign)).not.toContain(SESSION.accessToken);
  });

  it('a form-encoded creative decodes its JSON-text fields like an ad set’s (page_welcome_message stays the text sent)', () => {
    const [s] = submissions(decodeAt(encodeForm({ level: 'creative', fields: CREATIVE, adAccountId: ACCOUNT }), { id: '1' }, 1));
    expect(s!.request.fields).toEqual(CREATIVE);
    expect((s!.request.fields.object_story_spec as { link_data: { page_welcome_message: unknown } }).link_data.page_welcome_message).toBe(WELCOME);
  });

  it('an ad with an inline creative is two captures: the ad as sent, and the creative spec on its own naming the ad', () => {
    const subs = submissions(decodeAt(encodeForm({ level: 'ad', fields: { name: 'Ad', adset_id: '5', creative: CREATIVE }, adAccountId: ACCOUNT }), { id: '120200000000000004' }, 1));
    expect(subs.map((s) => [s.level, s.location, s.inlineIn ?? null])).toEqual([
      ['ad', 'body', null],
      ['creative', 'body.creative', subs[0]!.id],
    ]);
    expect(subs[0]!.request.fields.creative).toEqual(CREATIVE);
    expect(subs[1]!.request.fields).toEqual(CREATIVE);
    // The answer's id is the ad's, not the creative's.
    expect(subs[1]!.identifiers.creativeId).toBeNull();
    expect(subs[0]!.identifiers.creativeId).toBeNull();
  });

  it('GETs and an ad’s own adcreatives edge are not writes of a level', () => {
    const read = { ...encodeForm({ level: 'ad', fields: { name: 'x' }, adAccountId: ACCOUNT }), method: 'POST' as const, url: 'https://graph.facebook.com/v22.0/120200000000000004/adcreatives' };
    expect(decodeAt(read, { data: [] }, 1).map((c) => c.kind)).toEqual(['raw']);
  });

  it('addraft_multi_fragments: the campaign from campaign_group_values, ad sets from campaign_values, ads from adgroup_values', () => {
    const captures = decodeCapture(hookFixture('draft-flow/multi-fragments.json'), { id: 'm', now: 1 });
    const subs = submissions(captures);
    expect(subs.map((s) => [submissionLevel(s), s.location, s.draft?.fragmentId])).toEqual([
      ['campaign', 'campaign_group_values', '23853110000000100'],
      ['adset', 'campaign_values[0]', '23853110000000101'],
      ['adset', 'campaign_values[1]', '23853110000000102'],
    ]);
    expect(subs[0]!.draft?.adObjectId).toBe('120234472620180097');
    expect(subs[0]!.request.fields).toEqual({ name: 'CTWA campaign', objective: 'OUTCOME_ENGAGEMENT' });
    // The ad set flow sees exactly the ad sets it saw before levels existed.
    expect(assembleAdsets(captures).map((a) => a.submission.request.fields.name)).toEqual(['CTWA KZ 2', 'CTWA KZ']);
  });

  it('quick_create_fragments: every level, each ad’s ad set and each ad set’s campaign from the answer’s data[]', () => {
    const captures = decodeCapture(hookFixture('draft-flow/quick-create.json'), { id: 'q', now: 1 });
    const [chain] = assembleChains(captures);
    expect(chain!.levels.map((l) => l.level)).toEqual(['campaign', 'adset', 'ad']);
    const ad = chain!.levels[2]!.objects[0]!.object.submission;
    const adset = chain!.levels[1]!.objects[0]!.object;
    expect(ad.request.fields.adset_id).toBe(adset.adObjectId);
    expect(adset.submission.request.fields.campaign_id).toBe(chain!.levels[0]!.objects[0]!.object.adObjectId);
  });

  it('every new shape leaves no secret', () => {
    const captures = [
      ...decodeAt(encodeForm({ level: 'campaign', fields: CAMPAIGN, adAccountId: ACCOUNT }, { session: SESSION }), { id: '1' }, 1),
      ...decodeAt(encodeBatchedCall([encodeMultiFragments([{ fields: ADSET, adAccountId: ACCOUNT }], { draftId: '9', parentId: '8', campaignValues: CAMPAIGN, ads: [{ fields: { name: 'Ad', creative: CREATIVE } }], session: SESSION })], { session: SESSION }), [], 2),
    ];
    const text = JSON.stringify(captures);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });
});

describe('assembleChains: one publish, campaign → ad set → ad → creative, the failed level marked', () => {
  it('direct POSTs linked by the ids their answers gave: the ad failed', () => {
    const captures = [
      ...decodeAt(encodeForm({ level: 'campaign', fields: CAMPAIGN, adAccountId: ACCOUNT }), { id: '120200000000000001' }, 1),
      ...decodeAt(encodeForm({ fields: { ...ADSET, campaign_id: '120200000000000001' }, adAccountId: ACCOUNT }), { id: '120200000000000002' }, 2),
      ...decodeAt(encodeForm({ level: 'creative', fields: CREATIVE, adAccountId: ACCOUNT }), { id: '120200000000000003' }, 3),
      ...decodeAt(encodeForm({ level: 'ad', fields: { name: 'Ad', adset_id: '120200000000000002', creative: { creative_id: '120200000000000003' } }, adAccountId: ACCOUNT }), { error: ERROR }, 4, 400),
      // Another publish, unrelated: its own chain.
      ...decodeAt(encodeForm({ level: 'campaign', fields: { ...CAMPAIGN, name: 'Other' }, adAccountId: ACCOUNT }), { id: '120200000000000009' }, 5),
    ];
    const chains = assembleChains(captures);
    expect(chains).toHaveLength(2);
    const chain = chains.find((c) => c.levels.length > 1)!;
    expect(chain.levels.map((l) => [l.level, l.objects.map((o) => [o.status, o.objectId])])).toEqual([
      ['campaign', [['published', '120200000000000001']]],
      ['adset', [['published', '120200000000000002']]],
      ['ad', [['failed', null]]],
      ['creative', [['published', '120200000000000003']]],
    ]);
    expect(chain.failedLevel).toBe('ad');
    expect(chain.levels[2]!.objects[0]!.error?.code).toBe(100);
    // Captured out of order, the same chain.
    expect(assembleChains([...captures].reverse()).find((c) => c.levels.length > 1)!.levels.map((l) => l.level)).toEqual(['campaign', 'adset', 'ad', 'creative']);
  });

  it('one Graph batch with {result=…} references and an inline creative Graph blames: the creative failed, not the ad', () => {
    const wire = encodeBatch(
      [
        { level: 'campaign', batchName: 'campaign', fields: CAMPAIGN, adAccountId: ACCOUNT },
        { batchName: 'adset', fields: { ...ADSET, campaign_id: '{result=campaign:$.id}' }, adAccountId: ACCOUNT },
        { level: 'ad', fields: { name: 'Ad', adset_id: '{result=adset:$.id}', creative: CREATIVE }, adAccountId: ACCOUNT },
      ],
      { session: SESSION },
    );
    const answer = [null, null, { code: 400, body: JSON.stringify({ error: CREATIVE_ERROR }) }];
    const [chain, ...rest] = assembleChains(decodeAt(wire, answer, 1));
    expect(rest).toEqual([]);
    expect(chain!.levels.map((l) => [l.level, l.objects[0]!.status])).toEqual([
      ['campaign', 'unknown'],
      ['adset', 'unknown'],
      ['ad', 'failed'],
      ['creative', 'failed'],
    ]);
    expect(chain!.failedLevel).toBe('creative');
    expect(chain!.levels[3]!.objects[0]!.object.submission.request.fields).toEqual(CREATIVE);
  });

  it('an ad that fails for its own reason leaves its inline creative unknown, and the ad is the failed level', () => {
    const wire = encodeForm({ level: 'ad', fields: { name: 'Ad', adset_id: '5', creative: CREATIVE }, adAccountId: ACCOUNT });
    const [chain] = assembleChains(decodeAt(wire, { error: ERROR }, 1, 400));
    expect(chain!.levels.map((l) => [l.level, l.objects[0]!.status])).toEqual([
      ['ad', 'failed'],
      ['creative', 'unknown'],
    ]);
    expect(chain!.failedLevel).toBe('ad');
  });

  it('a draft: multi-fragments (campaign, ad set, ad with an inline creative) then publish; statuses from the publish', () => {
    const multi = encodeBatchedCall(
      [encodeMultiFragments([{ fields: ADSET, adAccountId: ACCOUNT }], { draftId: '23853110000000001', parentId: '120200000000000001', campaignValues: CAMPAIGN, ads: [{ fields: { name: 'Ad', creative: CREATIVE }, parentId: '120200000000000002' }], bookkeeping: true, actingBusinessId: '777', session: SESSION })],
      { session: SESSION },
    );
    const created = batchAnswer([
      { campaign_group_id: '501', campaign_group_object_id: '120200000000000001', campaign_ids: ['502'], campaign_object_ids: ['120200000000000002'], adgroup_ids: ['503'], adgroup_object_ids: [] },
    ]);
    const publish = encodeDraftPublish('23853110000000001', ['501', '502', '503'], { session: SESSION });
    const statuses = publishAnswer([
      { fragment_id: '501', status: 'SUCCEEDED', ad_object_id: '120200000000000001' },
      { fragment_id: '502', status: 'SUCCEEDED', ad_object_id: '120200000000000002' },
      { fragment_id: '503', status: 'FAILED', error: ERROR },
    ]);
    const captures = [...decodeAt(multi, created, 1), ...decodeAt(publish, statuses, 2)];
    const chains = assembleChains(captures);
    expect(chains).toHaveLength(1);
    const [chain] = chains;
    expect(chain!.draftId).toBe('23853110000000001');
    expect(chain!.levels.map((l) => [l.level, l.objects[0]!.status, l.objects[0]!.object.fragmentId])).toEqual([
      ['campaign', 'published', '501'],
      ['adset', 'published', '502'],
      ['ad', 'failed', '503'],
      ['creative', 'unknown', null],
    ]);
    expect(chain!.failedLevel).toBe('ad');
    // The ad names its ad set (its parentAdObjectID, a published id) and keeps Ads Manager's bookkeeping apart.
    const ad = chain!.levels[2]!.objects[0]!.object.submission;
    expect(ad.request.fields).toEqual({ name: 'Ad', creative: CREATIVE, adset_id: '120200000000000002' });
    expect(Object.keys(ad.bookkeeping ?? {})).toEqual(['parentAdObjectID', 'acting_business_id']);
    expect(assembleAdsets(captures)).toHaveLength(1);
  });
});
