// Every form in which the request parser accepts an access token, for the draft-scrubbing unit test and the secrets
// e2e. Each is a whole request the parser reads, with the token `token` written the way that form writes it.

const URL = 'https://graph.facebook.com/v20.0/act_1187654321098765/adsets';
const FIELDS = 'name=Leak+check&optimization_goal=CONVERSATIONS';

/** An app token `app_id|app_secret` (the secret is what must go) and a user token. */
export const APP_TOKEN = '1234567890123|0123456789abcdef0123456789abcdef';
export const APP_SECRET = '0123456789abcdef0123456789abcdef';
/** The app secret an SDK is set up with (`FacebookAdsApi.init(app_id, app_secret, token)`): never kept either. */
export const SDK_APP_SECRET = 'feedfacecafebeef0123456789abcdef';

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** `\uXXXX` for every character: the JSON-escaped form. */
const jsonEscaped = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

export function tokenForms(token: string): [string, string][] {
  const enc = encodeURIComponent(token);
  return [
    ['cURL -d access_token=', `curl -X POST ${q(URL)} -d ${q(`access_token=${token}`)} -d ${q(FIELDS)}`],
    ['cURL -d access_token= %-encoded', `curl ${q(URL)} -d ${q(`access_token=${enc}&${FIELDS}`)}`],
    ['cURL token in the URL', `curl ${q(`${URL}?access_token=${enc}`)} -d ${q(FIELDS)}`],
    ['cURL --data-urlencode', `curl ${q(URL)} --data-urlencode ${q(`access_token=${token}`)} -d ${q(FIELDS)}`],
    ['cURL -F', `curl ${q(URL)} -F ${q(`access_token=${token}`)} -F name=x`],
    ['cURL Authorization: Bearer', `curl ${q(URL)} -H ${q(`Authorization: Bearer ${token}`)} -d ${q(FIELDS)}`],
    ['cURL lowercase bearer', `curl ${q(URL)} -H ${q(`authorization: bearer ${token}`)} -d ${q(FIELDS)}`],
    ['cURL Authorization: OAuth', `curl ${q(URL)} -H ${q(`Authorization: OAuth ${token}`)} -d ${q(FIELDS)}`],
    ['cURL --oauth2-bearer', `curl ${q(URL)} --oauth2-bearer ${q(token)} -d ${q(FIELDS)}`],
    ['cURL ANSI-C escapes', `curl ${q(URL)} -d $'access_token=${[...token].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}' -d ${q(FIELDS)}`],
    ['cURL double quotes', `curl "${URL}" -d "access_token=${token}" -d "${FIELDS}"`],
    ['cURL cmd flavour', `curl ^"${URL}^" ^\n  --data-raw ^"access_token=${enc}^&${FIELDS}^"`],
    ['cURL JSON body, JSON-escaped', `curl ${q(URL)} -H 'Content-Type: application/json' -d ${q(`{"access_token":"${jsonEscaped(token)}","name":"x"}`)}`],
    ['JSON body', JSON.stringify({ access_token: token, name: 'x', optimization_goal: 'CONVERSATIONS' })],
    ['JSON body, JSON-escaped', `{"access_token": "${jsonEscaped(token)}", "name": "x"}`],
    ['JSON wrapper with Authorization header', JSON.stringify({ url: URL, headers: { Authorization: `Bearer ${token}` }, body: { name: 'x' } })],
    ['JSON wrapper, token in the URL', JSON.stringify({ url: `${URL}?access_token=${enc}`, body: { name: 'x' } })],
    ['Python params', `params = {\n  'access_token': '${token}',\n  'name': 'x',\n}`],
    ['form string', `access_token=${enc}&${FIELDS}`],
    ['form, one pair per line', `name=x\naccess_token=${token}`],
    ['Graph Explorer access_token: line', `POST act_1187654321098765/adsets\naccess_token: ${token}\nname: x`],
    ['Graph Explorer access_token= line', `POST /v20.0/act_1187654321098765/adsets\naccess_token=${token}\nname=x`],
    ['Graph Explorer token in the path', `POST act_1187654321098765/adsets?access_token=${enc}&name=x`],
    ['Graph Explorer JSON body', `POST act_1187654321098765/adsets\n{"access_token": "${token}", "name": "x"}`],
    ['HAR', JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'POST', url: `${URL}?access_token=${enc}`, headers: [{ name: 'Authorization', value: `Bearer ${token}` }], postData: { mimeType: 'application/x-www-form-urlencoded', text: `access_token=${enc}&${FIELDS}` } } }] } })],
    // SDK code (read by the code readers, loaded on demand): the token and the app secret of the SDK's set-up.
    ['Python SDK FacebookAdsApi.init', `from facebook_business.api import FacebookAdsApi\nFacebookAdsApi.init(app_id='1234567890123', app_secret='${SDK_APP_SECRET}', access_token='${token}')\nAdAccount('act_1187654321098765').create_ad_set(fields=[], params={'name': 'x', 'optimization_goal': 'CONVERSATIONS'})`],
    ['PHP SDK Api::init', `<?php\nApi::init('1234567890123', '${SDK_APP_SECRET}', '${token}');\n$account = new AdAccount('act_1187654321098765');\n$account->createAdSet(array(), array(AdSetFields::NAME => 'x', AdSetFields::OPTIMIZATION_GOAL => 'CONVERSATIONS'));`],
    ['Java SDK APIContext', `APIContext context = new APIContext("${token}", "${SDK_APP_SECRET}");\nnew AdAccount("act_1187654321098765", context).createAdSet().setName("x").setOptimizationGoal("CONVERSATIONS").execute();`],
    ['Node SDK FacebookAdsApi.init', `const api = bizSdk.FacebookAdsApi.init('${token}');\nnew AdAccount('act_1187654321098765').createAdSet([], { name: 'x', optimization_goal: 'CONVERSATIONS' });`],
    ['HAR postData params', JSON.stringify({ log: { entries: [{ request: { method: 'POST', url: URL, headers: [], postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'access_token', value: enc }, { name: 'name', value: 'x' }] } } }] } })],
  ];
}
