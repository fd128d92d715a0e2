import { describe, it, expect } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { SubmissionSchema } from '../../../lib/model';
import { hook, hookFixture, submissions, FIXTURE_SECRETS } from './fixtures';

describe('decodeCapture: plain form POST to act_ID/adsets (scenario seed user B)', () => {
  const [s, ...rest] = submissions(decodeCapture(hookFixture('form-seed-user-b.json'), { id: 'c1', now: 42 }));

  it('yields exactly one submission that satisfies the model schema', () => {
    expect(rest).toEqual([]);
    expect(SubmissionSchema.parse(s)).toEqual(s);
  });

  it.each([
    ['encoding', s!.encoding, 'form'],
    ['location', s!.location, 'body'],
    ['id', s!.id, 'c1'],
    ['capturedAt', s!.capturedAt, 42],
    ['apiVersion', s!.request.apiVersion, 'v22.0'],
    ['adAccountId', s!.request.adAccountId, '1187654321098765'],
    ['host', s!.request.host, 'adsmanager-graph.facebook.com'],
    ['method', s!.request.method, 'POST'],
    ['tokenPresent', s!.tokenPresent, true],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('decodes JSON-string fields and keeps scalars as the form sent them', () => {
    expect(s!.request.fields).toEqual({
      name: 'Ad Set Name',
      campaign_id: '120234472620180097',
      daily_budget: '1000',
      billing_event: 'IMPRESSIONS',
      optimization_goal: 'CONVERSATIONS',
      bid_strategy: 'LOWEST_COST_WITHOUT_CAP',
      destination_type: 'WHATSAPP',
      promoted_object: {
        page_id: '734116649781310',
        whatsapp_phone_number: '77006353580',
        whats_app_business_phone_number_id: '501234567890123',
      },
      targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18, age_max: 65 },
      status: 'ACTIVE',
    });
  });

  it('sets transport aside (query and body), secrets redacted', () => {
    expect(s!.request.transport).toEqual({
      _reqName: 'adaccount/adsets',
      _reqSrc: 'AdsCreationSaveDataManager',
      access_token: '[redacted]',
      method: 'post',
      locale: 'ru_RU',
      pretty: '0',
      suppress_http_code: '1',
      __cppo: '1',
      __user: '100012345678901',
      fb_dtsg: '[redacted]',
      jazoest: '[redacted]',
    });
  });

  it('pulls out the identifiers', () => {
    expect(s!.identifiers).toEqual({
      adAccountId: '1187654321098765',
      campaignId: '120234472620180097',
      pageId: '734116649781310',
      whatsappPhoneNumber: '77006353580',
      whatsappBusinessPhoneNumberId: '501234567890123',
      wabaId: null,
    });
  });

  it('reads the answer: created id', () => {
    expect(s!.response).toMatchObject({ status: 200, body: { id: '120235999999990001' }, createdIds: ['120235999999990001'], error: null });
  });

  it('leaves no secret anywhere', () => {
    const text = JSON.stringify(s);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });
});

describe('decodeCapture: form POST answered with 2446885 (scenario page-number-personal)', () => {
  const [s] = submissions(decodeCapture(hookFixture('form-page-number-personal.json')));
  it('keeps the Graph error and its fbtrace_id', () => {
    expect(s!.response?.error).toMatchObject({ code: 100, error_subcode: 2446885, type: 'OAuthException' });
    expect(s!.response?.fbtraceIds).toEqual(['A2T9GcvFT4w01-_Sjye2cos']);
    expect(s!.response?.createdIds).toEqual([]);
    expect(s!.identifiers.whatsappBusinessPhoneNumberId).toBeNull();
  });
});

describe('decodeCapture: form variants', () => {
  const table: Array<[string, Parameters<typeof hook>[0], Record<string, unknown>]> = [
    [
      'fields in the query string with method=post (GET override)',
      {
        method: 'GET',
        url: 'https://graph.facebook.com/v19.0/act_77/adsets?method=post&optimization_goal=REACH&billing_event=IMPRESSIONS&access_token=EAAtokentokentokentokentoken1',
      },
      { encoding: 'form', method: 'POST', apiVersion: 'v19.0', adAccountId: '77', fields: { optimization_goal: 'REACH', billing_event: 'IMPRESSIONS' } },
    ],
    [
      'a single field still counts when POSTed to …/adsets',
      { body: 'name=Only+a+name&__user=1' },
      { encoding: 'form', method: 'POST', apiVersion: 'v22.0', adAccountId: '1', fields: { name: 'Only a name' } },
    ],
    [
      'unknown __ and _ params are transport; execution_options decoded',
      { body: 'optimization_goal=REACH&targeting=%7B%7D&execution_options=%5B%22validate_only%22%5D&__new_thing=1&_flowlet=2' },
      { encoding: 'form', method: 'POST', apiVersion: 'v22.0', adAccountId: '1', fields: { optimization_goal: 'REACH', targeting: {}, execution_options: ['validate_only'] } },
    ],
    [
      'a name that looks like JSON stays text; malformed JSON stays a string',
      { body: 'name=%5B1%5D&targeting=%7Bbroken&optimization_goal=REACH&billing_event=IMPRESSIONS' },
      { encoding: 'form', method: 'POST', apiVersion: 'v22.0', adAccountId: '1', fields: { name: '[1]', targeting: '{broken', optimization_goal: 'REACH', billing_event: 'IMPRESSIONS' } },
    ],
    [
      'an ad set nested in one form parameter is found by shape',
      {
        url: 'https://adsmanager-graph.facebook.com/v22.0/act_5/copies',
        body: 'adset_spec=%7B%22optimization_goal%22%3A%22REACH%22%2C%22billing_event%22%3A%22IMPRESSIONS%22%7D&__user=1',
      },
      { encoding: 'form', method: 'POST', apiVersion: 'v22.0', adAccountId: '5', fields: { optimization_goal: 'REACH', billing_event: 'IMPRESSIONS' } },
    ],
  ];
  it.each(table)('%s', (_name, req, expected) => {
    const [s] = submissions(decodeCapture(hook(req)));
    expect({
      encoding: s?.encoding,
      method: s?.request.method,
      apiVersion: s?.request.apiVersion,
      adAccountId: s?.request.adAccountId,
      fields: s?.request.fields,
    }).toEqual(expected);
  });

  it('names the nested location', () => {
    const [s] = submissions(
      decodeCapture(hook({ body: 'adset_spec=%7B%22optimization_goal%22%3A%22REACH%22%2C%22billing_event%22%3A%22I%22%7D', url: 'https://graph.facebook.com/v22.0/x' })),
    );
    expect(s?.location).toBe('body.adset_spec');
  });
});
