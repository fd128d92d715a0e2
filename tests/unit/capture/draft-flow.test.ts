import { describe, it, expect } from 'vitest';
import { decodeCapture, decodeFragmentValue } from '../../../lib/capture';
import { submissionLevel, type RawCapture, type Submission } from '../../../lib/model';
import { hookFixture, raws, submissions, FIXTURE_SECRETS } from './fixtures';

// Fixtures follow Ads Manager's own modules (AdsDraftFragmentDataManager, AdsDraftPublishDataManager): every value
// JSON.stringify'd, acting_business_id appended unencoded, the create inside a batchedCall with no version.
const decode = (name: string) => decodeCapture(hookFixture(`draft-flow/${name}.json`), { id: name, now: 1 });
// The ad set of each call (the campaign and ad levels some of these calls also carry are tested in chain tests).
const adsets = (name: string): Submission[] => submissions(decode(name)).filter((s) => submissionLevel(s) === 'adset');
const one = (name: string): Submission => {
  const subs = adsets(name);
  expect(subs).toHaveLength(1);
  return subs[0]!;
};

const CTWA = {
  name: 'CTWA KZ',
  campaign_id: '120234472620180097',
  daily_budget: 500,
  billing_event: 'IMPRESSIONS',
  optimization_goal: 'CONVERSATIONS',
  destination_type: 'WHATSAPP',
  promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
  targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18, age_max: 65 },
};

describe('decodeFragmentValue: JSON text first, raw only when not JSON', () => {
  it.each<[string, unknown]>([
    [JSON.stringify('CONVERSATIONS'), 'CONVERSATIONS'],
    ['1000', 1000],
    ['null', null],
    ['true', true],
    ['{"page_id":"1"}', { page_id: '1' }],
    ['["standard"]', ['standard']],
    // Not JSON: kept raw (replay tools send unencoded text).
    ['CONVERSATIONS', 'CONVERSATIONS'],
    // An id sent unquoted keeps every digit.
    ['120234472620180097', '120234472620180097'],
    // An object that was a JSON string before encoding.
    [JSON.stringify(JSON.stringify({ a: 1 })), { a: 1 }],
  ])('%s → %j', (text, expected) => {
    expect(decodeFragmentValue('f', text)).toEqual(expected);
  });

  it('name stays text even when it looks like JSON', () => {
    expect(decodeFragmentValue('name', JSON.stringify('[Test] {a}'))).toBe('[Test] {a}');
  });
});

describe('batched create: adsmanager-graph.facebook.com/?_reqName=batchedCall', () => {
  const s = one('batched-create');

  it('is one ad set, every field decoded from JSON text, no quotes left', () => {
    expect(s.encoding).toBe('draft_fragment');
    expect(s.location).toBe('batch[0].body.values');
    expect(s.request.fields).toEqual(CTWA);
    expect(JSON.stringify(s.request.fields)).not.toContain('\\"');
  });

  it('the fragment id comes from the batch item answer; draft, parent, version from the item', () => {
    expect(s.draft).toEqual({ draftId: '23853110000000001', parentId: '120234472620180097', operation: 'create', fragmentId: '23853110000000099', adObjectId: null });
    expect(s.request).toMatchObject({ apiVersion: 'v22.0', adAccountId: '1187654321098765' });
  });

  it('bookkeeping (acting_business_id appended raw, placement, parentAdObjectID…) is set apart, not a field', () => {
    expect(s.bookkeeping).toEqual({
      parentAdObjectID: '120234472620180097',
      campaign_creation_source: 'click_to_whatsapp',
      is_autobid: true,
      targeting_as_signal: 2,
      pacing_type: ['standard'],
      is_average_price_pacing: false,
      lifetime_budget: 0,
      placement: { publisher_platforms: ['facebook', 'instagram'] },
      acting_business_id: 1010101010101010,
    });
  });
});

describe('update: POST /vNN.0/{fragment_id} (object:addraft_fragment)', () => {
  const s = one('update');
  it('names the fragment by its path and the draft by ad_draft_id; only the changed values are fields', () => {
    expect(s.draft).toMatchObject({ draftId: '23853110000000001', operation: 'update', fragmentId: '23853110000000099' });
    expect(s.request.fields).toEqual({
      daily_budget: 1000,
      promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580', whats_app_business_phone_number_id: '501234567890123' },
    });
    expect(s.request.transport).toMatchObject({ ad_object_type: 'ad_set', draft_version: '1', fragment_version: '2', action: 'modify' });
  });
});

describe('publish: {draft}/publish (AdsDraftPublishDataManager)', () => {
  const [c, ...rest] = decode('publish');
  it('is kept as a publish of the listed fragments, with their status; no ad set fields', () => {
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('raw');
    expect((c as RawCapture).publish).toEqual({
      draftId: '23853110000000001',
      fragmentIds: ['23853110000000099'],
      outcomes: [{ fragmentId: '23853110000000099', status: 'in_progress', rawStatus: 'IN_PROGRESS', adObjectId: null, error: null }],
    });
  });
});

describe('addraft_multi_fragments: campaign_values holds AD SETS', () => {
  const subs = adsets('multi-fragments');
  it('one ad set per campaign_values entry, fragment ids from campaign_ids; the campaign group is not an ad set', () => {
    expect(subs.map((s) => s.request.fields.name)).toEqual(['CTWA KZ', 'CTWA KZ 2']);
    expect(subs.map((s) => s.location)).toEqual(['campaign_values[0]', 'campaign_values[1]']);
    expect(subs.map((s) => s.draft?.fragmentId)).toEqual(['23853110000000101', '23853110000000102']);
    expect(subs.every((s) => s.draft?.operation === 'multi' && s.draft.draftId === '23853110000000001')).toBe(true);
    expect(subs[1]!.request.fields.daily_budget).toBe(700);
  });
});

describe('quick_create_fragments: values_per_level', () => {
  const s = one('quick-create');
  it('the ad_set level is the ad set; its campaign and ids come from the answer’s data[]', () => {
    expect(s.location).toBe('values_per_level[1].values');
    expect(s.request.fields).not.toHaveProperty('campaign_id');
    expect(s.draft).toEqual({ draftId: '23853110000000001', parentId: '120234472620180097', operation: 'quick_create', fragmentId: '23853110000000202', adObjectId: '120235999999990555' });
  });
});

describe('addraft_fragments_with_publish', () => {
  const s = one('create-and-publish');
  it('is a create whose answer names the fragment and the published ad set', () => {
    expect(s.draft).toMatchObject({ operation: 'create_and_publish', fragmentId: '23853110000000301', adObjectId: '120235999999990555' });
    expect(s.request.fields).toEqual(CTWA);
  });
});

describe('every draft fixture', () => {
  it.each(['batched-create', 'update', 'publish', 'multi-fragments', 'quick-create', 'create-and-publish'])('%s leaves no secret', (name) => {
    const text = JSON.stringify(decode(name));
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });

  it('a campaign-only fragment is a campaign, not an ad set', () => {
    const captures = decodeCapture(hookFixture('draft-fragment-campaign.json'));
    expect(raws(captures)).toHaveLength(0);
    expect(submissions(captures).map((s) => s.level)).toEqual(['campaign']);
  });
});
