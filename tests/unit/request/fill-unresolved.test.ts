import { describe, expect, it } from 'vitest';
import type { AdsetRequest } from '../../../lib/model';
import { fillUnresolved, type UnresolvedField } from '../../../lib/request';

const at = (name: string, source: string): UnresolvedField => ({ name, source, line: 1, column: 1 });

const API: AdsetRequest = {
  apiVersion: null,
  adAccountId: null,
  method: 'POST',
  host: 'graph.facebook.com',
  fields: { optimization_goal: 'CONVERSATIONS', promoted_object: { whatsapp_phone_number: '+77006353580' } },
  transport: {},
};
const UI: AdsetRequest = {
  apiVersion: 'v22.0',
  adAccountId: '1187654321098765',
  method: 'POST',
  host: 'graph.facebook.com',
  fields: { name: 'Ad Set Name', campaign_id: '120234472620180097', daily_budget: 1000, promoted_object: { page_id: '734116649781310' } },
  transport: {},
};
const UNRESOLVED = [
  at('access_token', 'token'),
  at('api_version', 'API_VERSION'),
  at('ad_account_id', 'AD_ACCOUNT_ID'),
  at('name', 'nombreBase'),
  at('campaign_id', 'campaignId'),
  at('promoted_object.page_id', 'PAGE_ID'),
  at('bid_amount', 'bid'),
];

describe('fillUnresolved: Ads Manager fills what the code computes, the user overrides', () => {
  it('takes each field from the capture; a field the capture lacks is left out and named', () => {
    const r = fillUnresolved(API, UNRESOLVED, UI);
    expect(r.request.apiVersion).toBe('v22.0');
    expect(r.request.adAccountId).toBe('1187654321098765');
    expect(r.request.fields).toEqual({
      optimization_goal: 'CONVERSATIONS',
      promoted_object: { whatsapp_phone_number: '+77006353580', page_id: '734116649781310' },
      name: 'Ad Set Name',
      campaign_id: '120234472620180097',
    });
    expect(r.filled.map((f) => [f.name, f.from])).toEqual([
      ['api_version', 'ads_manager'],
      ['ad_account_id', 'ads_manager'],
      ['name', 'ads_manager'],
      ['campaign_id', 'ads_manager'],
      ['promoted_object.page_id', 'ads_manager'],
    ]);
    expect(r.missing).toEqual([{ name: 'bid_amount', source: 'bid' }]);
    // The parsed request itself is not changed.
    expect(API.fields).not.toHaveProperty('name');
  });

  it('a typed value wins, in the type the field wants', () => {
    const r = fillUnresolved(API, UNRESOLVED, UI, { name: 'Mine', bid_amount: '250', api_version: '21', ad_account_id: 'act_42', 'promoted_object.page_id': ' ' });
    expect(r.request.fields).toMatchObject({ name: 'Mine', bid_amount: 250, promoted_object: { page_id: '734116649781310' } });
    expect(r.request.apiVersion).toBe('v21.0');
    expect(r.request.adAccountId).toBe('42');
    expect(r.filled.find((f) => f.name === 'promoted_object.page_id')?.from).toBe('ads_manager');
    expect(r.filled.filter((f) => f.from === 'user').map((f) => f.name)).toEqual(['api_version', 'ad_account_id', 'name', 'bid_amount']);
    expect(r.missing).toEqual([]);
  });

  it('without a capture everything the code computes is left out; the token is never filled here', () => {
    const r = fillUnresolved(API, UNRESOLVED, null);
    expect(r.request).toEqual(API);
    expect(r.filled).toEqual([]);
    expect(r.missing.map((m) => m.name)).toEqual(['api_version', 'ad_account_id', 'name', 'campaign_id', 'promoted_object.page_id', 'bid_amount']);
  });
});
