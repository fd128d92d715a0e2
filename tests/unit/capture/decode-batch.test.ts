import { describe, it, expect } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { encodeBatch, toHookRequest } from '../../../testkit/encode';
import { hookFixture, submissions, FIXTURE_SECRETS } from './fixtures';

describe('decodeCapture: Graph batch with two ad sets and a page read', () => {
  const captures = decodeCapture(hookFixture('batch-two-adsets.json'), { id: 'b', now: 1 });
  const subs = submissions(captures);

  it('one submission per ad set item, ids suffixed', () => {
    expect(captures).toHaveLength(2);
    expect(subs.map((s) => [s.id, s.encoding, s.location])).toEqual([
      ['b:0', 'batch', 'batch[0].body'],
      ['b:1', 'batch', 'batch[2].body'],
    ]);
  });

  it('reads version and account from relative_url, or the batch URL when the item omits it', () => {
    expect(subs.map((s) => [s.request.apiVersion, s.request.adAccountId])).toEqual([
      ['v22.0', '1187654321098765'],
      ['v22.0', '1187654321098765'],
    ]);
    expect(subs.map((s) => s.request.fields.name)).toEqual(['Ad Set KZ 1', 'Ad Set KZ 2']);
    expect(subs[0]!.request.fields.promoted_object).toEqual({
      page_id: '734116649781310',
      whatsapp_phone_number: '77006353580',
      whats_app_business_phone_number_id: '501234567890123',
    });
  });

  it('transport merges the batch params with the item params', () => {
    expect(subs[1]!.request.transport).toMatchObject({
      include_headers: 'false',
      access_token: '[redacted]',
      _reqName: 'adaccount/adsets',
      fb_dtsg: '[redacted]',
    });
    expect(subs[1]!.request.fields).not.toHaveProperty('access_token');
  });

  it("each submission gets its own item's answer", () => {
    expect(subs[0]!.response).toMatchObject({ status: 200, createdIds: ['120235999999990011'], error: null });
    expect(subs[1]!.response).toMatchObject({ status: 400, createdIds: [], fbtraceIds: ['AbCdEfGhIjKlMnOp1'] });
    expect(subs[1]!.response?.error).toMatchObject({ code: 100, error_subcode: 2446885 });
  });

  it('leaves no secret anywhere (URL, batch relative_url, item body, Set-Cookie answer header)', () => {
    const text = JSON.stringify(captures);
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });
});

describe('decodeCapture: batch shapes', () => {
  it('a batch with no ad set item is a raw capture', () => {
    const wire = encodeBatch([]);
    const [c] = decodeCapture(toHookRequest(wire));
    expect(c?.kind).toBe('raw');
  });

  it('versioned relative_urls override the batch version', () => {
    const wire = encodeBatch(
      [{ fields: { optimization_goal: 'REACH', billing_event: 'IMPRESSIONS' }, adAccountId: '3', apiVersion: 'v18.0' }],
      { apiVersion: 'v22.0', relativeUrls: 'versioned' },
    );
    const [s] = submissions(decodeCapture(toHookRequest(wire)));
    expect(s!.request.apiVersion).toBe('v18.0');
  });

  it('an item body sent as a JSON string is read too', () => {
    const batch = JSON.stringify([{ method: 'POST', relative_url: 'act_8/adsets', body: JSON.stringify({ optimization_goal: 'REACH', targeting: { age_min: 20 } }) }]);
    const [s] = submissions(decodeCapture(toHookRequest({ method: 'POST', url: 'https://graph.facebook.com/v21.0/', headers: {}, body: `batch=${encodeURIComponent(batch)}` })));
    expect(s!.request).toMatchObject({ apiVersion: 'v21.0', adAccountId: '8', fields: { optimization_goal: 'REACH', targeting: { age_min: 20 } } });
  });

  it('a draft fragment inside a batch is decoded as a draft fragment', () => {
    const values = JSON.stringify([{ field: 'optimization_goal', old_value: null, new_value: 'REACH' }]);
    const batch = JSON.stringify([
      { method: 'POST', relative_url: 'v22.0/55/addraft_fragments', body: `ad_object_type=ad_set&parent_ad_object_id=7&values=${encodeURIComponent(values)}` },
    ]);
    const [s] = submissions(
      decodeCapture(toHookRequest({ method: 'POST', url: 'https://adsmanager-graph.facebook.com/v22.0/', headers: {}, body: `batch=${encodeURIComponent(batch)}` })),
    );
    expect(s).toMatchObject({ encoding: 'draft_fragment', location: 'batch[0].body.values', draft: { draftId: '55', parentId: '7' } });
    expect(s!.request.fields).toEqual({ optimization_goal: 'REACH' });
  });
});
