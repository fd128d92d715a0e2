import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdsetRequestSchema } from '../../../lib/model';
import { CODE_LANGUAGES, loadCodeReader, parseApiRequest, parseHar, toCurl } from '../../../lib/request';
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

const CODE_DIR = join(__dirname, '../../fixtures/code');
/** SDK code in five languages (tests/fixtures/code), and the other shapes people paste. */
const CODE = readdirSync(CODE_DIR).map((f) => readFileSync(join(CODE_DIR, f), 'utf8'));

/** One valid input per format the parser knows. */
const VALID = [
  ...CODE,
  `const { data } = await axios.post(\`https://graph.facebook.com/\${V}/act_\${ID}/adsets\`, new URLSearchParams({ name: n, campaign_id, promoted_object: JSON.stringify({ page_id: P }) }), { headers: { Authorization: \`Bearer \${t}\` } });`,
  `await fetch(URL_BASE + '/act_1/adsets', { method: 'POST', body: JSON.stringify({ ...base, name: nombreBase, access_token: '${TOKEN}' }) });`,
  `curl -X POST \\\n  https://graph.facebook.com/v25.0/act_<AD_ACCOUNT_ID>/adsets \\\n  -F 'name=My Ad Set' \\\n  -F 'campaign_id=<CAMPAIGN_ID>' \\\n  -F access_token=<ACCESS_TOKEN>`,
  `POST /v20.0/act_1187654321098765/adsets HTTP/1.1\r\nHost: graph.facebook.com\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${form}`,
  JSON.stringify({
    info: { schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    variable: [{ key: 'v', value: 'v20.0' }],
    item: [{ name: 'x', request: { method: 'POST', url: { raw: 'https://graph.facebook.com/{{v}}/act_{{acct}}/adsets' }, body: { mode: 'urlencoded', urlencoded: [{ key: 'name', value: '{{n}}' }, { key: 'status', value: 'PAUSED' }] } } }],
  }),
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
  // Code: calls, SDK constants, interpolation, PHP/Ruby/Java syntax, placeholders.
  '(', ')', '.', '->', '::', '=>', '...', '**', '`', '#{', '{$', 'f"', '<?php', 'new ', 'AdSet.Field.', 'AdSetFields::', '.set', '.execute()',
  'createAdSet(', 'create_ad_set(', '.adsets.create(', 'do |c|', 'end', '<AD_ACCOUNT_ID>', '{{x}}', ' HTTP/1.1\n', '\n\n',
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
  // Every grammar loaded, so code reaches its reader instead of "loading".
  beforeAll(async () => {
    for (const lang of CODE_LANGUAGES) await loadCodeReader(lang);
  });
  it('the valid inputs parse (so the mutations start from real inputs)', () => {
    for (const v of VALID) expect(parseApiRequest(v).ok, v.slice(0, 60)).toBe(true);
  });
  it('arbitrary strings', () => fuzz([arbitraryInput], check));
  it('near-valid cURL / JSON / form / Explorer / params / HAR / SDK code / raw HTTP / Postman, mutated', () => fuzz([nearValid], check));
  it('parseHar on arbitrary JSON in HAR places', () =>
    fuzz([fc.jsonValue({ maxDepth: 3 })], (v) => {
      const har = JSON.stringify({ log: { entries: [v, { request: v }, { request: { method: 'POST', url: URL, postData: v } }] } });
      const out = withinDeadline('parseHar', () => parseHar(har));
      expect(Array.isArray(out)).toBe(true);
      expectBounded(out, har.length);
    }));
});
