import { describe, it, expect } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { RawCaptureSchema } from '../../../lib/model';
import { MAX_RAW_BODY } from '../../../lib/capture/raw-capture';
import { hook, hookFixture, raws, FIXTURE_SECRETS } from './fixtures';

describe('decodeCapture: unknown shapes become RawCapture', () => {
  it('a Meta write that is no level of the chain (nothing ad-set-like) is kept raw and redacted', () => {
    const campaign = hookFixture('raw-campaign.json');
    const req = { ...campaign, url: campaign.url.replace('/campaigns?', '/customaudiences?') };
    const captures = decodeCapture(req, { id: 'r', now: 7 });
    const [r] = raws(captures);
    expect(captures).toHaveLength(1);
    expect(RawCaptureSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({ id: 'r', capturedAt: 7, method: 'POST', tokenPresent: true, truncated: false });
    expect(r!.contentType).toBe('application/x-www-form-urlencoded');
    expect(r!.body).toContain('objective=OUTCOME_ENGAGEMENT');
    expect(r!.response?.createdIds).toEqual(['120234472620180097']);
    const text = JSON.stringify(captures);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });

  it.each([
    ['Meta POST with a text body', hook({ url: 'https://adsmanager.facebook.com/api/graphql/', body: 'hello world' }), 'raw'],
    ['Meta POST with an empty body', hook({ url: 'https://graph.facebook.com/v22.0/', body: null }), 'raw'],
    ['relative GraphQL URL', hook({ url: '/api/graphql/', body: 'doc_id=1&variables=%7B%7D' }), 'raw'],
    ['JSON body, nothing ad-set-like', hook({ url: 'https://graph.facebook.com/v22.0/x', body: '{"a":{"b":1}}' }), 'raw'],
  ])('%s → %s', (_name, req, kind) => {
    expect(decodeCapture(req).map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    ['a non-Meta host', hook({ url: 'https://example.com/v22.0/act_1/campaigns', body: 'a=1' })],
    ['a Meta GET with nothing to show', hook({ method: 'GET', url: 'https://graph.facebook.com/v22.0/me', body: null })],
  ])('%s → nothing', (_name, req) => {
    expect(decodeCapture(req)).toEqual([]);
  });

  it('a Meta GET whose answer carries WhatsApp number records is kept', () => {
    const req = hook({
      method: 'GET',
      url: 'https://graph.facebook.com/v22.0/734116649781310/whatsapp_numbers',
      response: { status: 200, body: '{"data":[{"whatsapp_number":"77006353580","is_business_number":false}]}' },
    });
    const [r] = raws(decodeCapture(req));
    expect(r?.response?.whatsappNumbers).toEqual([{ whatsapp_number: '77006353580', is_business_number: false }]);
  });

  it('caps a huge body and flags it', () => {
    const [r] = raws(decodeCapture(hook({ url: 'https://graph.facebook.com/v22.0/x', body: 'a=' + 'x'.repeat(MAX_RAW_BODY * 3) })));
    expect(r!.truncated).toBe(true);
    expect(r!.body.length).toBe(MAX_RAW_BODY);
  });

  it('JSON raw bodies are redacted structurally', () => {
    const [r] = raws(decodeCapture(hook({ url: 'https://graph.facebook.com/v22.0/x', body: '{"fb_dtsg":"SECRET-DTSG","other":"keep"}' })));
    expect(JSON.parse(r!.body)).toEqual({ fb_dtsg: '[redacted]', other: 'keep' });
  });
});
