import { describe, it, expect } from 'vitest';
import { encodeBatch, encodeBatchedCall, encodeDraftFragment, encodeDraftPublish, encodeDraftUpdate, encodeForm, encodeGraphql, encodeJson, encodeMultiFragments, encodeQuickCreate, jazoestOf } from '../../../testkit/encode';

const adset = { fields: { name: 'Ad Set Name', optimization_goal: 'CONVERSATIONS', promoted_object: { page_id: '1' } }, adAccountId: '42' };
const session = { accessToken: 'EAABfaketokenfaketokenfaketoken', userId: '100', fbDtsg: 'NAc:1:2', lsd: 'AVq', locale: 'ru_RU' };

describe('encoders produce what Ads Manager puts on the wire', () => {
  it('form: the scenario files’ shape', () => {
    const w = encodeForm(adset, { session });
    expect(w.url).toBe(
      'https://adsmanager-graph.facebook.com/v22.0/act_42/adsets?_reqName=adaccount%2Fadsets&_reqSrc=AdsCreationSaveDataManager&access_token=EAABfaketokenfaketokenfaketoken&method=post&locale=ru_RU&pretty=0&suppress_http_code=1&__cppo=1',
    );
    expect(w.body).toBe(
      `name=Ad+Set+Name&optimization_goal=CONVERSATIONS&promoted_object=%7B%22page_id%22%3A%221%22%7D&__user=100&fb_dtsg=NAc%3A1%3A2&jazoest=${jazoestOf('NAc:1:2')}`,
    );
    expect(w.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('without a session: bare Marketing API call', () => {
    expect(encodeForm(adset, { host: 'graph.facebook.com' }).url).toBe('https://graph.facebook.com/v22.0/act_42/adsets');
    expect(encodeJson({ ...adset, apiVersion: 'v20.0' }).body).toBe(JSON.stringify(adset.fields));
  });

  it('batch: items as form strings, relative_url bare or versioned', () => {
    const w = encodeBatch([adset, { ...adset, adAccountId: '43' }], { relativeUrls: 'versioned' });
    const batch = JSON.parse(new URLSearchParams(w.body).get('batch')!) as Array<Record<string, string>>;
    expect(batch.map((b) => b.relative_url)).toEqual(['v22.0/act_42/adsets', 'v22.0/act_43/adsets']);
    expect(new URLSearchParams(batch[0]!.body).get('promoted_object')).toBe('{"page_id":"1"}');
    expect(w.url).toBe('https://adsmanager-graph.facebook.com/v22.0/');
  });

  it('draft fragment: every old_value/new_value is JSON text (adsDraftEncodeFragmentValues), acting_business_id appended raw', () => {
    const w = encodeDraftFragment(adset, { draftId: '9', parentId: '8', bookkeeping: true, actingBusinessId: '555' });
    const p = new URLSearchParams(w.body);
    expect(w.url).toBe('https://adsmanager-graph.facebook.com/v22.0/9/addraft_fragments');
    expect([p.get('account_id'), p.get('ad_object_type'), p.get('parent_ad_object_id'), p.get('is_delete'), p.get('is_archive')]).toEqual(['42', 'ad_set', '8', 'false', 'false']);
    const values = JSON.parse(p.get('values')!) as Array<{ field: string; old_value: unknown; new_value: unknown }>;
    expect(values.find((v) => v.field === 'optimization_goal')).toEqual({ field: 'optimization_goal', old_value: 'null', new_value: '"CONVERSATIONS"' });
    expect(values.find((v) => v.field === 'promoted_object')?.new_value).toBe('{"page_id":"1"}');
    expect(values.find((v) => v.field === 'lifetime_budget')?.new_value).toBe('0');
    expect(values.find((v) => v.field === 'parentAdObjectID')?.new_value).toBe('"8"');
    expect(values.at(-1)).toEqual({ field: 'acting_business_id', old_value: null, new_value: '555' });
  });

  it('draft update: POST /vNN.0/{fragment_id} with the draft, versions, action and encoded values', () => {
    const w = encodeDraftUpdate('777', { daily_budget: 2000 }, { draftId: '9', adObjectId: '120', oldValues: { daily_budget: 1000 }, session });
    const p = new URLSearchParams(w.body);
    expect(w.url).toMatch(/^https:\/\/adsmanager-graph\.facebook\.com\/v22\.0\/777\?_reqName=object%3Aaddraft_fragment&/);
    expect(Object.fromEntries([...p].filter(([k]) => !['__user', 'fb_dtsg', 'jazoest'].includes(k)))).toEqual({
      ad_object_type: 'ad_set',
      ad_draft_id: '9',
      ad_object_id: '120',
      draft_version: '1',
      fragment_version: '1',
      action: 'modify',
      values: JSON.stringify([{ field: 'daily_budget', old_value: '1000', new_value: '2000' }]),
    });
  });

  it('batched call: no version in the path, items keep their own path and query', () => {
    const create = encodeDraftFragment(adset, { draftId: '9', parentId: '8', session });
    const w = encodeBatchedCall([create], { session });
    expect(w.url).toBe('https://adsmanager-graph.facebook.com/?_reqName=batchedCall&access_token=EAABfaketokenfaketokenfaketoken');
    const [item] = JSON.parse(new URLSearchParams(w.body).get('batch')!) as Array<Record<string, string>>;
    expect(item!.relative_url).toMatch(/^v22\.0\/9\/addraft_fragments\?_reqName=object%3Adraft_id%2Faddraft_fragments&/);
    expect(item!.body).toBe(create.body);
  });

  it('publish, multi-fragments (ad sets in campaign_values) and quick create (values_per_level)', () => {
    const pub = new URLSearchParams(encodeDraftPublish('9', ['77', '78']).body);
    expect([pub.get('fragments'), pub.get('ignore_errors'), pub.get('include_fragment_statuses')]).toEqual(['["77","78"]', 'true', 'true']);
    const multi = new URLSearchParams(encodeMultiFragments([adset, adset], { draftId: '9', parentId: '8' }).body);
    expect((JSON.parse(multi.get('campaign_values')!) as unknown[]).length).toBe(2);
    const quick = new URLSearchParams(encodeQuickCreate(adset, { draftId: '9', parentId: '8' }).body);
    const levels = JSON.parse(quick.get('values_per_level')!) as Array<{ ad_object_type: string }>;
    expect(levels.map((l) => l.ad_object_type)).toEqual(['campaign', 'ad_set', 'ad']);
    expect(quick.get('id')).toBe('9');
  });

  it('graphql: Relay form body with variables, friendly name header and lsd', () => {
    const w = encodeGraphql(adset, { session, docId: '123' });
    const p = new URLSearchParams(w.body);
    expect(w.url).toBe('https://adsmanager.facebook.com/api/graphql/');
    expect(w.headers).toMatchObject({ 'x-fb-friendly-name': 'AdsCreationAdSetCreateMutation', 'x-fb-lsd': 'AVq' });
    expect(p.get('doc_id')).toBe('123');
    expect(p.get('fb_api_caller_class')).toBe('RelayModern');
    expect(JSON.parse(p.get('variables')!)).toEqual({
      input: { client_mutation_id: '1', actor_id: '100', ad_account_id: '42', adset_spec: adset.fields },
    });
  });

  it.each([
    ['NAc:1:2', '2' + [...'NAc:1:2'].reduce((s, c) => s + c.charCodeAt(0), 0)],
    ['', '20'],
  ])('jazoestOf(%j) = %s', (dtsg, expected) => {
    expect(jazoestOf(dtsg)).toBe(expected);
  });
});
