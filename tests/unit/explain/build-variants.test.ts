import { describe, expect, it } from 'vitest';
import { buildVariants, probeVariants } from '../../../lib/explain';
import { diffRequests } from '../../../lib/diff';
import { NUMBER, PAGE, PHONE_ID, request } from './context';

const api = request();
const ui = request({ page_id: PAGE, whatsapp_phone_number: '77006353580', whats_app_business_phone_number_id: PHONE_ID }, { bid_strategy: 'LOWEST_COST_WITHOUT_CAP', is_autobid: true, extra_a: 1 }, 'v22.0');
const ids = (vs: ReturnType<typeof buildVariants>) => vs.map((v) => v.id);

describe('buildVariants', () => {
  it('each difference alone: add / replace / remove; no version, no account, no bookkeeping while real differences exist', () => {
    const apiWithExtra = request(undefined, { optimization_goal: 'LINK_CLICKS', only_api_field: 'x' });
    const vs = buildVariants(diffRequests(ui, apiWithExtra), apiWithExtra, ui, 40);
    expect(ids(vs)).toEqual(expect.arrayContaining(['add:promoted_object.whats_app_business_phone_number_id', 'replace:optimization_goal', 'remove:only_api_field', 'add:bid_strategy']));
    expect(ids(vs).some((id) => id.includes('api_version') || id.includes('is_autobid') || id.includes('whatsapp_phone_number'))).toBe(false);
    const add = vs.find((v) => v.id === 'add:promoted_object.whats_app_business_phone_number_id')!;
    expect(add.request.fields['promoted_object']).toEqual({ page_id: PAGE, whatsapp_phone_number: NUMBER, whats_app_business_phone_number_id: PHONE_ID });
    expect(add.label).toEqual({ key: 'explain_variant_add', subs: ['promoted_object.whats_app_business_phone_number_id', PHONE_ID] });
  });

  it('Ads Manager bookkeeping is never tried as a fix, even when nothing else differs', () => {
    const uiBk = { ...api, fields: { ...api.fields, is_autobid: true, acting_business_id: '1010', placement: { publisher_platforms: ['facebook'] }, parentAdObjectID: '1' } };
    expect(ids(buildVariants(diffRequests(uiBk, api), api, uiBk, 40))).toEqual([]);
  });

  it('never more than the budget; important paths survive grouping', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`targeting_extra_${i}`, i]));
    const big = { ...ui, fields: { ...ui.fields, targeting: { geo_locations: { countries: ['KZ'] }, ...many } } };
    const vs = buildVariants(diffRequests(big, api), api, big, 10);
    expect(vs.length).toBeLessThanOrEqual(10);
    expect(ids(vs)).toContain('add:promoted_object.whats_app_business_phone_number_id');
    expect(ids(vs)).toContain('replace:targeting');
  });

  it('no diff or no budget → none', () => {
    expect(buildVariants(null, api, null, 40)).toEqual([]);
    expect(buildVariants(diffRequests(ui, api), api, ui, 0)).toEqual([]);
  });
});

describe('probeVariants', () => {
  it('both WhatsApp keys → each removed in turn (the user’s token decides which Graph wants)', () => {
    const both = request({ page_id: PAGE, whatsapp_phone_number: NUMBER, whats_app_business_phone_number_id: PHONE_ID });
    expect(ids(probeVariants(both, [], 10))).toEqual(['remove:promoted_object.whatsapp_phone_number', 'remove:promoted_object.whats_app_business_phone_number_id']);
    expect(probeVariants(request(), [], 10)).toEqual([]);
    expect(probeVariants(both, [], 0)).toEqual([]);
  });
});
