import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeCapture } from '../../../lib/capture';
import { CaptureSchema, type HookRequest } from '../../../lib/model';

// Pieces of real Meta traffic, so generated junk often gets deep into the decoders instead of failing fast.
const piece = fc.constantFrom(
  'batch=',
  'values=',
  'variables=',
  'ad_object_type=ad_set&',
  'doc_id=1&',
  '%7B%22',
  '%5B%7B',
  '{"',
  '[{"',
  '"relative_url":"act_1/adsets?',
  '"body":"optimization_goal=',
  '"field":"targeting","new_value":',
  'optimization_goal',
  'billing_event',
  'promoted_object',
  'for (;;);',
  '"error":{"code":',
  '"fbtrace_id":"',
  '"whatsapp_number":',
  'access_token=EAAB',
  '&',
  '=',
  '%',
  '"',
  '}',
  ']',
  '\\',
  '\uD800',
);
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join('')),
);
const url = fc.oneof(
  junk,
  fc.constantFrom(
    'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets?',
    'https://adsmanager-graph.facebook.com/v22.0/',
    'https://adsmanager-graph.facebook.com/v22.0/1/addraft_fragments?',
    'https://adsmanager.facebook.com/api/graphql/',
  ).chain((base) => junk.map((j) => base + j)),
);

const request: fc.Arbitrary<HookRequest> = fc.record({
  transport: fc.constantFrom('fetch' as const, 'xhr' as const),
  method: fc.oneof(fc.constantFrom('POST', 'GET', 'post'), fc.string({ maxLength: 20 })),
  url,
  headers: fc.dictionary(fc.oneof(fc.constant('content-type'), fc.string({ maxLength: 20 })), fc.oneof(fc.constant('application/json'), junk), { maxKeys: 4 }),
  body: fc.option(junk, { nil: null }),
  bodyType: fc.string({ maxLength: 10 }),
  response: fc.option(fc.record({ status: fc.integer({ min: -1, max: 999 }), body: fc.option(junk, { nil: null }) }), { nil: null }),
  failure: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  startedAt: fc.double(),
});

describe('decodeCapture never throws', () => {
  it('on arbitrary strings in body, url, headers and response body; output always matches the model', () => {
    fc.assert(
      fc.property(request, (req) => {
        const out = decodeCapture(req, { id: 'x', now: 1 });
        for (const c of out) expect(CaptureSchema.safeParse(c).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on values of the wrong type (the page world is untrusted)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (junkValue, obj) => {
        expect(() => decodeCapture(junkValue as HookRequest)).not.toThrow();
        expect(() => decodeCapture(obj as unknown as HookRequest)).not.toThrow();
        expect(() => decodeCapture({ ...(obj as object), url: 'https://graph.facebook.com/v22.0/', body: junkValue } as HookRequest)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('on a 1 MB body within bounded time', () => {
    const big = 'batch=' + encodeURIComponent(JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ method: 'POST', relative_url: `act_${i}/adsets`, body: 'optimization_goal=A&billing_event=B' }))));
    const deep = '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000);
    const t0 = Date.now();
    expect(() => decodeCapture({ transport: 'fetch', method: 'POST', url: 'https://graph.facebook.com/v22.0/', headers: {}, body: big.slice(0, 1_000_000), bodyType: 'string', response: { status: 200, body: deep }, failure: null, startedAt: 0 })).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
