import { describe, expect, it } from 'vitest';
import { parseApiRequest } from '../../../lib/request';

const TOKEN = 'EAAGm0PX4ZCpsBAFakeUserTokenForTests0ZDZD';
const URL = 'https://graph.facebook.com/v20.0/act_1187654321098765/adsets';

function ok(input: string) {
  const r = parseApiRequest(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  expect(r.format).toBe('curl');
  return r;
}

describe('cURL data options → fields', () => {
  it.each([
    [`curl -X POST '${URL}' -d 'name=A+B' -d status=PAUSED`, { name: 'A B', status: 'PAUSED' }],
    [`curl '${URL}' --data 'name=x&status=ACTIVE'`, { name: 'x', status: 'ACTIVE' }],
    [`curl '${URL}' --data-raw 'name=%40x'`, { name: '@x' }],
    [`curl '${URL}' --data-binary 'name=x'`, { name: 'x' }],
    [`curl '${URL}' --data-ascii 'name=x'`, { name: 'x' }],
    [`curl '${URL}' --data-urlencode 'name=A+B & C=100%'`, { name: 'A+B & C=100%' }],
    [`curl '${URL}' --data-urlencode 'promoted_object={"page_id":"1","whatsapp_phone_number":"+77006353580"}'`, {
      promoted_object: { page_id: '1', whatsapp_phone_number: '+77006353580' },
    }],
    [`curl '${URL}' -F 'name=x' --form 'status=PAUSED'`, { name: 'x', status: 'PAUSED' }],
    [`curl '${URL}' -F 'name="a;b"' -F 'status=PAUSED;type=text/plain'`, { name: 'a;b', status: 'PAUSED' }],
    [`curl '${URL}' --form-string 'name=@literal'`, { name: '@literal' }],
    [`curl '${URL}?name=fromquery&status=PAUSED' -X POST`, { name: 'fromquery', status: 'PAUSED' }],
    [`curl -G '${URL}' -d name=x`, { name: 'x' }],
    [`curl '${URL}' -H 'Content-Type: application/json' -d '{"name":"x","daily_budget":1000,"campaign_id":120234472620180097}'`, {
      name: 'x',
      daily_budget: 1000,
      campaign_id: '120234472620180097',
    }],
    [`curl '${URL}' --json '{"name":"x"}'`, { name: 'x' }],
    [`curl -sSL -XPOST '${URL}' -dname=x --compressed -H 'Accept: */*'`, { name: 'x' }],
    [`curl -X POST \\\n  "${URL}" \\\n  -d "name=Test Ad Set" \\\n  -d "targeting={\\"geo_locations\\":{\\"countries\\":[\\"KZ\\"]}}"`, {
      name: 'Test Ad Set',
      targeting: { geo_locations: { countries: ['KZ'] } },
    }],
    [`curl ^"${URL}^" ^\n  --data-raw ^"name=x^&status=PAUSED^"`, { name: 'x', status: 'PAUSED' }],
    [`curl $'${URL}' --data-urlencode $'name=line1\\nline2 \\'q\\''`, { name: "line1\nline2 'q'" }],
    [`$ curl '${URL}' -d name=x`, { name: 'x' }],
  ])('%s', (input, fields) => {
    expect(ok(input).request.fields).toEqual(fields);
  });
});

describe('cURL URL, method, version, account', () => {
  it.each([
    [`curl -X POST '${URL}' -d name=x`, { apiVersion: 'v20.0', adAccountId: '1187654321098765', method: 'POST', host: 'graph.facebook.com' }],
    [`curl 'https://graph.facebook.com/act_1/adsets' -d name=x`, { apiVersion: null, adAccountId: '1', method: 'POST' }],
    [`curl graph.facebook.com/v21.0/act_2/adsets -d name=x`, { apiVersion: 'v21.0', adAccountId: '2', host: 'graph.facebook.com' }],
    [`curl -d name=x 'https://adsmanager-graph.facebook.com/v22.0/act_3/adsets?method=post&locale=ru_RU'`, {
      apiVersion: 'v22.0',
      adAccountId: '3',
      host: 'adsmanager-graph.facebook.com',
      transport: { method: 'post', locale: 'ru_RU' },
    }],
    [`curl -X POST "https://graph.facebook.com/v20.0/act_{ad_account_id}/adsets" -d name=x`, { adAccountId: null }],
  ])('%s', (input, expected) => {
    expect(ok(input).request).toMatchObject(expected);
  });
});

describe('the access token is extracted and removed', () => {
  it.each([
    [`curl '${URL}' -d access_token=${TOKEN} -d name=x`],
    [`curl '${URL}?access_token=${TOKEN}' -d name=x`],
    [`curl '${URL}' -H 'Authorization: Bearer ${TOKEN}' -d name=x`],
    [`curl '${URL}' -H 'authorization: OAuth ${TOKEN}' -d name=x`],
    [`curl '${URL}' --oauth2-bearer ${TOKEN} -d name=x`],
    [`curl '${URL}' -F access_token=${TOKEN} -F name=x`],
    [`curl '${URL}' -H 'Content-Type: application/json' -d '{"access_token":"${TOKEN}","name":"x"}'`],
  ])('%s', (input) => {
    const r = ok(input);
    expect(r.token).toBe(TOKEN);
    expect(r.request.fields).toEqual({ name: 'x' });
    expect(JSON.stringify(r.request)).not.toContain(TOKEN);
  });

  it.each([['{token}'], ['$ACCESS_TOKEN'], ['<ACCESS_TOKEN>'], ['YOUR_ACCESS_TOKEN'], ['{user_access_token}']])(
    'placeholder %s → token null + warning',
    (placeholder) => {
      const r = ok(`curl '${URL}' -d 'access_token=${placeholder}' -d name=x`);
      expect(r.token).toBeNull();
      expect(r.warnings).toContainEqual({ key: 'requestWarnTokenPlaceholder', subs: [placeholder] });
    },
  );

  it('two different tokens → the first, with a warning', () => {
    const other = TOKEN.replace('Fake', 'Other');
    const r = ok(`curl '${URL}?access_token=${TOKEN}' -d access_token=${other} -d name=x`);
    expect(r.token).toBe(TOKEN);
    expect(r.warnings).toContainEqual({ key: 'requestWarnSeveralTokens', subs: ['2'] });
  });

  it('secret transport fields are redacted, not kept', () => {
    const r = ok(`curl '${URL}' -d fb_dtsg=SECRETVALUE -d appsecret_proof=abc -d __user=1 -d name=x`);
    expect(r.request.transport).toEqual({ fb_dtsg: '[redacted]', appsecret_proof: '[redacted]', __user: '1' });
    expect(JSON.stringify(r)).not.toContain('SECRETVALUE');
  });
});

describe('cURL warnings', () => {
  it.each([
    [`curl '${URL}' -d @body.txt -d name=x`, { key: 'requestWarnFileReference', subs: ['--data', '@body.txt'] }],
    [`curl '${URL}' --data-urlencode name@file.txt -d status=PAUSED`, { key: 'requestWarnFileReference', subs: ['--data-urlencode', 'name@file.txt'] }],
    [`curl '${URL}' -F 'image=@photo.jpg' -F name=x`, { key: 'requestWarnFileReference', subs: ['--form', 'image=@photo.jpg'] }],
    [`curl '${URL}' --frobnicate -d name=x`, { key: 'requestWarnUnknownOption', subs: ['--frobnicate'] }],
    [`curl -d name=x`, { key: 'requestWarnNoUrl' }],
    [`curl '${URL}' -d '{"name":"x"}'`, { key: 'requestWarnJsonWithoutContentType' }],
    [`curl -X GET '${URL}' -d name=x`, { key: 'requestWarnMethod', subs: ['GET'] }],
    [`curl 'https://graph.facebook.com/v20.0/act_1/insights' -d name=x`, { key: 'requestWarnNotAdsetsPath', subs: ['/v20.0/act_1/insights'] }],
    [`curl '${URL}' -d name=x -d name=y`, { key: 'requestWarnDuplicateField', subs: ['name'] }],
    [`curl '${URL}' -d name=x | jq .`, { key: 'requestWarnTrailingText', subs: ['1'] }],
    [`curl '${URL}' -d 'promoted_object={"page_id":"1","whatsapp_phone_number":"+77006353580"}'`, {
      key: 'requestWarnPlusInData',
      subs: ['promoted_object', '{"page_id":"1","whatsapp_phone_number":" 77006353580"}'],
    }],
    [`curl '${URL}' -d 'targeting={not json'`, { key: 'requestWarnFieldNotJson', subs: ['targeting'] }],
  ])('%s', (input, warning) => {
    expect(ok(input).warnings).toContainEqual(warning);
  });
});

describe('cURL errors', () => {
  it.each([
    [`curl '${URL}' \\\n  -d name=x \\\n  -d 'status=ACTIVE`, 3, 'requestUnterminatedQuote'],
    [`curl '${URL}' -d`, 1, 'requestCurlMissingValue'],
    [`curl '${URL}' \\\n -H 'Content-Type: application/json' \\\n -d '{"name": "x",\n "status": }'`, 4, 'requestSyntaxUnexpectedChar'],
    [`curl '${URL}'`, undefined, 'requestNoParameters'],
  ])('%s → line %s, %s', (input, line, key) => {
    const r = parseApiRequest(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.key).toBe(key);
    expect(r.line).toBe(line);
  });
});
