import { describe, expect, it } from 'vitest';
import { createSimulatedGraph, fieldNames, looseEqual, matchRule } from '../../../testkit/graph-sim';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { loadScenario, SHARED_DIR } from '../graph/scenario-requests';

const base = loadScenario(`${SHARED_DIR}/seed-user-b-hidden-number-id.json`);
const TOKEN = base.token;
const G = 'https://graph.facebook.com';

function world(graph: Partial<Scenario['graph']>): Scenario {
  const r = parseScenario({ ...base, graph: { ...base.graph, ...graph } });
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function get(sim: ReturnType<typeof createSimulatedGraph>, pathAndQuery: string, token: string | null = TOKEN) {
  const sep = pathAndQuery.includes('?') ? '&' : '?';
  const res = await sim.handle({ method: 'GET', url: `${G}/v20.0/${pathAndQuery}${token ? `${sep}access_token=${token}` : ''}` });
  return { status: res.status, body: JSON.parse(res.body) as Record<string, any>, headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function batch(sim: ReturnType<typeof createSimulatedGraph>, ops: unknown, extra: Record<string, string> = {}) {
  const res = await sim.handle({
    method: 'POST',
    url: `${G}/v20.0/`,
    headers: FORM,
    body: form({ access_token: TOKEN, batch: typeof ops === 'string' ? ops : JSON.stringify(ops), ...extra }),
  });
  return { status: res.status, body: JSON.parse(res.body) as unknown };
}

describe('GET objects', () => {
  const sim = createSimulatedGraph(base);
  it('answers the object; fields= selects those fields and id; absent fields are absent', async () => {
    expect((await get(sim, '734116649781310')).body).toEqual(base.graph.objects['734116649781310']);
    const r = await get(sim, '734116649781310?fields=has_whatsapp_business_number,tasks,business{id,name}');
    expect(r).toMatchObject({ status: 200, body: { id: '734116649781310', has_whatsapp_business_number: true } });
    expect(Object.keys(r.body).sort()).toEqual(['has_whatsapp_business_number', 'id']);
  });
  it('path keys carry no version or query; debug_token ignores input_token', async () => {
    expect((await get(sim, 'debug_token?input_token=abc')).body['data']['type']).toBe('USER');
    expect((await get(sim, 'me/permissions')).body['data']).toHaveLength(5);
  });
  it('{error} entries answer HTTP 400 with that body', async () => {
    const r = await get(sim, '792684993372941/phone_numbers');
    expect(r).toEqual({ status: 400, headers: expect.any(Object), body: { error: base.graph.objects['792684993372941/phone_numbers']!['error' as never] } });
  });
  it('a missing path answers 100/33', async () => {
    const r = await get(sim, '123456');
    expect(r.status).toBe(400);
    expect(r.body['error']).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    expect(r.body['error']['fbtrace_id']).toEqual(expect.any(String));
  });
  it('a missing or wrong token answers 190; the Authorization header counts as a token', async () => {
    expect((await get(sim, 'me', null)).body['error']['code']).toBe(190);
    expect((await get(sim, 'me', 'EAAwrong')).body['error']['code']).toBe(190);
    const h = await sim.handle({ method: 'GET', url: `${G}/v20.0/me`, headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(h.status).toBe(200);
  });
  it('fields= on an edge applies to each element', async () => {
    const s = createSimulatedGraph(world({ objects: { 'w/phone_numbers': { data: [{ id: '1', status: 'CONNECTED', x: 1 }], paging: {} } } }));
    expect((await get(s, 'w/phone_numbers?fields=status')).body).toEqual({ data: [{ id: '1', status: 'CONNECTED' }], paging: {} });
  });
});

describe('POST act_X/adsets rules', () => {
  const post = async (sim: ReturnType<typeof createSimulatedGraph>, params: Record<string, unknown>, version = 'v20.0') => {
    const body: Record<string, string> = { access_token: TOKEN };
    for (const [k, v] of Object.entries(params)) body[k] = typeof v === 'string' ? v : JSON.stringify(v);
    const res = await sim.handle({ method: 'POST', url: `${G}/${version}/act_1/adsets`, headers: FORM, body: form(body) });
    return { status: res.status, body: JSON.parse(res.body) as Record<string, unknown> };
  };
  const rules = (adsets: unknown[]) => createSimulatedGraph(world({ adsets: adsets as Scenario['graph']['adsets'] }));
  const ok = { respond: { id: '42' } };
  const no = { when: {}, respond: { error: { code: 100, error_subcode: 2446885 } } };

  it.each([
    ['equals on a dotted path', { 'promoted_object.page_id': '734' }, { promoted_object: { page_id: '734' } }, true],
    ['equals fails', { 'promoted_object.page_id': '734' }, { promoted_object: { page_id: '735' } }, false],
    ['equals a number sent as a form string', { daily_budget: 1000 }, { daily_budget: '1000' }, true],
    ['equals an object', { targeting: { geo_locations: { countries: ['KZ'] } } }, { targeting: { geo_locations: { countries: ['KZ'] } } }, true],
    ['present: true', { 'promoted_object.whats_app_business_phone_number_id': { present: true } }, { promoted_object: { whats_app_business_phone_number_id: '5' } }, true],
    ['present: true, absent', { 'promoted_object.whats_app_business_phone_number_id': { present: true } }, { promoted_object: {} }, false],
    ['present: false', { 'promoted_object.smart_pse_enabled': { present: false } }, { promoted_object: {} }, true],
    ['in', { destination_type: { in: ['WHATSAPP', 'MESSAGING_MESSENGER_WHATSAPP'] } }, { destination_type: 'WHATSAPP' }, true],
    ['in, not listed', { destination_type: { in: ['MESSENGER'] } }, { destination_type: 'WHATSAPP' }, false],
    ['e164: +77006353580 ≡ 77006353580', { 'promoted_object.whatsapp_phone_number': { e164: '+77006353580' } }, { promoted_object: { whatsapp_phone_number: '77006353580' } }, true],
    ['e164: other number', { 'promoted_object.whatsapp_phone_number': { e164: '+77006353580' } }, { promoted_object: { whatsapp_phone_number: '+77074094375' } }, false],
    ['api_version from the URL', { api_version: 'v20.0' }, {}, true],
    ['api_version in', { api_version: { in: ['v22.0'] } }, {}, false],
    ['all conditions must hold', { optimization_goal: 'CONVERSATIONS', destination_type: 'WHATSAPP' }, { optimization_goal: 'CONVERSATIONS' }, false],
  ])('%s', async (_name, when, params, passes) => {
    const r = await post(rules([{ when, ...ok }, no]), params);
    expect(r.status).toBe(passes ? 200 : 400);
  });

  it('first matching rule answers; validate_only success answers {success:true}, otherwise the body', async () => {
    const sim = rules([{ when: {}, respond: { id: '42' } }]);
    expect((await post(sim, {})).body).toEqual({ id: '42' });
    expect((await post(sim, { execution_options: ['validate_only'] })).body).toEqual({ success: true });
  });

  it('an error respond answers 400 with that body (and a validate_only run too)', async () => {
    const r = await post(rules([no]), { execution_options: ['validate_only'] });
    expect(r.status).toBe(400);
    expect(r.body['error']).toMatchObject({ code: 100, error_subcode: 2446885 });
  });

  it('no rule matches → a Graph-style 100 error', async () => {
    const r = await post(rules([]), {});
    expect(r).toMatchObject({ status: 400, body: { error: { code: 100 } } });
  });

  it('JSON bodies are read too', async () => {
    const sim = rules([{ when: { 'promoted_object.page_id': '7' }, respond: { id: '1' } }]);
    const res = await sim.handle({
      method: 'POST',
      url: `${G}/v20.0/act_1/adsets`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ access_token: TOKEN, promoted_object: { page_id: '7' } }),
    });
    expect(res.status).toBe(200);
  });
});

describe('batch', () => {
  const sim = createSimulatedGraph(base);
  it('answers each item as Graph does: code, headers, body as a JSON string', async () => {
    const r = await batch(sim, [
      { method: 'GET', relative_url: 'me' },
      { method: 'GET', relative_url: '999' },
      { method: 'POST', relative_url: 'v22.0/act_1/adsets', body: form({ promoted_object: '{"whats_app_business_phone_number_id":"5"}', execution_options: '["validate_only"]' }) },
    ]);
    expect(r.status).toBe(200);
    const items = r.body as { code: number; headers?: unknown[]; body: string }[];
    expect(items.map((i) => i.code)).toEqual([200, 400, 200]);
    expect(items[0]!.headers).toEqual(expect.any(Array));
    expect(JSON.parse(items[0]!.body)).toMatchObject({ id: '100012345678901' });
    expect(JSON.parse(items[1]!.body).error).toMatchObject({ code: 100, error_subcode: 33 });
    expect(JSON.parse(items[2]!.body)).toEqual({ success: true });
  });

  it('include_headers=false drops item headers', async () => {
    const r = await batch(sim, [{ method: 'GET', relative_url: 'me' }], { include_headers: 'false' });
    expect((r.body as object[])[0]).not.toHaveProperty('headers');
  });

  it('an item relative_url version sets api_version; otherwise the batch URL version applies', async () => {
    const s = createSimulatedGraph(world({ adsets: [{ when: { api_version: 'v22.0' }, respond: { success: true } }, { when: {}, respond: { error: { code: 2635 } } }] }));
    const r = await batch(s, [
      { method: 'POST', relative_url: 'v22.0/act_1/adsets', body: 'execution_options=%5B%22validate_only%22%5D' },
      { method: 'POST', relative_url: 'act_1/adsets', body: 'execution_options=%5B%22validate_only%22%5D' },
    ]);
    expect((r.body as { code: number }[]).map((i) => i.code)).toEqual([200, 400]);
  });

  it.each([
    ['not JSON', '[{"method":'],
    ['not an array', '{"method":"GET","relative_url":"me"}'],
    ['empty', '[]'],
    ['over 50 items', JSON.stringify(Array.from({ length: 51 }, () => ({ method: 'GET', relative_url: 'me' })))],
  ])('a malformed batch (%s) answers a Graph-style 400 error', async (_name, raw) => {
    const r = await batch(sim, raw);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 100, type: 'OAuthException' } });
  });

  it('an item that is not an operation answers an item error, the others still answer', async () => {
    const r = await batch(sim, [42, { method: 'GET' }, { method: 'GET', relative_url: 'me' }]);
    expect((r.body as { code: number }[]).map((i) => i.code)).toEqual([400, 400, 200]);
  });

  it('a wrong top-level token refuses the whole batch with 190', async () => {
    const res = await sim.handle({ method: 'POST', url: `${G}/v20.0/`, headers: FORM, body: form({ access_token: 'bad', batch: '[]' }) });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe(190);
  });
});

describe('latency, network failures, extensions, request log', () => {
  it('latency_ms delays answers and honours abort', async () => {
    const sim = createSimulatedGraph(world({ latency_ms: 40 }));
    const t = Date.now();
    await get(sim, 'me');
    expect(Date.now() - t).toBeGreaterThanOrEqual(35);
    const ac = new AbortController();
    const p = sim.handle({ method: 'GET', url: `${G}/v20.0/me?access_token=${TOKEN}`, signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fail paths throw a TypeError like fetch; a batch containing one fails whole', async () => {
    const sim = createSimulatedGraph(world({ fail: ['me'] }));
    await expect(get(sim, 'me')).rejects.toBeInstanceOf(TypeError);
    await expect(batch(sim, [{ method: 'GET', relative_url: 'me?fields=id' }])).rejects.toBeInstanceOf(TypeError);
    expect((await get(sim, 'me/permissions')).status).toBe(200);
    await expect(sim.fetch(`${G}/v20.0/me?access_token=${TOKEN}`)).rejects.toBeInstanceOf(TypeError);
    expect(sim.requests.at(-1)).toMatchObject({ path: 'me', status: null });
  });

  it('extension graph.headers is added to answers and items; graph.token_error answers every request', async () => {
    const sim = createSimulatedGraph(world({ headers: { 'x-app-usage': '{"call_count":99}' }, token_error: { code: 190, error_subcode: 463 } }));
    const r = await get(sim, 'me');
    expect(r.headers['x-app-usage']).toBe('{"call_count":99}');
    expect(r.body['error']).toMatchObject({ code: 190, error_subcode: 463 });
    expect((await get(sim, 'me', 'wrong')).body['error']['error_subcode']).toBeUndefined();
  });

  it('fetch() shape: Response with status, headers and JSON text', async () => {
    const sim = createSimulatedGraph(base);
    const res = await sim.fetch(`${G}/v20.0/me`, { headers: { authorization: `OAuth ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ id: '100012345678901' });
    const post = await sim.fetch(new Request(`${G}/v20.0/`, { method: 'POST', headers: FORM, body: form({ access_token: TOKEN, batch: '[{"method":"GET","relative_url":"me"}]' }) }));
    expect(((await post.json()) as unknown[]).length).toBe(1);
  });

  it('logs each HTTP request once (a batch is one, with its size), without tokens', async () => {
    const sim = createSimulatedGraph(base);
    await batch(sim, [{ method: 'GET', relative_url: 'me' }, { method: 'GET', relative_url: 'me/permissions' }]);
    await get(sim, 'me');
    expect(sim.requests).toEqual([
      { method: 'POST', path: '', apiVersion: 'v20.0', batchSize: 2, status: 200 },
      { method: 'GET', path: 'me', apiVersion: 'v20.0', batchSize: null, status: 200 },
    ]);
    expect(JSON.stringify(sim.requests)).not.toContain(TOKEN);
  });
});

describe('helpers', () => {
  it.each([
    ['id,name', ['id', 'name']],
    ['business{id,name},tasks', ['business', 'tasks']],
    ['adsets.limit(5){id},  name ', ['adsets', 'name']],
    ['', []],
  ])('fieldNames(%j)', (input, out) => expect(fieldNames(input)).toEqual(out));

  it('looseEqual compares scalars as form strings and objects by members', () => {
    expect(looseEqual(1000, '1000')).toBe(true);
    expect(looseEqual(true, 'true')).toBe(true);
    expect(looseEqual({ a: [1] }, { a: ['1'] })).toBe(true);
    expect(looseEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(looseEqual(null, 'null')).toBe(false);
  });

  it('matchRule: first match wins; empty when always holds', () => {
    const rules = [
      { when: { a: '1' }, respond: 'first' },
      { when: {}, respond: 'second' },
    ];
    expect(matchRule(rules, { a: '1' })?.respond).toBe('first');
    expect(matchRule(rules, { a: '2' })?.respond).toBe('second');
  });
});

describe('Graph quirks Ads Manager relies on', () => {
  it('suppress_http_code=1 answers 200 with the error in the body; method= overrides the verb', async () => {
    const sim = createSimulatedGraph(base);
    const res = await sim.handle({
      method: 'POST',
      url: `${G}/v22.0/act_1/adsets?method=post&suppress_http_code=1&access_token=${TOKEN}`,
      headers: FORM,
      body: form({ promoted_object: '{"page_id":"734116649781310"}' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 100, error_subcode: 2446885 });
    const asGet = await sim.handle({ method: 'GET', url: `${G}/v22.0/act_1/adsets?method=post&access_token=${TOKEN}&execution_options=%5B%22validate_only%22%5D&promoted_object=%7B%22whats_app_business_phone_number_id%22%3A%225%22%7D` });
    expect(JSON.parse(asGet.body)).toEqual({ success: true });
  });
});

describe('POST act_X/campaigns, act_X/adcreatives and act_X/ads rules (issue 17: the same matching at every level)', () => {
  const post = async (sim: ReturnType<typeof createSimulatedGraph>, edge: string, body: Record<string, string>) => {
    const res = await sim.handle({ method: 'POST', url: `${G}/v22.0/act_1/${edge}`, headers: FORM, body: form({ access_token: TOKEN, ...body }) });
    return { status: res.status, body: JSON.parse(res.body) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const refused = { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'T' } };
  const sim = createSimulatedGraph(
    world({
      campaigns: [{ when: { special_ad_categories: { present: false } }, respond: refused }, { when: {}, respond: { id: '11' } }],
      adcreatives: [{ when: { 'object_story_spec.link_data.call_to_action.value.app_destination': 'WHATSAPP' }, respond: { id: '22' } }],
      ads: [{ when: { adset_id: '7' }, respond: { id: '33' } }],
    } as Partial<Scenario['graph']>),
  );
  const story = (value: object | undefined) => JSON.stringify({ page_id: '1', link_data: { call_to_action: { type: 'WHATSAPP_MESSAGE', ...(value ? { value } : {}) } } });

  it('campaigns: the first rule that holds answers; validate_only answers success', async () => {
    expect(await post(sim, 'campaigns', { name: 'c' })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
    expect(await post(sim, 'campaigns', { name: 'c', special_ad_categories: '[]' })).toEqual({ status: 200, body: { id: '11' } });
    expect(await post(sim, 'campaigns', { name: 'c', special_ad_categories: '[]', execution_options: '["validate_only"]' })).toEqual({ status: 200, body: { success: true } });
  });

  it('adcreatives: matched on the creative parameters; no rule holds → a Graph error, never a made-up success', async () => {
    expect(await post(sim, 'adcreatives', { object_story_spec: story({ app_destination: 'WHATSAPP' }) })).toEqual({ status: 200, body: { id: '22' } });
    expect(await post(sim, 'adcreatives', { object_story_spec: story(undefined) })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
  });

  it("ads: an inline creative is judged by the adcreatives rules on its own parameters, then the ad by the ads rules", async () => {
    const ad = (value: object | undefined, adset = '7') => ({ adset_id: adset, creative: `{"object_story_spec":${story(value)}}`, execution_options: '["validate_only"]' });
    expect(await post(sim, 'ads', ad({ app_destination: 'WHATSAPP' }))).toEqual({ status: 200, body: { success: true } });
    expect(await post(sim, 'ads', ad(undefined))).toMatchObject({ status: 400 });
    expect(await post(sim, 'ads', ad({ app_destination: 'WHATSAPP' }, '8'))).toMatchObject({ status: 400 });
    // A creative by id is not a spec: only the ads rules judge it.
    expect(await post(sim, 'ads', { adset_id: '7', creative: '{"creative_id":"22"}' })).toEqual({ status: 200, body: { id: '33' } });
  });

  it('a level other than the ad set with no rule list accepts, as the shared format says; the ad set keeps its rules', async () => {
    const bare = createSimulatedGraph(world({ adsets: [] }));
    expect(await post(bare, 'campaigns', { name: 'c', execution_options: '["validate_only"]' })).toEqual({ status: 200, body: { success: true } });
    expect(await post(bare, 'ads', { adset_id: '7', creative: `{"object_story_spec":${story(undefined)}}`, execution_options: '["validate_only"]' })).toEqual({ status: 200, body: { success: true } });
    expect(await post(bare, 'adsets', { name: 's' })).toMatchObject({ status: 400 });
  });
});
