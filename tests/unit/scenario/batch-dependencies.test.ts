import { describe, expect, it } from 'vitest';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { jsonPathValues, resolveReferences } from '../../../testkit/graph-sim/batch-dependencies';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { loadScenario, SHARED_DIR } from '../graph/scenario-requests';

const base = loadScenario(`${SHARED_DIR}/seed-user-b-hidden-number-id.json`);

function world(objects: Record<string, unknown>): Scenario {
  const r = parseScenario({ ...base, graph: { ...base.graph, objects: { ...base.graph.objects, ...objects } } });
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

async function batch(sim: ReturnType<typeof createSimulatedGraph>, ops: unknown[]) {
  const res = await sim.handle({
    method: 'POST',
    url: 'https://graph.facebook.com/v22.0/',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ access_token: base.token, include_headers: 'false', batch: JSON.stringify(ops) }).toString(),
  });
  return (JSON.parse(res.body) as ({ code: number; body: string } | null)[]).map((i) => (i === null ? null : { code: i.code, body: JSON.parse(i.body) as unknown }));
}

describe('JSONPath of batch references', () => {
  it.each([
    [{ business: { id: '7' } }, '.business.id', ['7']],
    [{ data: [{ id: 'a' }, { id: 'b' }] }, '.data.*.id', ['a', 'b']],
    [{ data: [] }, '.data.*.id', []],
    [{ x: 1 }, '.y', []],
  ])('%j $%s → %j', (root, path, expected) => {
    expect(jsonPathValues(root, path)).toEqual(expected);
  });

  it('a `*` joins every match with commas; an unresolvable reference makes the item null', () => {
    const named = new Map<string, unknown>([['w', { data: [{ id: '1' }, { id: '2' }] }]]);
    expect(resolveReferences('?ids={result=w:$.data.*.id}&fields=id', named)).toBe('?ids=1,2&fields=id');
    expect(resolveReferences('{result=nope:$.id}/x', named)).toBeNull();
    expect(resolveReferences('{result=w:$.missing}/x', named)).toBeNull();
  });
});

describe('simulated Graph: batch dependencies (Graph batch docs)', () => {
  const sim = createSimulatedGraph(
    world({
      act_9: { id: 'act_9', business: { id: '55' } },
      '55/owned_whatsapp_business_accounts': { data: [{ id: '901', name: 'WABA one' }, { id: '902', name: 'WABA two' }] },
      '901': { id: '901', name: 'WABA one' },
      '902': { id: '902', name: 'WABA two' },
      '901/phone_numbers': { data: [{ id: 'p1', display_phone_number: '+7 700 635 3580', status: 'CONNECTED' }] },
      '902/phone_numbers': { data: [] },
      '56/owned_whatsapp_business_accounts': { error: { code: 200, message: '(#200) Permissions error', type: 'OAuthException' } },
    }),
  );

  it('a named item is omitted on success unless omit_response_on_success is false; dependents see its answer', async () => {
    const out = await batch(sim, [
      { method: 'GET', relative_url: 'act_9?fields=business', name: 'acct' },
      { method: 'GET', relative_url: '{result=acct:$.business.id}/owned_whatsapp_business_accounts?fields=id,name', name: 'owned', omit_response_on_success: false },
      { method: 'GET', relative_url: '?ids={result=owned:$.data.*.id}&fields=phone_numbers{id,display_phone_number}' },
    ]);
    expect(out[0]).toBeNull();
    expect(out[1]).toMatchObject({ code: 200, body: { data: [{ id: '901' }, { id: '902' }] } });
    expect(out[2]).toEqual({
      code: 200,
      body: {
        '901': { id: '901', phone_numbers: { data: [{ id: 'p1', display_phone_number: '+7 700 635 3580' }] } },
        '902': { id: '902', phone_numbers: { data: [] } },
      },
    });
  });

  it('a refused named read answers its error, and the items that depend on it answer null', async () => {
    const out = await batch(sim, [
      { method: 'GET', relative_url: '56/owned_whatsapp_business_accounts', name: 'refused', omit_response_on_success: false },
      { method: 'GET', relative_url: '?ids={result=refused:$.data.*.id}&fields=phone_numbers' },
    ]);
    expect(out[0]).toMatchObject({ code: 400, body: { error: { code: 200 } } });
    expect(out[1]).toBeNull();
  });
});
