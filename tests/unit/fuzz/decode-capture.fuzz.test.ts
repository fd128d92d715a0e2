import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { encodeAs, toHookRequest } from '../../../testkit/encode';
import { CaptureSchema, type HookRequest, type SubmissionEncoding } from '../../../lib/model';
import { accountId, adsetFields, apiVersion, formValue, jsonValue } from '../capture/arbitraries';
import { expectBounded, fuzz, mutated, withinDeadline } from './guard';

/**
 * decodeCapture reads what the page world sends (untrusted, see SECURITY.md): whatever the body, URL, headers and
 * response, it returns valid Captures of bounded size, quickly, and never throws.
 */

// Syntax of every encoding Ads Manager uses, so mutations break (or complete) structure, not just text.
const piece = fc.constantFrom(
  'batch=', 'values=', 'variables=', 'ad_object_type=ad_set&', 'doc_id=1&', '%7B%22', '%5B%7B', '%22%7D', '{"', '[{"', '"}', '"]',
  '"relative_url":"act_1/adsets?', '"body":"optimization_goal=', '"field":"targeting","new_value":', '"input":{', '"adset":{',
  'optimization_goal', 'billing_event', 'promoted_object', 'targeting', 'for (;;);', '"error":{"code":', '"fbtrace_id":"',
  '"whatsapp_number":', 'access_token=EAAB', 'fb_dtsg=', '&', '=', '%', '%%', '%2', '"', '\\', '\\u', '\uD800', '\u0000', 'null', '1e999', '-0',
);
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('')),
);
const metaUrl = fc.constantFrom(
  'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets?',
  'https://graph.facebook.com/v22.0/',
  'https://adsmanager-graph.facebook.com/v22.0/23850000000000001/addraft_fragments?',
  'https://adsmanager.facebook.com/api/graphql/',
  'https://business.facebook.com/api/graphql/?',
  '/api/graphql/',
);
const url = fc.oneof(junk, fc.tuple(metaUrl, junk).map(([b, j]) => b + j));
const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', '');

/** A near-valid Graph answer: created ids, errors, WhatsApp number records, batch arrays, anti-hijack prefix. */
const responseBody = fc.oneof(
  junk,
  fc.constantFrom(
    '{"id":"120235999999990001"}',
    'for (;;);{"error":{"code":100,"error_subcode":2446885,"message":"x","fbtrace_id":"AbC"}}',
    '[{"code":200,"body":"{\\"id\\":\\"1\\"}"},{"code":400,"body":"{\\"error\\":{\\"code\\":100}}"}]',
    '{"data":{"page":{"whatsapp_numbers":[{"whatsapp_number":"77006353580","is_business_number":false,"waba_id":"1"}]}}}',
  ).chain((s) => mutated(s, piece)),
);

const hookRequest: fc.Arbitrary<HookRequest> = fc.record({
  transport: fc.constantFrom('fetch' as const, 'xhr' as const),
  method: fc.oneof(fc.constantFrom('POST', 'post', 'GET', 'PUT'), fc.string({ maxLength: 16 })),
  url,
  headers: fc.dictionary(fc.oneof(fc.constant('content-type'), fc.string({ maxLength: 20 })), fc.oneof(contentType, junk), { maxKeys: 5 }),
  body: fc.option(junk, { nil: null }),
  bodyType: fc.constantFrom('string', 'URLSearchParams', 'FormData', 'Blob', 'ArrayBuffer', 'Request', 'none'),
  response: fc.option(fc.record({ status: fc.integer({ min: 0, max: 999 }), body: fc.option(responseBody, { nil: null }) }), { nil: null }),
  failure: fc.option(fc.string({ maxLength: 16 }), { nil: null }),
  startedAt: fc.double(),
});

const ENCODINGS: SubmissionEncoding[] = ['form', 'json', 'batch', 'draft_fragment', 'graphql'];

/**
 * Real encodings of generated ad sets (a pool drawn once: generating rich ad sets costs more than decoding them),
 * each case then mutated: reaches the deep decoders instead of failing at the door.
 */
const wires = fc.sample(
  fc.tuple(fc.constantFrom(...ENCODINGS), fc.boolean(), accountId, apiVersion).chain(([encoding, formish, account, version]) =>
    adsetFields(formish ? formValue : jsonValue).map((fields) =>
      encodeAs(encoding, { fields, adAccountId: account, apiVersion: version }, {
        session: { accessToken: 'EAABfuzzfuzzfuzzfuzz', userId: '100', fbDtsg: 'NAc:1:2', lsd: 'AVq' },
        draftId: '5',
        parentId: '6',
      }),
    ),
  ),
  { numRuns: 300, seed: 20261125 },
);

const nearValid: fc.Arbitrary<HookRequest> = fc.constantFrom(...wires).chain((wire) =>
  fc
    .record({
      body: mutated(wire.body, piece),
      url: mutated(wire.url, piece),
      contentType: fc.oneof(fc.constant(wire.headers['content-type'] ?? ''), contentType),
      response: fc.option(fc.record({ status: fc.constantFrom(200, 400, 500), body: fc.option(responseBody, { nil: null }) }), { nil: null }),
    })
    .map(({ body, url, contentType, response }) => ({ ...toHookRequest({ ...wire, body, url, headers: { 'content-type': contentType } }), response })),
);

function sizeOf(req: HookRequest): number {
  return (req.url?.length ?? 0) + (req.body?.length ?? 0) + (req.response?.body?.length ?? 0) + JSON.stringify(req.headers ?? {}).length;
}

function check(req: HookRequest): void {
  const out = withinDeadline('decodeCapture', () => decodeCapture(req, { id: 'fuzz', now: 1 }));
  expect(Array.isArray(out)).toBe(true);
  for (const c of out) {
    const r = CaptureSchema.safeParse(c);
    if (!r.success) expect(r.error.issues).toEqual([]);
  }
  expectBounded(out, sizeOf(req));
}

describe('fuzz: decodeCapture', () => {
  it('arbitrary bodies, URLs, headers and responses', () => fuzz([hookRequest], check));
  it('near-valid form / JSON / batch / draft fragment / GraphQL bodies, mutated', () => fuzz([nearValid], check));
  it('values of the wrong type anywhere (the page world is untrusted)', () =>
    fuzz([fc.anything({ maxDepth: 2 }), fc.constantFrom('whole', 'body', 'headers', 'url', 'response', 'responseBody'), hookRequest], (value, slot, req) => {
      const bad = (
        slot === 'whole' ? value : slot === 'responseBody' ? { ...req, response: { status: 200, body: value } } : { ...req, [slot]: value }
      ) as HookRequest;
      expect(() => withinDeadline('decodeCapture', () => decodeCapture(bad))).not.toThrow();
    }));
});

describe('fuzz findings (fixed; kept as regressions)', () => {
  it('a batch answer item code that is not a safe integer still makes a valid capture', () => {
    const wire = encodeAs('batch', { adAccountId: '1', fields: { optimization_goal: 'A', billing_event: 'B' } });
    for (const code of ['2.5', '1e300', '22222222222222200']) {
      const [capture] = decodeCapture({ ...toHookRequest(wire), response: { status: 200, body: `[{"code":${code},"body":"{}"}]` } });
      expect(CaptureSchema.safeParse(capture).success, code).toBe(true);
    }
  });
});
