import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApiRequest } from '../../../lib/request';

/**
 * One realistic sample per shape people paste, each with values that come from variables: what is recovered, and
 * what is listed as unresolved (field ← source, in input order), checked exactly.
 */
const sample = (file: string) => readFileSync(join(__dirname, '../../fixtures/code', file), 'utf8');

/** The literal part every SDK sample writes (tests/fixtures/code/*). */
const SDK_FIELDS = {
  daily_budget: 1000,
  billing_event: 'IMPRESSIONS',
  optimization_goal: 'CONVERSATIONS',
  destination_type: 'WHATSAPP',
  promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
  targeting: { geo_locations: { countries: ['KZ'] } },
  status: 'ACTIVE',
};

const TOKEN = 'EAAGm0PX4ZCpsBAFakeUserTokenForCodeShapes0ZDZD';

interface Case {
  shape: string;
  input: string;
  format: string;
  fields: Record<string, unknown>;
  unresolved: [string, string][];
  apiVersion?: string | null;
  adAccountId?: string | null;
  token?: string | null;
}

const CASES: Case[] = [
  {
    shape: 'Python SDK: create_ad_set(params=…), AdSet.Field keys, enum constants, FacebookAdsApi.init',
    input: sample('python-sdk.py'),
    format: 'sdk-python',
    fields: SDK_FIELDS,
    apiVersion: 'v20.0',
    unresolved: [
      ['access_token', "os.environ['META_ACCESS_TOKEN']"],
      ['name', "f'CTWA {city}'"],
      ['campaign_id', 'campaign_id'],
      ['ad_account_id', 'ad_account_id'],
    ],
  },
  {
    shape: 'Node SDK: new AdAccount(id).createAdSet([], params), [AdSet.Fields.x] keys, shorthand property',
    input: sample('node-sdk.js'),
    format: 'sdk-node',
    fields: SDK_FIELDS,
    unresolved: [
      ['access_token', 'process.env.META_ACCESS_TOKEN'],
      ['name', '`CTWA ${city}`'],
      ['campaign_id', 'campaign_id'],
      ['ad_account_id', 'adAccountId'],
    ],
  },
  {
    shape: 'PHP SDK: array(…) with AdSetFields::X => …Values::Y, nested [...], Api::init',
    input: sample('php-sdk.php'),
    format: 'sdk-php',
    fields: SDK_FIELDS,
    unresolved: [
      ['access_token', '$access_token'],
      ['ad_account_id', '$ad_account_id'],
      ['name', '"CTWA {$city}"'],
      ['campaign_id', '$campaign_id'],
    ],
  },
  {
    shape: 'PHP SDK in [...] syntax with a variable page and a spread',
    input: `$params = [
  AdSetFields::NAME => 'CTWA',
  AdSetFields::OPTIMIZATION_GOAL => AdSetOptimizationGoalValues::CONVERSATIONS,
  AdSetFields::PROMOTED_OBJECT => ['page_id' => $pageId, 'whatsapp_phone_number' => '+77006353580'],
  AdSetFields::TARGETING => ['geo_locations' => ['countries' => ['KZ']], 'age_min' => 18],
];
$params[AdSetFields::CAMPAIGN_ID] = $campaign->id;
$adSet = (new AdAccount('act_1187654321098765'))->createAdSet([], $params);`,
    format: 'sdk-php',
    adAccountId: '1187654321098765',
    fields: {
      name: 'CTWA',
      optimization_goal: 'CONVERSATIONS',
      promoted_object: { whatsapp_phone_number: '+77006353580' },
      targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18 },
    },
    unresolved: [
      ['promoted_object.page_id', '$pageId'],
      ['campaign_id', '$campaign->id'],
    ],
  },
  {
    shape: 'Java SDK: createAdSet() builder with setters, EnumX.VALUE_Y, setPromotedObject("{…}"), new APIContext',
    input: sample('java-sdk.java'),
    format: 'sdk-java',
    fields: SDK_FIELDS,
    unresolved: [
      ['access_token', 'System.getenv("META_ACCESS_TOKEN")'],
      ['ad_account_id', 'adAccountId'],
      ['name', '"CTWA " + city'],
      ['campaign_id', 'campaignId'],
    ],
  },
  {
    shape: 'Ruby SDK: ad_account.adsets.create({name: …}), FacebookAds.configure',
    input: sample('ruby-sdk.rb'),
    format: 'sdk-ruby',
    fields: SDK_FIELDS,
    unresolved: [
      ['access_token', "ENV['META_ACCESS_TOKEN']"],
      ['ad_account_id', 'ad_account_id'],
      ['name', '"CTWA #{city}"'],
      ['campaign_id', 'campaign.id'],
    ],
  },
  {
    shape: 'axios.post with a template-literal URL, URLSearchParams body, JSON.stringify, Bearer header',
    input: `const API_VERSION = 'v20.0';
const { data } = await axios.post(
  \`https://graph.facebook.com/\${API_VERSION}/act_\${AD_ACCOUNT_ID}/adsets\`,
  new URLSearchParams({
    name: 'CTWA test',
    campaign_id: campaignId,
    daily_budget: String(Math.round(budget * 100)),
    optimization_goal: 'CONVERSATIONS',
    promoted_object: JSON.stringify({ page_id: PAGE_ID, whatsapp_phone_number: '+77006353580' }),
  }),
  { headers: { Authorization: \`Bearer \${token}\` } },
);`,
    format: 'http-js',
    apiVersion: 'v20.0',
    fields: { name: 'CTWA test', optimization_goal: 'CONVERSATIONS', promoted_object: { whatsapp_phone_number: '+77006353580' } },
    unresolved: [
      ['ad_account_id', 'AD_ACCOUNT_ID'],
      ['campaign_id', 'campaignId'],
      ['daily_budget', 'String(Math.round(budget * 100))'],
      ['promoted_object.page_id', 'PAGE_ID'],
      ['access_token', 'token'],
    ],
  },
  {
    shape: 'fetch with a JSON body, access_token in the body, spread of a config object',
    input: `const base = { billing_event: 'IMPRESSIONS', status: 'PAUSED' };
const res = await fetch(\`https://graph.facebook.com/v21.0/act_1187654321098765/adsets\`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ ...base, name: nombreBase, destination_type: 'WHATSAPP', access_token: '${TOKEN}' }),
});`,
    format: 'http-js',
    apiVersion: 'v21.0',
    adAccountId: '1187654321098765',
    token: TOKEN,
    fields: { billing_event: 'IMPRESSIONS', status: 'PAUSED', destination_type: 'WHATSAPP' },
    unresolved: [['name', 'nombreBase']],
  },
  {
    shape: "Meta docs cURL: unquoted act_<AD_ACCOUNT_ID>, -F access_token=<ACCESS_TOKEN>, '<CAMPAIGN_ID>' values",
    input: `curl -X POST \\
  https://graph.facebook.com/v25.0/act_<AD_ACCOUNT_ID>/adsets \\
  -F 'name=My Ad Set' \\
  -F 'campaign_id=<CAMPAIGN_ID>' \\
  -F 'optimization_goal=CONVERSATIONS' \\
  -F 'promoted_object={"page_id":"<PAGE_ID>","whatsapp_phone_number":"+77006353580"}' \\
  -F access_token=<ACCESS_TOKEN>`,
    format: 'curl',
    apiVersion: 'v25.0',
    fields: { name: 'My Ad Set', optimization_goal: 'CONVERSATIONS', promoted_object: { whatsapp_phone_number: '+77006353580' } },
    unresolved: [
      ['ad_account_id', '<AD_ACCOUNT_ID>'],
      ['campaign_id', '<CAMPAIGN_ID>'],
      ['promoted_object.page_id', '<PAGE_ID>'],
    ],
  },
  {
    shape: 'raw HTTP request with a form body and Authorization: Bearer',
    input: `POST /v20.0/act_1187654321098765/adsets HTTP/1.1
Host: graph.facebook.com
Authorization: Bearer ${TOKEN}
Content-Type: application/x-www-form-urlencoded

name=CTWA&campaign_id=%7B%7Bcampaign_id%7D%7D&optimization_goal=CONVERSATIONS&promoted_object=%7B%22page_id%22%3A%22734116649781310%22%7D`,
    format: 'http',
    apiVersion: 'v20.0',
    adAccountId: '1187654321098765',
    token: TOKEN,
    fields: { name: 'CTWA', optimization_goal: 'CONVERSATIONS', promoted_object: { page_id: '734116649781310' } },
    unresolved: [['campaign_id', '{{campaign_id}}']],
  },
  {
    shape: 'raw HTTP request with a JSON body',
    input: `POST https://graph.facebook.com/v22.0/act_42/adsets HTTP/2
content-type: application/json

{"name": "CTWA", "destination_type": "WHATSAPP", "campaign_id": "<CAMPAIGN_ID>"}`,
    format: 'http',
    apiVersion: 'v22.0',
    adAccountId: '42',
    fields: { name: 'CTWA', destination_type: 'WHATSAPP' },
    unresolved: [['campaign_id', '<CAMPAIGN_ID>']],
  },
  {
    shape: 'Postman collection v2.1 with collection variables, one of them left empty',
    input: JSON.stringify(
      {
        info: { name: 'Meta ads', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        variable: [
          { key: 'version', value: 'v20.0' },
          { key: 'ad_account_id', value: '1187654321098765' },
          { key: 'campaign_id', value: '' },
        ],
        auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}', type: 'string' }] },
        item: [
          { name: 'me', request: { method: 'GET', url: { raw: 'https://graph.facebook.com/{{version}}/me' } } },
          {
            name: 'Ad sets',
            item: [
              {
                name: 'Create ad set',
                request: {
                  method: 'POST',
                  url: { raw: 'https://graph.facebook.com/{{version}}/act_{{ad_account_id}}/adsets' },
                  body: {
                    mode: 'urlencoded',
                    urlencoded: [
                      { key: 'name', value: 'CTWA' },
                      { key: 'campaign_id', value: '{{campaign_id}}' },
                      { key: 'optimization_goal', value: 'CONVERSATIONS' },
                      { key: 'status', value: 'ACTIVE', disabled: true },
                    ],
                  },
                },
              },
            ],
          },
        ],
      },
      null,
      2,
    ),
    format: 'postman',
    apiVersion: 'v20.0',
    adAccountId: '1187654321098765',
    fields: { name: 'CTWA', optimization_goal: 'CONVERSATIONS' },
    unresolved: [
      ['access_token', '{{access_token}}'],
      ['campaign_id', '{{campaign_id}}'],
    ],
  },
  {
    shape: 'a JS params object with variables (was refused: “nombreBase” is a variable)',
    input: `const params = {\n  name: nombreBase,\n  optimization_goal: 'CONVERSATIONS',\n  campaign_id,\n};`,
    format: 'params',
    fields: { optimization_goal: 'CONVERSATIONS' },
    unresolved: [
      ['name', 'nombreBase'],
      ['campaign_id', 'campaign_id'],
    ],
  },
  {
    shape: 'Python SDK, older object style: AdSet(parent_id=…), update({…}), adset[Field] = …, remote_create(params=…)',
    input: `from facebook_business.adobjects.adset import AdSet
adset = AdSet(parent_id='act_1187654321098765')
adset.update({
    AdSet.Field.name: 'My Ad Set',
    AdSet.Field.optimization_goal: AdSet.OptimizationGoal.conversations,
})
adset[AdSet.Field.campaign_id] = campaign_id
adset.remote_create(params={'status': AdSet.Status.paused})`,
    format: 'sdk-python',
    adAccountId: '1187654321098765',
    fields: { name: 'My Ad Set', optimization_goal: 'CONVERSATIONS', status: 'PAUSED' },
    unresolved: [['campaign_id', 'campaign_id']],
  },
  {
    shape: 'PHP SDK, older object style: new AdSet(null, act), setData(array(…)), create(array(…))',
    input: `<?php
$adset = new AdSet(null, 'act_1187654321098765');
$adset->setData(array(
  AdSetFields::NAME => 'My Ad Set',
  AdSetFields::CAMPAIGN_ID => $campaign_id,
));
$adset->create(array('status' => 'PAUSED'));`,
    format: 'sdk-php',
    adAccountId: '1187654321098765',
    fields: { name: 'My Ad Set', status: 'PAUSED' },
    unresolved: [['campaign_id', '$campaign_id']],
  },
  {
    shape: 'Python requests.post with an f-string URL and data=dict',
    input: `import requests\nresp = requests.post(f"https://graph.facebook.com/v20.0/act_{AD_ACCOUNT}/adsets", data={"name": "CTWA", "campaign_id": CAMPAIGN, "access_token": token})`,
    format: 'http-python',
    apiVersion: 'v20.0',
    fields: { name: 'CTWA' },
    unresolved: [
      ['ad_account_id', 'AD_ACCOUNT'],
      ['campaign_id', 'CAMPAIGN'],
      ['access_token', 'token'],
    ],
  },
];

describe('code and other shapes: recovered fields and the unresolved list', () => {
  it.each(CASES.map((c) => [c.shape, c] as const))('%s', async (_shape, c) => {
    const r = await readApiRequest(c.input);
    if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.error)}`);
    expect(r.format).toBe(c.format);
    expect(r.request.fields).toEqual(c.fields);
    expect(r.unresolved.map((u) => [u.name, u.source])).toEqual(c.unresolved);
    if (c.apiVersion !== undefined) expect(r.request.apiVersion).toBe(c.apiVersion);
    expect(r.request.adAccountId).toBe(c.adAccountId ?? null);
    expect(r.token).toBe(c.token ?? null);
  });

  it('each unresolved field points at its line and column in the input', async () => {
    const r = await readApiRequest(sample('python-sdk.py'));
    if (!r.ok) throw new Error('not read');
    const lines = sample('python-sdk.py').split('\n');
    for (const u of r.unresolved) expect(lines[u.line - 1]!.slice(u.column - 1)).toMatch(new RegExp('^' + u.source.slice(0, 8).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('a syntax error does not refuse the paste: the fields read before it are kept and the error has line and column', async () => {
    const broken = sample('python-sdk.py').replace("'targeting': {'geo_locations'", "'targeting': {'geo_locations' ((");
    const r = await readApiRequest(broken);
    if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.error)}`);
    expect(r.request.fields).toMatchObject({ optimization_goal: 'CONVERSATIONS', promoted_object: SDK_FIELDS.promoted_object });
    const w = r.warnings.find((x) => x.key === 'requestWarnCodeSyntax');
    expect(w?.subs?.[0]).toBe('18');
  });

  it('code with no ad set request in it says so, naming the language', async () => {
    const r = await readApiRequest('import os\nprint(os.environ["HOME"])\ndef f(x):\n    return x');
    expect(r).toMatchObject({ ok: false, error: { key: 'requestCodeNoRequest', subs: ['Python'] } });
  });
});
