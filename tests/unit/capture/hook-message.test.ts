import { describe, it, expect } from 'vitest';
import { HOOK_SOURCE, HookMessageSchema, hookRequestOf, MAX_BODY, MAX_RESPONSE, MAX_URL } from '../../../lib/capture';

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
  it('accepts a well-formed message and hookRequestOf drops the tag', () => {
    const parsed = HookMessageSchema.parse(valid);
    const { source: _s, v: _v, ...req } = valid;
    expect(hookRequestOf(parsed)).toEqual(req);
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
