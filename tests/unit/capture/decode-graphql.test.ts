import { describe, it, expect } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { encodeGraphql, toHookRequest } from '../../../testkit/encode';
import { hookFixture, raws, submissions, FIXTURE_SECRETS } from './fixtures';

describe('decodeCapture: GraphQL mutation with the ad set at variables.input.data.ad_set', () => {
  const captures = decodeCapture(hookFixture('graphql-adset.json'));
  const [s] = submissions(captures);

  it('finds the ad set by shape and names its path', () => {
    expect(captures).toHaveLength(1);
    expect(s).toMatchObject({ encoding: 'graphql', location: 'variables.input.data.ad_set', method: 'POST' });
    expect(s!.request).toMatchObject({ apiVersion: null, adAccountId: '1187654321098765', host: 'adsmanager.facebook.com' });
    expect(s!.request.fields.name).toBe('CTWA GQL');
  });

  it('doc_id, friendly name and session params are transport', () => {
    expect(s!.request.transport).toMatchObject({
      doc_id: '8123456789012345',
      fb_api_req_friendly_name: 'AdsCreationAdSetCreateMutation',
      __user: '100012345678901',
      fb_dtsg: '[redacted]',
      lsd: '[redacted]',
      jazoest: '[redacted]',
    });
    expect(s!.request.transport).not.toHaveProperty('variables');
    expect(s!.tokenPresent).toBe(false);
  });

  it('WABA id from the request fields; created id from data.<mutation>.<object>.id', () => {
    expect(s!.identifiers).toMatchObject({ wabaId: '792684993372941', pageId: '734116649781310' });
    expect(s!.response?.createdIds).toEqual(['120235999999990021']);
  });

  it('leaves no secret anywhere', () => {
    const text = JSON.stringify(captures);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });
});

describe('decodeCapture: GraphQL shapes', () => {
  const adset = { fields: { optimization_goal: 'REACH', billing_event: 'IMPRESSIONS', targeting: { age_min: 18 } }, adAccountId: '12' };

  it.each([
    [['input', 'adset_spec'], 'variables.input.adset_spec'],
    [['input', 'data', 'ad_set'], 'variables.input.data.ad_set'],
    [['adSet'], 'variables.adSet'],
  ])('path %j → location %s', (path, location) => {
    const [s] = submissions(decodeCapture(toHookRequest(encodeGraphql(adset, { path }))));
    expect(s?.location).toBe(location);
    expect(s?.request.fields).toEqual(adset.fields);
  });

  it('a spec nested as a JSON string inside variables is found too', () => {
    const variables = JSON.stringify({ input: { spec: JSON.stringify(adset.fields) } });
    const body = `fb_api_req_friendly_name=X&doc_id=1&variables=${encodeURIComponent(variables)}`;
    const [s] = submissions(decodeCapture(toHookRequest({ method: 'POST', url: 'https://www.facebook.com/api/graphql/', headers: {}, body })));
    expect(s?.location).toBe('variables.input.spec');
  });

  it('a GraphQL query answering WhatsApp number records is kept raw, with the records as facts', () => {
    const [r, ...rest] = raws(decodeCapture(hookFixture('graphql-whatsapp-numbers.json')));
    expect(rest).toEqual([]);
    expect(r!.response?.whatsappNumbers).toEqual([
      {
        whatsapp_number: '77006353580',
        formatted_whatsapp_number: '+7 700 635 3580',
        number_country_prefix: 7,
        page_whatsapp_number_id: '611111111111111',
        waba_id: '792684993372941',
        is_business_number: false,
        whatsapp_smb_device: 'ANDROID',
        can_manage_wa_flows: false,
        is_calling_enabled: false,
      },
      { whatsapp_number: '77074094375', page_whatsapp_number_id: '622222222222222', is_business_number: true },
    ]);
    expect(r!.response?.fbtraceIds).toEqual(['GqlTraceAbc123']);
    expect(r!.body).not.toContain('AVqFakeLsdTokenAbc');
  });
});
