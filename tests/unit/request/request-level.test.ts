import { describe, expect, it } from 'vitest';
import { levelOf, type AdLevel } from '../../../lib/model';
import { readApiRequest } from '../../../lib/request';
import { levelOfFields, levelOfPath } from '../../../lib/request/request-level';

const STORY = `{"page_id":"734116649781310","link_data":{"call_to_action":{"type":"WHATSAPP_MESSAGE","value":{"app_destination":"WHATSAPP"}}}}`;

describe("the level of the user's request", () => {
  it.each<[string, AdLevel]>([
    ['/v22.0/act_1/campaigns', 'campaign'],
    ['act_1/adsets', 'adset'],
    ['https://graph.facebook.com/v22.0/act_1/ads/', 'ad'],
    ['/v22.0/act_1/adcreatives', 'creative'],
  ])('by the edge of the path: %s → %s', (path, level) => {
    expect(levelOfPath(path)).toBe(level);
  });

  it('a path that creates nothing of the chain has no level', () => {
    expect(levelOfPath('/v22.0/act_1/insights')).toBeNull();
    expect(levelOfPath('/v22.0/120330000000000001')).toBeNull();
  });

  it.each<[Record<string, unknown>, AdLevel | null]>([
    [{ name: 'x', adset_id: '1', creative: { creative_id: '2' } }, 'ad'],
    [{ name: 'x', object_story_spec: {} }, 'creative'],
    [{ name: 'x', asset_feed_spec: {} }, 'creative'],
    [{ name: 'x', optimization_goal: 'CONVERSATIONS', promoted_object: {} }, 'adset'],
    [{ name: 'x', objective: 'OUTCOME_ENGAGEMENT', special_ad_categories: [] }, 'campaign'],
    [{ name: 'x' }, null],
  ])('by the parameters only one level takes: %j → %s', (fields, level) => {
    expect(levelOfFields(fields)).toBe(level);
  });

  it.each<[string, string, AdLevel]>([
    ['cURL', `curl -X POST 'https://graph.facebook.com/v22.0/act_1/adcreatives' -F 'name=c' -F 'object_story_spec=${STORY}'`, 'creative'],
    ['cURL', `curl 'https://graph.facebook.com/v22.0/act_1/campaigns' -d name=c -d objective=OUTCOME_ENGAGEMENT`, 'campaign'],
    ['raw HTTP', `POST /v22.0/act_1/ads HTTP/1.1\nHost: graph.facebook.com\nContent-Type: application/x-www-form-urlencoded\n\nname=a&adset_id=2&creative=%7B%22creative_id%22%3A%223%22%7D`, 'ad'],
    ['Graph Explorer', `POST act_1/campaigns?name=c&objective=OUTCOME_ENGAGEMENT&special_ad_categories=[]`, 'campaign'],
    ['JSON parameters without a URL', `{"name":"c","object_story_spec":${STORY}}`, 'creative'],
    ['Python SDK', `from facebook_business.adobjects.adaccount import AdAccount\nAdAccount('act_1').create_ad_creative(fields=[], params={'name': 'c', 'object_story_spec': ${STORY}})`, 'creative'],
    ['Node SDK', `const bizSdk = require('facebook-nodejs-business-sdk');\nconst account = new bizSdk.AdAccount('act_1');\naccount.createAd([], { name: 'a', adset_id: '2', creative: { creative_id: '3' }, status: 'PAUSED' });`, 'ad'],
    ['PHP SDK', `<?php\nuse FacebookAds\\Object\\AdAccount;\n$account = new AdAccount('act_1');\n$account->createCampaign([], ['name' => 'c', 'objective' => 'OUTCOME_ENGAGEMENT', 'special_ad_categories' => []]);`, 'campaign'],
    ['Ruby SDK', `require 'facebook_ads'\nad_account = FacebookAds::AdAccount.get('act_1')\nad_account.adcreatives.create({ name: 'c', object_story_spec: ${STORY} })`, 'creative'],
    ['cURL to adsets', `curl 'https://graph.facebook.com/v22.0/act_1/adsets' -d name=s -d optimization_goal=CONVERSATIONS`, 'adset'],
  ])('%s: the request is read at its level', async (_format, input, level) => {
    const r = await readApiRequest(input);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(levelOf(r.request)).toBe(level);
    expect(r.warnings.map((w) => w.key)).not.toContain('requestWarnNotAdsetsPath');
  });

  it('an ad set request keeps the shape it always had (no level member)', async () => {
    const r = await readApiRequest(`curl 'https://graph.facebook.com/v22.0/act_1/adsets' -d name=s`);
    expect(r.ok && 'level' in r.request).toBe(false);
  });
});
