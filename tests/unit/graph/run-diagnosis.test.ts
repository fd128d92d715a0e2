import { describe, expect, it } from 'vitest';
import { runDiagnosis, type DiagnosisInput } from '../../../lib/graph';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { FactsSchema } from '../../../lib/model/facts';
import type { Scenario } from '../../../lib/scenario';
import { apiRequestOf, EXAMPLES, FIXTURES_DIR, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from './scenario-requests';

function inputOf(s: Scenario, wabaId: string | null = '792684993372941'): DiagnosisInput {
  const api = apiRequestOf(s);
  const ui = uiRequestOf(s);
  return { token: s.token, apiVersion: api.apiVersion!, apiRequest: api, uiRequest: ui, variants: variantsOf(api, ui), wabaId };
}

async function diagnose(s: Scenario, wabaId?: string | null) {
  const sim = createSimulatedGraph(s);
  let calls = 0;
  const announced: number[] = [];
  const facts = await runDiagnosis(inputOf(s, wabaId), {
    transport: (req) => {
      calls++;
      return sim.handle(req);
    },
    onSingleCalls: (count) => announced.push(count),
  });
  return { facts, calls, sim, announced };
}

describe('runDiagnosis on the shared example scenarios', () => {
  it.each(EXAMPLES)('%s: ONE HTTP request, valid Facts, no token inside', async (file) => {
    const s = loadScenario(`${SHARED_DIR}/${file}`);
    const { facts, calls, sim } = await diagnose(s);
    expect(calls).toBe(1);
    expect(facts.roundTrips).toBe(1);
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '', apiVersion: 'v20.0' });
    expect(FactsSchema.safeParse(facts).success).toBe(true);
    expect(JSON.stringify(facts)).not.toContain(s.token);
    expect(facts.batchErrors).toEqual([]);
    expect(facts.identity).toMatchObject({ ok: true, value: { id: '100012345678901' }, source: { itemId: 'me', relativeUrl: 'me?fields=id,name' } });
    expect(facts.token).toMatchObject({ ok: true, value: { type: 'USER', is_valid: true }, source: { relativeUrl: 'debug_token?input_token=[redacted]' } });
    expect(facts.permissions?.ok && facts.permissions.value.granted).toContain('pages_manage_ads');
    expect(facts.campaign?.fields).toMatchObject({ objective: 'OUTCOME_TRAFFIC', buying_type: 'AUCTION' });
    expect(facts.adAccount?.fields).toMatchObject({ currency: 'KZT', account_status: 1 });
  });

  it('user A: the API request validates', async () => {
    const { facts } = await diagnose(loadScenario(`${SHARED_DIR}/seed-user-a-works.json`), null);
    expect(facts.wabaPhoneNumbers).toBeNull();
    expect(facts.validations.find((v) => v.variantId === 'validate_api')?.ok).toBe(true);
    expect(facts.page?.fields['has_whatsapp_business_number']).toBe(true);
  });

  it('user B: only the hidden phone-number id passes; page and WABA facts cite their items', async () => {
    const { facts } = await diagnose(loadScenario(`${SHARED_DIR}/seed-user-b-hidden-number-id.json`));
    const byId = new Map(facts.validations.map((v) => [v.variantId, v]));
    expect(byId.get('validate_api')).toMatchObject({ ok: false, error: { code: 100, error_subcode: 2446885 }, failure: { kind: 'invalid_param' } });
    expect(byId.get('validate_ui')?.ok).toBe(true);
    expect(byId.get('validate_api_at_ui_version')?.ok).toBe(false);
    const passing = facts.validations.filter((v) => v.ok && v.change).map((v) => v.change!.path);
    expect(passing).toEqual(['promoted_object.whats_app_business_phone_number_id']);
    expect(facts.page?.sources['has_whatsapp_business_number']).toMatchObject({ itemId: 'page_whatsapp', field: 'has_whatsapp_business_number' });
    // The simulated Page has no business/tasks: absent, not an error.
    expect(facts.page?.missing).toEqual(['business', 'tasks']);
    expect(facts.wabaPhoneNumbers).toMatchObject({ ok: false, failure: { kind: 'permission', code: 200 } });
    expect(facts.fbtraceIds).toEqual(expect.arrayContaining(['AsKfiEctM-vEtCOlrXGuwam', 'Ay7COK51Mrr64JCSfyohFdm']));
  });

  it('personal number: has_whatsapp_business_number is false and every run fails', async () => {
    const { facts } = await diagnose(loadScenario(`${SHARED_DIR}/page-number-personal.json`));
    expect(facts.page?.fields['has_whatsapp_business_number']).toBe(false);
    expect(facts.validations.every((v) => !v.ok)).toBe(true);
  });
});

describe('runDiagnosis on the extra fixtures', () => {
  it('combination: no single change passes, the UI request does → a second batch of pairs finds the pair', async () => {
    const { facts, calls } = await diagnose(loadScenario(`${FIXTURES_DIR}/combination-id-instead-of-number.json`));
    expect(calls).toBe(2);
    expect(facts.roundTrips).toBe(2);
    expect(facts.validations.filter((v) => v.change && v.ok)).toEqual([]);
    const pairs = facts.validations.filter((v) => v.source.round === 2);
    expect(pairs.length).toBeGreaterThan(0);
    const ok = pairs.filter((p) => p.ok).map((p) => p.changes.map((c) => `${c.op}:${c.path}`).sort());
    expect(ok).toEqual([['add:promoted_object.whats_app_business_phone_number_id', 'remove:promoted_object.whatsapp_phone_number']]);
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });

  it('expired token: the batch is refused at the top level with 190/463', async () => {
    const { facts, calls } = await diagnose(loadScenario(`${FIXTURES_DIR}/token-expired-463.json`));
    expect(calls).toBe(1);
    expect(facts.batchErrors).toHaveLength(1);
    expect(facts.batchErrors[0]).toMatchObject({ kind: 'token', code: 190, subcode: 463, message: { key: 'graph_failure_token_463' } });
    expect(facts.identity).toBeNull();
    expect(facts.validations).toEqual([]);
    expect(facts.fbtraceIds).toContain('AExpiredTrace463');
  });

  it('rate limit: validate runs fail with 17 and say when to retry (x-business-use-case-usage)', async () => {
    const { facts } = await diagnose(loadScenario(`${FIXTURES_DIR}/rate-limit-17-buc-usage.json`));
    expect(facts.identity?.ok).toBe(true);
    expect(facts.validations.length).toBeGreaterThan(0);
    for (const v of facts.validations) expect(v.failure).toMatchObject({ kind: 'rate_limit', code: 17, retryAfterSeconds: 420 });
  });

  it('network failure: one batch error, no facts, no crash', async () => {
    const { facts } = await diagnose(loadScenario(`${FIXTURES_DIR}/network-failure.json`));
    expect(facts.batchErrors.map((f) => f.kind)).toEqual(['network']);
    expect(facts.page).toBeNull();
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });

  it('version: v20.0 is rejected with 2635, the same request at the UI version passes; WABA numbers are read', async () => {
    const { facts } = await diagnose(loadScenario(`${FIXTURES_DIR}/version-deprecated-2635.json`));
    const byId = new Map(facts.validations.map((v) => [v.variantId, v]));
    expect(byId.get('validate_api')?.failure?.kind).toBe('version');
    expect(byId.get('validate_api_at_ui_version')?.ok).toBe(true);
    expect(byId.get('validate_ui')?.ok).toBe(true);
    expect(facts.wabaPhoneNumbers).toMatchObject({ ok: true, value: [{ id: '501234567890123', status: 'CONNECTED' }] });
    // fields= selection: `throughput` was not asked for.
    expect(facts.wabaPhoneNumbers?.ok && facts.wabaPhoneNumbers.value[0]).not.toHaveProperty('throughput');
  });

  it('a wrong token: Graph refuses the batch with 190', async () => {
    const s = loadScenario(`${SHARED_DIR}/seed-user-a-works.json`);
    const sim = createSimulatedGraph(s);
    const facts = await runDiagnosis({ ...inputOf(s), token: 'EAAnotTheRightOne' }, { transport: sim.handle });
    expect(facts.batchErrors[0]).toMatchObject({ kind: 'token', code: 190 });
    expect(JSON.stringify(facts)).not.toContain('EAAnotTheRightOne');
  });

  it('one unreadable Page field group does not hide the others', async () => {
    const s = loadScenario(`${SHARED_DIR}/seed-user-b-hidden-number-id.json`);
    const sim = createSimulatedGraph(s);
    const facts = await runDiagnosis(inputOf(s), {
      transport: async (req) => {
        const res = await sim.handle(req);
        // Make the `page_access` item (business,tasks) fail as Graph does for a field the token cannot read.
        const items = JSON.parse(res.body) as { code: number; body: string }[];
        const batch = JSON.parse(new URLSearchParams(req.body).get('batch')!) as { relative_url: string }[];
        const i = batch.findIndex((b) => b.relative_url.includes('fields=business,tasks'));
        items[i] = { code: 400, body: JSON.stringify({ error: { code: 10, message: '(#10) Requires pages_read_engagement', fbtrace_id: 'ATasks10' } }) };
        return { ...res, body: JSON.stringify(items) };
      },
    });
    expect(facts.page?.fields['has_whatsapp_business_number']).toBe(true);
    expect(facts.page?.errors).toMatchObject([{ source: { itemId: 'page_access' }, fields: ['business', 'tasks'], failure: { kind: 'permission' } }]);
    expect(facts.page?.missing).toEqual([]);
  });
});

describe('the token never reaches Facts', () => {
  it('even when Graph echoes it in an error message', async () => {
    const s = loadScenario(`${SHARED_DIR}/seed-user-a-works.json`);
    const sim = createSimulatedGraph(s);
    const facts = await runDiagnosis(inputOf(s), {
      transport: async (req) => {
        const res = await sim.handle(req);
        const items = JSON.parse(res.body) as { code: number; body: string }[];
        items[1] = { code: 400, body: JSON.stringify({ error: { code: 100, message: `Invalid input_token=${s.token}`, fbtrace_id: 'AEcho' } }) };
        return { ...res, body: JSON.stringify(items) };
      },
    });
    expect(facts.token).toMatchObject({ ok: false, failure: { kind: 'invalid_param' } });
    expect(JSON.stringify(facts)).not.toContain(s.token);
    expect(JSON.stringify(facts)).toContain('Invalid input_token=[redacted]');
  });
});

describe('the documented batch limit: several ad sets under one campaign in one batch', () => {
  const seed = loadScenario(`${SHARED_DIR}/seed-user-b-hidden-number-id.json`);
  const limited: Scenario = { ...seed, graph: { ...seed.graph, enforce_adset_batch_limit: true } };

  it('validate_only items refused for the limit while another was judged are retried as single calls, counted and recorded', async () => {
    const plain = await diagnose(seed);
    const { facts, calls, announced } = await diagnose(limited);
    const retried = facts.singleCallRetries ?? [];
    expect(retried.length).toBeGreaterThan(0);
    // Announced once, before the single calls, with how many there will be (the popup says so).
    expect(announced).toEqual([retried.length]);
    expect(retried).not.toContain('validate_api');
    expect(calls).toBe(1 + retried.length);
    expect(facts.roundTrips).toBe(1 + retried.length);
    // After the retries every run has Graph's own verdict on its content, as without the limit.
    const verdicts = (f: typeof facts) => f.validations.filter((v) => v.source.round === 1).map((v) => [v.source.itemId, v.ok, v.error?.error_subcode ?? null]);
    expect(verdicts(facts)).toEqual(verdicts(plain.facts));
    expect(FactsSchema.safeParse(facts).success).toBe(true);
  });

  it('without the limit (shared worlds): no retry, one round trip', async () => {
    const { facts, calls, announced } = await diagnose(seed);
    expect(facts.singleCallRetries).toBeUndefined();
    expect(announced).toEqual([]);
    expect(calls).toBe(1);
  });
});
