import { describe, expect, it } from 'vitest';
import { DiffSchema, diffRequests, type FieldDiff } from '../../../lib/diff';
import type { AdsetRequest } from '../../../lib/model';

const req = (fields: Record<string, unknown>, extra: Partial<AdsetRequest> = {}): AdsetRequest => ({
  apiVersion: null,
  adAccountId: null,
  method: 'POST',
  host: null,
  fields,
  transport: {},
  ...extra,
});

const brief = (e: FieldDiff) => [e.path, e.kind, e.category, e.important, e.normalized];

describe('field by field', () => {
  it.each([
    // [ui fields, api fields, expected entries as [path, kind, category, important, normalized]]
    [{ a: 'x' }, { a: 'x' }, [['a', 'equivalent', 'field', false, []]]],
    [{ a: 'x' }, {}, [['a', 'only_ui', 'field', false, []]]],
    [{}, { a: 'x' }, [['a', 'only_api', 'field', false, []]]],
    [{ name: 'x' }, { name: 'y' }, [['name', 'different', 'field', false, []]]],
    [{ daily_budget: 1000 }, { daily_budget: '1000' }, [['daily_budget', 'equivalent', 'budget', false, ['number_string']]]],
    [{ daily_budget: 1000 }, { daily_budget: '2000' }, [['daily_budget', 'different', 'budget', false, []]]],
    [{ campaign_id: 120234472620180097n.toString() }, { campaign_id: '120234472620180097' }, [['campaign_id', 'equivalent', 'identifier', true, []]]],
    [{ account_id: 'act_42' }, { account_id: '42' }, [['account_id', 'equivalent', 'identifier', true, ['act_prefix']]]],
    [{ destination_type: 'WHATSAPP' }, { destination_type: 'whatsapp' }, [['destination_type', 'equivalent', 'field', true, ['enum_case']]]],
    [{ destination_type: 'WHATSAPP' }, { destination_type: 'MESSENGER' }, [['destination_type', 'different', 'field', true, []]]],
    [{ name: 'Ad' }, { name: 'ad' }, [['name', 'different', 'field', false, []]]],
    [{ optimization_goal: 'CONVERSATIONS' }, {}, [['optimization_goal', 'only_ui', 'field', true, []]]],
    [{ promoted_object: '{"page_id":"1"}' }, { promoted_object: { page_id: 1 } }, [['promoted_object.page_id', 'equivalent', 'identifier', true, ['json_string', 'number_string']]]],
    [{ promoted_object: { page_id: '1', whats_app_business_phone_number_id: '5' } }, { promoted_object: { page_id: '1' } }, [
      ['promoted_object.whats_app_business_phone_number_id', 'only_ui', 'identifier', true, []],
      ['promoted_object.page_id', 'equivalent', 'identifier', true, []],
    ]],
    [{ promoted_object: { smart_pse_enabled: true } }, { promoted_object: { smart_pse_enabled: 'true' } }, [['promoted_object.smart_pse_enabled', 'equivalent', 'field', true, ['number_string']]]],
    [{ targeting: { geo_locations: { countries: ['KZ', 'RU'] } } }, { targeting: '{"geo_locations":{"countries":["ru","KZ"]}}' }, [
      ['targeting.geo_locations.countries', 'equivalent', 'targeting', false, ['json_string', 'enum_case', 'list_order']],
    ]],
    [{ targeting: { publisher_platforms: ['facebook', 'instagram'] } }, { targeting: { publisher_platforms: ['instagram', 'facebook'] } }, [
      ['targeting.publisher_platforms', 'equivalent', 'targeting', false, ['list_order']],
    ]],
    [{ adset_schedule: [{ a: 1 }, { a: 2 }] }, { adset_schedule: [{ a: 2 }, { a: 1 }] }, [['adset_schedule', 'different', 'field', false, []]]],
    [{ targeting: { age_min: 18, age_max: 65 } }, { targeting: { age_min: '18' } }, [
      ['targeting.age_max', 'only_ui', 'targeting', false, []],
      ['targeting.age_min', 'equivalent', 'targeting', false, ['number_string']],
    ]],
    [{ execution_options: ['validate_only', 'include_recommendations'] }, { execution_options: '["include_recommendations","validate_only"]' }, [
      ['execution_options', 'equivalent', 'field', false, ['json_string', 'list_order']],
    ]],
  ])('%j vs %j', (ui, api, expected) => {
    expect(diffRequests(req(ui), req(api)).entries.map(brief)).toEqual(expected);
  });
});

describe('phone numbers compare as E.164', () => {
  it.each([
    ['+77006353580', '77006353580', {}, 'equivalent'],
    ['+77006353580', '+7 (700) 635-35-80', {}, 'equivalent'],
    ['77006353580', ' 77006353580', {}, 'equivalent'], // a `+` read as a space in a -d body
    ['8 700 635 3580', '+77006353580', { targeting: { geo_locations: { countries: ['KZ'] } } }, 'equivalent'],
    ['+77006353580', '+77074094375', {}, 'different'],
    ['+77006353580', '+77006353580', {}, 'equivalent'],
  ])('%s vs %s (%j) → %s', (a, b, extra, kind) => {
    const d = diffRequests(req({ ...extra, promoted_object: { whatsapp_phone_number: a } }), req({ promoted_object: { whatsapp_phone_number: b } }));
    const e = d.entries.find((x) => x.path === 'promoted_object.whatsapp_phone_number');
    expect(e).toMatchObject({ kind, category: 'phone', important: true });
    if (kind === 'equivalent' && a !== b) expect(e?.normalized).toContain('phone');
  });

  it('the ad account country is the default when targeting names none', () => {
    const ui = req({ promoted_object: { whatsapp_phone_number: '8 700 635 3580' } });
    const api = req({ promoted_object: { whatsapp_phone_number: '+77006353580' } });
    expect(diffRequests(ui, api, { accountCountry: 'KZ' }).entries[0]).toMatchObject({ kind: 'equivalent', e164: { ui: '+77006353580', api: '+77006353580' } });
  });
});

describe('request level: api_version and ad account', () => {
  it.each([
    [{ apiVersion: 'v22.0' }, { apiVersion: 'v20.0' }, 'api_version', 'different', 'version', ['api_version', 'v22.0', 'v20.0']],
    [{ apiVersion: 'v22.0' }, { apiVersion: 'v22.0' }, 'api_version', 'equivalent', 'version', ['api_version']],
    [{ adAccountId: '1' }, { adAccountId: '2' }, 'ad_account_id', 'different', 'identifier', ['ad_account_id']],
  ])('%j vs %j', (ui, api, path, kind, category, subs) => {
    const d = diffRequests(req({ name: 'x' }, ui), req({ name: 'x' }, api));
    expect(d.entries.find((e) => e.path === path)).toMatchObject({ kind, category, why: { subs } });
  });

  it('an unknown version on one side is not a difference', () => {
    const d = diffRequests(req({ name: 'x' }, { apiVersion: 'v22.0' }), req({ name: 'x' }));
    expect(d.entries.map((e) => e.path)).toEqual(['name']);
  });
});

describe('bookkeeping', () => {
  it.each([
    ['parentAdObjectID', '120'],
    ['campaign_creation_source', 'click_to_whatsapp'],
    ['is_autobid', true],
    ['targeting_as_signal', 1],
    ['pacing_type', ['standard']],
    ['is_average_price_pacing', false],
    ['lifetime_budget', 0],
    ['acting_business_id', '1010101010101010'],
    ['placement', { publisher_platforms: ['facebook'] }],
  ])('%s is Ads Manager bookkeeping: never diffed, on either side', (field, value) => {
    expect(diffRequests(req({ [field]: value }), req({})).entries).toEqual([]);
    expect(diffRequests(req({}), req({ [field]: value })).entries).toEqual([]);
    expect(diffRequests(req({ [field]: value }), req({ [field]: field === 'lifetime_budget' ? '0' : 'other' })).entries).toEqual([]);
  });

  it('a real lifetime budget is a budget field', () => {
    expect(diffRequests(req({ lifetime_budget: 50000 }), req({})).entries[0]).toMatchObject({ category: 'budget' });
  });
});

describe('ordering, transport, summary, schema', () => {
  const ui = req(
    {
      name: 'UI name',
      parentAdObjectID: '1',
      bid_strategy: 'LOWEST_COST_WITHOUT_CAP',
      destination_type: 'WHATSAPP',
      promoted_object: { page_id: '1', whatsapp_phone_number: '77006353580', whats_app_business_phone_number_id: '5' },
    },
    { apiVersion: 'v22.0', transport: { fb_dtsg: '[redacted]', __user: '1', locale: 'ru_RU' } },
  );
  const api = req(
    { name: 'API name', destination_type: 'WHATSAPP', promoted_object: { page_id: '1', whatsapp_phone_number: '+77006353580' } },
    { apiVersion: 'v20.0', transport: { appsecret_proof: '[redacted]' } },
  );
  const d = diffRequests(ui, api);

  it('important differences first, then version, other differences, equivalents (bookkeeping never listed)', () => {
    expect(d.entries.map((e) => `${e.kind} ${e.path}`)).toEqual([
      'only_ui promoted_object.whats_app_business_phone_number_id',
      'different api_version',
      'only_ui bid_strategy',
      'different name',
      'equivalent destination_type',
      'equivalent promoted_object.page_id',
      'equivalent promoted_object.whatsapp_phone_number',
    ]);
  });

  it('the hidden WABA id says why it matters', () => {
    expect(d.entries[0]).toMatchObject({
      ui: '5',
      why: { key: 'diffWhyOnlyUiWabaPhoneNumberId', subs: ['promoted_object.whats_app_business_phone_number_id'] },
      meaning: { key: 'diffFieldWabaPhoneNumberId' },
    });
    expect(d.entries[0]).not.toHaveProperty('api');
  });

  it('transport names are listed apart and never compared', () => {
    expect(d.transport).toEqual({ ui: ['__user', 'fb_dtsg', 'locale'], api: ['appsecret_proof'] });
    expect(d.entries.some((e) => ['fb_dtsg', '__user', 'locale'].includes(e.path))).toBe(false);
  });

  it('summary counts per kind', () => {
    expect(d.summary).toEqual({ only_ui: 2, only_api: 0, different: 2, equivalent: 3, important: 1 });
  });

  it('validates against DiffSchema (the export embeds it)', () => {
    expect(DiffSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(JSON.parse(JSON.stringify(d)));
  });
});
