import { describe, it, expect } from 'vitest';
import { batchItemResponse, decodeResponse, MAX_STORED_RESPONSE } from '../../../lib/capture/response';
import { textFixture } from './fixtures';

const read = (body: string | null, status = 200) => decodeResponse({ status, body })!.response;

describe('decodeResponse', () => {
  it('strips for (;;); and reads the Graph error', () => {
    const r = read(textFixture('response-anti-hijack-error.txt'), 400);
    expect(r.status).toBe(400);
    expect(r.error).toMatchObject({ code: 100, error_subcode: 2446885, fbtrace_id: 'A2T9GcvFT4w01-_Sjye2cos' });
    expect(r.fbtraceIds).toEqual(['A2T9GcvFT4w01-_Sjye2cos']);
    expect(r.truncated).toBe(false);
  });

  it.each([
    ['{"id":"123"}', ['123']],
    ['{"id":123}', ['123']],
    ['{"success":true}', []],
    ['[{"code":200,"body":"{\\"id\\":\\"1\\"}"},{"code":200,"body":"{\\"id\\":\\"2\\"}"},null]', ['1', '2']],
    ['{"data":{"ad_set_create":{"ad_set":{"id":"9"}}}}', ['9']],
    ['{"data":{"adset_update":{"id":"8"}}}', ['8']],
  ])('createdIds of %s → %j', (body, ids) => {
    expect(read(body).createdIds).toEqual(ids);
  });

  it('collects every fbtrace_id, including inside batch item bodies, without duplicates', () => {
    const batch = JSON.stringify([
      { code: 400, body: JSON.stringify({ error: { code: 100, fbtrace_id: 'T1' } }) },
      { code: 400, body: JSON.stringify({ error: { code: 200, fbtrace_id: 'T2' } }) },
      { code: 400, body: JSON.stringify({ error: { code: 200, fbtrace_id: 'T2' } }) },
    ]);
    const r = read(batch);
    expect(r.fbtraceIds).toEqual(['T1', 'T2']);
    expect(r.error).toMatchObject({ code: 100 });
  });

  it('maps a GraphQL errors[] answer onto the Graph error shape', () => {
    const r = read('{"errors":[{"message":"Invalid parameter","api_error_code":100,"api_error_subcode":2446885,"severity":"CRITICAL"}]}');
    expect(r.error).toMatchObject({ code: 100, error_subcode: 2446885, message: 'Invalid parameter' });
  });

  it('picks one item of a batch answer', () => {
    const parsed = [{ code: 200, body: '{"id":"1"}' }, { code: 400, body: '{"error":{"code":100,"error_subcode":2446885}}' }];
    expect(batchItemResponse(parsed, 1)).toMatchObject({ status: 400, error: { code: 100, error_subcode: 2446885 } });
    expect(batchItemResponse(parsed, 0)).toMatchObject({ status: 200, createdIds: ['1'] });
    expect(batchItemResponse(parsed, 5)).toBeNull();
    expect(batchItemResponse({ id: 1 }, 0)).toBeNull();
  });

  it('keeps non-JSON text (redacted), and a null body as no body', () => {
    expect(read('<html>access_token=EAABzzzzzzzzzzzzzzzzzzzzzzzz</html>', 502)).toMatchObject({
      status: 502,
      body: '<html>access_token=[redacted]</html>',
      error: null,
    });
    expect(read(null, 204)).toMatchObject({ status: 204, body: undefined, truncated: false });
    expect(decodeResponse(null)).toBeNull();
  });

  it('caps the stored body and says so, after extracting what matters', () => {
    const big = JSON.stringify({ error: { code: 100, fbtrace_id: 'BIG' }, pad: 'x'.repeat(MAX_STORED_RESPONSE * 2) });
    const r = read(big);
    expect(r.truncated).toBe(true);
    expect(typeof r.body).toBe('string');
    expect((r.body as string).length).toBe(MAX_STORED_RESPONSE);
    expect(r.error).toMatchObject({ code: 100 });
    expect(r.fbtraceIds).toEqual(['BIG']);
  });

  it('finds WhatsApp number records anywhere, and only record-shaped objects', () => {
    const body = JSON.stringify({
      a: { b: [{ whatsapp_number: '+77006353580', is_business_number: false, waba_id: 5 }] },
      page: { whatsapp_number: '+77006353580', name: 'Page' },
      other: { page_whatsapp_number_id: '1', formatted_whatsapp_number: '+7 700' },
    });
    expect(read(body).whatsappNumbers).toEqual([
      { page_whatsapp_number_id: '1', formatted_whatsapp_number: '+7 700' },
      { whatsapp_number: '+77006353580', is_business_number: false, waba_id: '5' },
    ]);
  });

  it('redacts secrets in the stored body', () => {
    const r = read(JSON.stringify({ access_token: 'EAAsecretsecretsecretsecret123', nested: { fb_dtsg: 'DTSG-VALUE' } }));
    expect(JSON.stringify(r)).not.toMatch(/EAAsecret|DTSG-VALUE/);
  });

  it('survives a 100 000-deep answer', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => read(deep)).not.toThrow();
  });
});
