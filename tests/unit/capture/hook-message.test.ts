import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodeHookMessage, HOOK_SOURCE, HookMessageSchema, MAX_BODY, MAX_HOOK_MESSAGE, MAX_RESPONSE, MAX_URL } from '../../../lib/capture';

const valid = {
  source: HOOK_SOURCE,
  v: 1,
  transport: 'fetch',
  method: 'POST',
  url: 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: 'name=x',
  bodyType: 'string',
  response: { status: 200, body: '{"id":"1"}' },
  failure: null,
  startedAt: 1,
};

describe('HookMessageSchema', () => {
  it('accepts a well-formed message', () => {
    expect(HookMessageSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts the size limits exactly', () => {
    const headers = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}`.padEnd(256, 'h'), 'v'.repeat(8192)]));
    const msg = { ...valid, headers, url: `https://graph.facebook.com/v22.0/act_1/adsets?p=${'h'.repeat(MAX_URL - 48)}`, body: 'b'.repeat(MAX_BODY), response: { status: 200, body: 'r'.repeat(MAX_RESPONSE) } };
    expect(HookMessageSchema.safeParse(msg).success).toBe(true);
  });

  const manyHeaders = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`h${i}`, 'v']));
  it.each([
    ['another source', { source: 'someone-else' }],
    ['another version', { v: 2 }],
    ['an unknown transport', { transport: 'beacon' }],
    ['a URL over 8 KB', { url: 'h'.repeat(MAX_URL + 1) }],
    ['a body over 1 MB', { body: 'b'.repeat(MAX_BODY + 1) }],
    ['a response over the cap', { response: { status: 200, body: 'r'.repeat(MAX_RESPONSE + 1) } }],
    ['51 headers', { headers: manyHeaders }],
    ['a non-string header value', { headers: { a: 1 } }],
    ['headers as an array', { headers: [] }],
    ['headers as null', { headers: null }],
    ['a 257-character header name', { headers: { ['h'.repeat(257)]: 'v' } }],
    ['an 8193-character header value', { headers: { a: 'v'.repeat(8193) } }],
    ['a 17-character method', { method: 'POSTPOSTPOSTPOSTP' }],
    ['an empty method', { method: '' }],
    ['a non-integer status', { response: { status: 200.5, body: null } }],
    ['a negative status', { response: { status: -1, body: null } }],
    ['a status over 999', { response: { status: 1000, body: null } }],
    ['an infinite startedAt', { startedAt: Infinity }],
    ['a numeric body', { body: 42 }],
  ])('rejects %s', (_name, patch) => {
    expect(HookMessageSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it.each([null, undefined, 'string', 42, [], {}])('rejects %j', (junk) => {
    expect(HookMessageSchema.safeParse(junk).success).toBe(false);
  });
});

describe('HookMessageSchema: only Meta Graph/GraphQL URLs', () => {
  const base = {
    source: 'ads-api-inspector-hook',
    v: 1,
    transport: 'fetch',
    method: 'POST',
    headers: {},
    body: 'a=1',
    bodyType: 'string',
    response: null,
    failure: null,
    startedAt: 1,
  };
  it.each([
    ['https://adsmanager-graph.facebook.com/v22.0/act_1/adsets', true],
    ['https://adsmanager.facebook.com/api/graphql/', true],
    ['https://evil.example/v22.0/act_1/adsets', false],
    ['https://facebook.com.evil.example/v22.0/act_1/adsets', false],
  ])('%s → %s', (url, ok) => {
    expect(HookMessageSchema.safeParse({ ...base, url }).success).toBe(ok);
  });
});

// The bridge forwards the hook's JSON text unparsed; the background trusts nothing in it until this accepts it.
describe('decodeHookMessage: what the background accepts from the bridge', () => {
  const { source: _s, v: _v, ...req } = valid;

  it('gives the request inside a well-formed message, without the tag', () => {
    expect(decodeHookMessage(JSON.stringify(valid))).toEqual(req);
  });

  it('drops members the schema does not name, `__proto__` included, without polluting anything', () => {
    const text = JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"polluted":true},"extra":1,');
    const out = decodeHookMessage(text);
    expect(out).toEqual(req);
    expect(Object.keys(out!)).not.toContain('__proto__');
    expect('polluted' in {}).toBe(false);
  });

  it.each([
    ['a parsed object instead of text', valid],
    ['a number', 42],
    ['null', null],
    ['not JSON', '{"source":'],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string holding the message', JSON.stringify(JSON.stringify(valid))],
    ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['another source', JSON.stringify({ ...valid, source: 'someone-else' })],
    ['a body over MAX_BODY', JSON.stringify({ ...valid, body: 'b'.repeat(MAX_BODY + 1) })],
  ])('refuses %s', (_what, input) => {
    expect(decodeHookMessage(input)).toBeNull();
  });

  it('refuses text longer than MAX_HOOK_MESSAGE before parsing it', () => {
    const text = JSON.stringify(valid).replace('"startedAt":1', `"startedAt":1${' '.repeat(MAX_HOOK_MESSAGE)}`);
    expect(JSON.parse(text)).toEqual(valid);
    expect(decodeHookMessage(text)).toBeNull();
  });

  it('never throws, and whatever it accepts is a message the schema accepts (any JSON, any text)', () => {
    const messageLike = fc.record({
      source: fc.oneof(fc.constant(HOOK_SOURCE), fc.string()),
      v: fc.oneof(fc.constant(1), fc.integer()),
      transport: fc.constantFrom('fetch', 'xhr', 'beacon'),
      method: fc.string({ maxLength: 20 }),
      url: fc.oneof(fc.constant(valid.url), fc.webUrl()),
      headers: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
      body: fc.option(fc.string()),
      bodyType: fc.string(),
      response: fc.option(fc.record({ status: fc.oneof(fc.integer(), fc.double()), body: fc.option(fc.string()) })),
      failure: fc.option(fc.string()),
      startedAt: fc.oneof(fc.integer(), fc.double()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), messageLike.map((m) => JSON.stringify(m))), (text) => {
        const out = decodeHookMessage(text);
        if (out !== null) expect(HookMessageSchema.safeParse({ source: HOOK_SOURCE, v: 1, ...out }).success).toBe(true);
      }),
    );
  });

  it('gives back exactly the request the hook sent, whatever its strings hold', () => {
    const request = fc.record({
      transport: fc.constantFrom('fetch' as const, 'xhr' as const),
      method: fc.string({ minLength: 1, maxLength: 16 }),
      url: fc.constantFrom(valid.url, 'https://graph.facebook.com/v22.0/', 'https://business.facebook.com/api/graphql/'),
      headers: fc.dictionary(fc.string({ maxLength: 20 }).filter((k) => k !== '__proto__'), fc.string(), { maxKeys: 50 }),
      body: fc.option(fc.string({ unit: 'binary' })),
      bodyType: fc.string({ maxLength: 64 }),
      response: fc.option(fc.record({ status: fc.integer({ min: 0, max: 999 }), body: fc.option(fc.string({ unit: 'binary' })) })),
      failure: fc.option(fc.string({ maxLength: 256 })),
      startedAt: fc.integer(),
    });
    fc.assert(
      fc.property(request, (r) => {
        expect(decodeHookMessage(JSON.stringify({ source: HOOK_SOURCE, v: 1, ...r }))).toEqual(r);
      }),
    );
  });
});
