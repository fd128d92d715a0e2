import { describe, it, expect } from 'vitest';
import { BOOKKEEPING_FIELDS, decodeCapture, isBookkeepingField } from '../../../lib/capture';
import { hook, hookFixture, raws, submissions, FIXTURE_SECRETS } from './fixtures';

describe('decodeCapture: draft fragment for an ad set', () => {
  const captures = decodeCapture(hookFixture('draft-fragment-adset.json'));
  const [s] = submissions(captures);

  it('reads draft, account and version', () => {
    expect(s).toMatchObject({
      encoding: 'draft_fragment',
      location: 'values',
      draft: { draftId: '23853110000000001', parentId: '120234472620180097' },
      tokenPresent: true,
    });
    expect(s!.request).toMatchObject({ apiVersion: 'v22.0', adAccountId: '1187654321098765' });
  });

  it('raw (unencoded) values, as replay tools send them, still decode; bookkeeping is set apart', () => {
    expect(s!.request.fields).toEqual({
      name: 'CTWA KZ',
      campaign_id: '120234472620180097',
      optimization_goal: 'CONVERSATIONS',
      billing_event: 'IMPRESSIONS',
      destination_type: 'WHATSAPP',
      promoted_object: {
        page_id: '734116649781310',
        whatsapp_phone_number: '77006353580',
        whats_app_business_phone_number_id: '501234567890123',
      },
      targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18, age_max: 65 },
      daily_budget: 1000,
    });
  });

  it('the bookkeeping set names exactly the UI bookkeeping found here', () => {
    const bookkeeping = Object.entries(s!.bookkeeping ?? {})
      .filter(([k, v]) => isBookkeepingField(k, v))
      .map(([k]) => k);
    expect(bookkeeping).toEqual([
      'parentAdObjectID',
      'campaign_creation_source',
      'is_autobid',
      'targeting_as_signal',
      'pacing_type',
      'is_average_price_pacing',
      'lifetime_budget',
    ]);
    expect(isBookkeepingField('lifetime_budget', 50000)).toBe(false);
    expect(BOOKKEEPING_FIELDS.has('optimization_goal')).toBe(false);
  });

  it('draft parameters are transport, the answer is read after for (;;);', () => {
    expect(s!.request.transport).toMatchObject({ ad_object_type: 'ad_set', account_id: '1187654321098765', fb_dtsg: '[redacted]' });
    expect(s!.request.transport).not.toHaveProperty('values');
    expect(s!.response?.createdIds).toEqual(['23853110000000099']);
  });

  it('leaves no secret anywhere', () => {
    const text = JSON.stringify(captures);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });
});

describe('decodeCapture: draft fragment shapes', () => {
  const url = 'https://adsmanager-graph.facebook.com/v22.0/999/addraft_fragments';
  const values = (v: unknown) => `values=${encodeURIComponent(JSON.stringify(v))}`;

  it('a campaign fragment is a campaign (ad_object_type=campaign is Graph\'s name), not an ad set', () => {
    const captures = decodeCapture(hookFixture('draft-fragment-campaign.json'));
    expect(raws(captures)).toHaveLength(0);
    expect(submissions(captures).map((s) => [s.level, s.request.fields.objective])).toEqual([['campaign', 'OUTCOME_ENGAGEMENT']]);
  });

  it.each([
    ['ad_object_type missing but values ad-set-like', `${values([{ field: 'optimization_goal', new_value: 'REACH' }, { field: 'billing_event', new_value: 'IMPRESSIONS' }])}`, 'submission'],
    ['ad_object_type missing and values not ad-set-like', `${values([{ field: 'name', new_value: 'x' }])}`, 'raw'],
    ['ad_object_type=ad_set with one field', `ad_object_type=ad_set&${values([{ field: 'name', new_value: 'x' }])}`, 'submission'],
    ['values not JSON', 'ad_object_type=ad_set&values=%5Bbroken', 'raw'],
  ])('%s → %s', (_name, body, kind) => {
    const [c] = decodeCapture(hook({ url, body }));
    expect(c?.kind).toBe(kind);
  });

  it('account from ad_account_id (act_ stripped), null when absent; entries without new_value are skipped', () => {
    const body = `ad_object_type=ad_set&ad_account_id=act_42&${values([{ field: 'name', new_value: 'x' }, { field: 'status', old_value: 'ACTIVE' }, 'junk', { new_value: 1 }])}`;
    const [s] = submissions(decodeCapture(hook({ url, body })));
    expect(s!.request.adAccountId).toBe('42');
    expect(s!.request.fields).toEqual({ name: 'x' });
    const [t] = submissions(decodeCapture(hook({ url, body: `ad_object_type=ad_set&${values([{ field: 'name', new_value: 'x' }])}` })));
    expect(t!.request.adAccountId).toBeNull();
    expect(t!.draft).toEqual({ draftId: '999', parentId: null, operation: 'create', fragmentId: null, adObjectId: null });
  });
});
