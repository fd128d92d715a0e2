import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdsetRequestSchema } from '../../../lib/model';
import { parseApiRequest, parseHar, toCurl } from '../../../lib/request';
import { expectBounded, fuzz, mutated, withinDeadline } from './guard';

/**
 * parseApiRequest reads whatever the user pastes (cURL from any shell, JSON, form strings, Graph Explorer URLs,
 * SDK params, HAR files): never throws, answers quickly, and its result is a valid request or a localised error.
 */

const TOKEN = 'EAAGm0PX4ZCpsBAFakeFuzzToken0ZDZD';
const FIELDS = {
  name: 'Test Ad Set',
  campaign_id: '120234472620180097',
  daily_budget: 1000,
  billing_event: 'IMPRESSIONS',
  optimization_goal: 'CONVERSATIONS',
  destination_type: 'WHATSAPP',
  promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+7 700 635 3580' },
  targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18 },
};
const URL = 'https://graph.facebook.com/v20.0/act_1187654321098765/adsets';
const form = new URLSearchParams(
  Object.entries({ ...FIELDS, access_token: TOKEN }).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
).toString();

/** One valid input per format the parser knows. */
const VALID = [
  toCurl({ apiVersion: 'v20.0', adAccountId: '1187654321098765', method: 'POST', host: 'graph.facebook.com', fields: FIELDS, transport: {} }, { token: TOKEN }),
  `curl -X POST "${URL}" -H "Authorization: Bearer ${TOKEN}" -d 'name=A' -d 'promoted_object={"page_id":"1"}' --data-urlencode 'targeting={"geo_locations":{"countries":["KZ"]}}'`,
  `curl ^"${URL}^" ^\n  -H ^"content-type: application/json^" ^\n  --data-raw ^"{^\\^"name^\\^":^\\^"A^\\^"}^"`,
  `curl.exe -X POST '${URL}' --data-binary $'name=A\\nB&access_token=${TOKEN}'`,
  JSON.stringify({ url: URL, access_token: TOKEN, ...FIELDS }, null, 2),
  JSON.stringify(FIELDS),
  `${URL}?${form}`,
  `POST act_1187654321098765/adsets?${form}`,
  form,
  `params = {\n  'name': 'Test',\n  'optimization_goal': AdSet.OptimizationGoal.conversations,\n  'promoted_object': {'page_id': '1', 'whatsapp_phone_number': '+77006353580'},\n  'daily_budget': 1000,\n  'is_dynamic': True,\n}`,
  JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        { request: { method: 'GET', url: 'https://graph.facebook.com/v20.0/me', headers: [] } },
        {
          startedDateTime: '2026-11-24T10:00:00Z',
          request: {
            method: 'POST',
            url: URL,
            headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
            postData: { mimeType: 'application/x-www-form-urlencoded', text: form, params: [] },
          },
          response: { status: 400, content: { text: '{"error":{"code":100,"error_subcode":2446885}}' } },
        },
      ],
    },
  }),
];

const piece = fc.constantFrom(
  'curl ', ' -d ', ' --data ', ' -H ', ' -X POST ', '\\\n', '^\n', '`\n', "'", '"', '$\'', '\\', '^"', '^\\^"', '{', '}', '[', ']', ':', ',', '=', '&', '%', '%7B',
  '#', ';', '|', '$(', '${', '\0', '\uFEFF', '\u2028', '"log":', '"entries":', '"postData":', 'access_token=', 'act_', '/adsets', 'True', 'None', "'''",
);

const arbitraryInput = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.constantFrom('', 'curl ', 'curl -X POST ', '{', '[', 'POST ', 'params = {', 'name=', '{"log":', "$'", '^"', 'https://graph.facebook.com/v20.0/'), fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 80 }))
    .map(([p, parts]) => p + parts.join('')),
);
const nearValid = fc.constantFrom(...VALID).chain((s) => mutated(s, piece));

function check(input: string): void {
  const r = withinDeadline('parseApiRequest', () => parseApiRequest(input));
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(AdsetRequestSchema.safeParse(r.request).success).toBe(true);
    // The token is offered separately, never left in the request.
    if (r.token && r.token.length >= 8) expect(JSON.stringify(r.request)).not.toContain(r.token);
  } else {
    expect(r.error.key).toMatch(/^request[A-Z]/);
  }
  expectBounded(r, input.length);
}

describe('fuzz: parseApiRequest', () => {
  it('the valid inputs parse (so the mutations start from real inputs)', () => {
    for (const v of VALID) expect(parseApiRequest(v).ok, v.slice(0, 60)).toBe(true);
  });
  it('arbitrary strings', () => fuzz([arbitraryInput], check));
  it('near-valid cURL / JSON / form / Explorer / params / HAR, mutated', () => fuzz([nearValid], check));
  it('parseHar on arbitrary JSON in HAR places', () =>
    fuzz([fc.jsonValue({ maxDepth: 3 })], (v) => {
      const har = JSON.stringify({ log: { entries: [v, { request: v }, { request: { method: 'POST', url: URL, postData: v } }] } });
      const out = withinDeadline('parseHar', () => parseHar(har));
      expect(Array.isArray(out)).toBe(true);
      expectBounded(out, har.length);
    }));
});
