import { describe, expect, it } from 'vitest';
import { detectFormat, parseApiRequest } from '../../../lib/request';

const TOKEN = 'EAAGm0PX4ZCpsBAFakeUserTokenForTests0ZDZD';

describe('detectFormat', () => {
  it.each([
    ['curl -X POST https://x', 'curl'],
    ['  $ curl https://x', 'curl'],
    ['# create the ad set\ncurl https://x', 'curl'],
    ['curl.exe https://x', 'curl'],
    ['{"name": "x"}', 'json'],
    ['{ "log": { "version": "1.2", "entries": [] } }', 'har'],
    ["params = {'name': 'x'}", 'params'],
    ["const params = { name: 'x' };", 'params'],
    ['POST act_1/adsets?name=x', 'explorer'],
    ['post /v20.0/act_1/adsets', 'explorer'],
    ['https://graph.facebook.com/v20.0/act_1/adsets?name=x', 'explorer'],
    ['v20.0/act_1/adsets?name=x', 'explorer'],
    ['act_1/adsets?name=x', 'explorer'],
    ['name=x&status=PAUSED', 'form'],
    ['hello world', null],
    ['', null],
  ])('%j → %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});

describe('JSON and SDK params', () => {
  it.each([
    ['{"name": "x", "daily_budget": 1000}', 'json', { name: 'x', daily_budget: 1000 }],
    ['{"promoted_object": "{\\"page_id\\":\\"1\\"}"}', 'json', { promoted_object: { page_id: '1' } }],
    ['{"campaign_id": 120234472620180097}', 'json', { campaign_id: '120234472620180097' }],
    ["{ 'name': 'x', 'promoted_object': { 'page_id': '1', }, }", 'params', { name: 'x', promoted_object: { page_id: '1' } }],
    ["params = {\n  'name': 'x',  # Python comment\n  'is_dynamic_creative': False,\n  'bid_amount': None,\n}", 'params', {
      name: 'x',
      is_dynamic_creative: false,
      bid_amount: null,
    }],
    ["const params = {\n  name: 'x', // JS comment\n  [AdSet.Fields.status]: AdSet.Status.paused,\n};", 'params', { name: 'x', status: 'PAUSED' }],
    ['{AdSet.Field.optimization_goal: AdSet.OptimizationGoal.conversations, AdSet.Field.destination_type: "WHATSAPP"}', 'params', {
      optimization_goal: 'CONVERSATIONS',
      destination_type: 'WHATSAPP',
    }],
  ])('%s', (input, format, fields) => {
    const r = parseApiRequest(input);
    expect(r).toMatchObject({ ok: true, format });
    if (r.ok) expect(r.request.fields).toEqual(fields);
  });

  it.each([
    [{ url: 'https://graph.facebook.com/v20.0/act_9/adsets', body: { name: 'x', access_token: TOKEN } }, { apiVersion: 'v20.0', adAccountId: '9' }],
    [{ url: 'https://graph.facebook.com/v20.0/act_9/adsets', body: `name=x&access_token=${TOKEN}` }, { adAccountId: '9' }],
    [{ method: 'post', url: 'https://graph.facebook.com/v19.0/act_9/adsets', data: { name: 'x' }, headers: { Authorization: `Bearer ${TOKEN}` } }, { apiVersion: 'v19.0' }],
    [{ uri: 'https://graph.facebook.com/v20.0/act_9/adsets', form: { name: 'x' }, qs: { access_token: TOKEN } }, { adAccountId: '9' }],
  ])('wrapper %j', (input, expected) => {
    const r = parseApiRequest(JSON.stringify(input));
    expect(r).toMatchObject({ ok: true, format: 'json', request: { ...expected, fields: { name: 'x' } } });
    if (r.ok && JSON.stringify(input).includes(TOKEN)) expect(r.token).toBe(TOKEN);
  });

  it('a params object that happens to have "name" is not a wrapper', () => {
    const r = parseApiRequest('{"name": "x", "status": "PAUSED"}');
    expect(r).toMatchObject({ ok: true, request: { fields: { name: 'x', status: 'PAUSED' } } });
  });

  it('__proto__ is an ordinary key', () => {
    const r = parseApiRequest('{"__proto__": {"polluted": true}, "name": "x"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.keys(r.request.fields)).toEqual(['__proto__', 'name']);
  });
});

describe('form strings and Graph API Explorer', () => {
  it.each([
    [`name=A+B&promoted_object=%7B%22page_id%22%3A%221%22%7D&access_token=${TOKEN}`, 'form', { name: 'A B', promoted_object: { page_id: '1' } }, null],
    ['name=x\nstatus=PAUSED', 'form', { name: 'x', status: 'PAUSED' }, null],
    [`POST act_1/adsets?name=x&access_token=${TOKEN}`, 'explorer', { name: 'x' }, { adAccountId: '1', apiVersion: null, host: 'graph.facebook.com' }],
    ['POST /v20.0/act_1/adsets\nname=x\npromoted_object: {"page_id": "1"}\nstatus = "PAUSED"', 'explorer', {
      name: 'x',
      promoted_object: { page_id: '1' },
      status: 'PAUSED',
    }, { apiVersion: 'v20.0' }],
    ['POST /v20.0/act_1/adsets\n{\n  "name": "x"\n}', 'explorer', { name: 'x' }, null],
    ['POST v20.0/act_1/adsets\nname=x&status=PAUSED', 'explorer', { name: 'x', status: 'PAUSED' }, null],
    ['https://graph.facebook.com/v20.0/act_1/adsets?name=x', 'explorer', { name: 'x' }, { method: 'POST' }],
  ])('%j', (input, format, fields, request) => {
    const r = parseApiRequest(input);
    expect(r).toMatchObject({ ok: true, format, request: { fields, ...(request ?? {}) } });
  });
});

describe('bad input → a precise message, never an exception', () => {
  it.each([
    ['', 'requestEmpty', undefined],
    ['   \n  ', 'requestEmpty', undefined],
    ['hello world', 'requestUnrecognised', undefined],
    ['{"name": "x",\n "status": "PAUSED"\n', 'requestSyntaxUnexpectedEnd', 2],
    ['\n\n{"name": "x",\n "status": }', 'requestSyntaxUnexpectedChar', 4],
    ['\n\nPOST /v20.0/act_1/adsets\nname=x\njust words', 'requestExplorerBadParamLine', 5],
    ['{\n  "name": "x,\n}', 'requestSyntaxUnterminatedString', 2],
    ['{"name": "x"} trailing', 'requestSyntaxTrailing', 1],
    ['[1, 2]', 'requestNotAnObject', undefined],
    ['{}', 'requestNoParameters', undefined],
    ['params = {\n  "a": 1,\n  "b": ?\n}', 'requestSyntaxUnexpectedChar', 3],
    ['POST /v20.0/act_1/adsets\nname=x\njust words', 'requestExplorerBadParamLine', 3],
    ['POST /v20.0/act_1/adsets\n{\n "name": \n}', 'requestSyntaxUnexpectedChar', 4],
    ['{"log": {"entries": []}}', 'requestHarNoAdsets', undefined],
  ])('%j → %s (line %s)', (input, key, line) => {
    const r = parseApiRequest(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.key).toBe(key);
    expect(r.line).toBe(line);
  });

  it('deep nesting is refused, not a stack overflow', () => {
    const r = parseApiRequest('{"a":' + '['.repeat(100_000));
    expect(r).toMatchObject({ ok: false, error: { key: 'requestSyntaxTooDeep' } });
  });
});
