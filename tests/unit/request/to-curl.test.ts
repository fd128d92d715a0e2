import { describe, expect, it } from 'vitest';
import type { AdsetRequest } from '../../../lib/model';
import { equivalentApiRequest, parseApiRequest, shellQuote, toCurl } from '../../../lib/request';

const base: AdsetRequest = {
  apiVersion: 'v22.0',
  adAccountId: '1187654321098765',
  method: 'POST',
  host: 'adsmanager-graph.facebook.com',
  fields: {},
  transport: {},
};

describe('shellQuote', () => {
  it.each([
    ['plain', "'plain'"],
    ['POST;id', "'POST;id'"],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$HOME', "'$HOME'"],
    ['', "''"],
    ['a\nb', "'a\nb'"],
  ])('%j → %s', (input, expected) => {
    expect(shellQuote(input)).toBe(expected);
  });
});

describe('toCurl', () => {
  it('prints the token as a placeholder by default, one field per argument', () => {
    const req: AdsetRequest = { ...base, host: 'graph.facebook.com', fields: { name: 'Ad Set', daily_budget: 1000, promoted_object: { page_id: '1' } } };
    expect(toCurl(req)).toBe(
      [
        "curl -X 'POST' 'https://graph.facebook.com/v22.0/act_1187654321098765/adsets'",
        '-d "access_token=$ACCESS_TOKEN"',
        "--data-urlencode 'name=Ad Set'",
        "-d 'daily_budget=1000'",
        `--data-urlencode 'promoted_object={"page_id":"1"}'`,
      ].join(' \\\n  '),
    );
  });

  it.each([
    [{ ...base, apiVersion: null }, "'https://adsmanager-graph.facebook.com/act_1187654321098765/adsets'"],
    [{ ...base, adAccountId: null }, "'https://adsmanager-graph.facebook.com/v22.0/act_{ad_account_id}/adsets'"],
    [{ ...base, host: null }, "'https://graph.facebook.com/v22.0/act_1187654321098765/adsets'"],
  ])('URL of %j', (req, url) => {
    expect(toCurl({ ...req, fields: { name: 'x' } }).split('\n')[0]).toBe(`curl -X 'POST' ${url} \\`);
  });

  it('a real token only when passed explicitly', () => {
    const out = toCurl({ ...base, fields: { name: 'x' } }, { token: "EAAB'tok" });
    expect(out).toContain(`--data-urlencode 'access_token=EAAB'\\''tok'`);
    expect(parseApiRequest(out)).toMatchObject({ ok: true });
  });

  it('names that are not plain are percent-encoded', () => {
    const out = toCurl({ ...base, fields: { 'we ird=name': 'v&1' } });
    expect(out).toContain("-d 'we%20ird%3Dname=v%261'");
    expect(parseApiRequest(out)).toMatchObject({ ok: true, request: { fields: { 'we ird=name': 'v&1' } } });
  });
});

describe('equivalentApiRequest', () => {
  const ui: AdsetRequest = {
    ...base,
    fields: {
      name: 'Ad Set Name',
      promoted_object: '{"page_id":"734116649781310","whats_app_business_phone_number_id":"501234567890123"}',
      targeting: { geo_locations: { countries: ['KZ'] } },
      parentAdObjectID: '120234472620180097',
      campaign_creation_source: 'click_to_whatsapp',
      is_autobid: true,
      targeting_as_signal: 1,
      pacing_type: ['standard'],
      is_average_price_pacing: false,
      lifetime_budget: 0,
      daily_budget: 1000,
      unknown_but_real: 'kept',
    },
    transport: { fb_dtsg: '[redacted]', __user: '1', locale: 'ru_RU' },
  };

  it('drops transport and bookkeeping, decodes JSON strings, keeps the rest; graph.facebook.com, same version', () => {
    expect(equivalentApiRequest(ui)).toEqual({
      apiVersion: 'v22.0',
      adAccountId: '1187654321098765',
      method: 'POST',
      host: 'graph.facebook.com',
      fields: {
        name: 'Ad Set Name',
        promoted_object: { page_id: '734116649781310', whats_app_business_phone_number_id: '501234567890123' },
        targeting: { geo_locations: { countries: ['KZ'] } },
        daily_budget: 1000,
        unknown_but_real: 'kept',
      },
      transport: {},
    });
  });

  it.each([
    [{ lifetime_budget: 50000 }, { lifetime_budget: 50000 }],
    [{ lifetime_budget: '0' }, {}],
    [{ access_token: 'x', name: 'n' }, { name: 'n' }],
  ])('%j → %j', (fields, expected) => {
    expect(equivalentApiRequest({ ...base, fields }).fields).toEqual(expected);
  });

  it('act_ prefix on the account is handled', () => {
    expect(equivalentApiRequest({ ...base, adAccountId: 'act_42', fields: { name: 'x' } }).adAccountId).toBe('42');
  });

  it('prints as cURL that reads back to the same request', () => {
    const eq = equivalentApiRequest(ui);
    const back = parseApiRequest(toCurl(eq));
    expect(back).toMatchObject({ ok: true, token: null });
    if (!back.ok) return;
    expect(back.request.apiVersion).toBe('v22.0');
    expect(back.request.adAccountId).toBe(eq.adAccountId);
    expect(back.request.fields).toEqual({ ...eq.fields, daily_budget: '1000' });
  });
});
