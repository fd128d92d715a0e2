import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, type ExplainStage } from '../../../lib/explain';
import { explainScenario, lastSubmission, ScenarioInputError } from '../../../testkit/explain-scenario';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

const load = (path: string): Scenario => {
  const r = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
};
const SEED_B = load(`${SHARED_SCENARIOS}/seed-user-b-hidden-number-id.json`);
const COMBINED = load(`${__dirname}/../../fixtures/scenarios/combined-hidden-field-and-personal-flag-batch.json`);
const NOW = () => 1_700_000_000_000;

describe('explain()', () => {
  it('runs diff → graph → rules once: one batch (≤ 50 items) for seed user B, token never kept', async () => {
    const sim = createSimulatedGraph(SEED_B);
    const stages: ExplainStage[] = [];
    const e = await explainScenario(SEED_B, { transport: sim.handle, onProgress: (s) => stages.push(s), now: NOW });
    expect(stages).toEqual(['diff', 'graph', 'rules']);
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]!.batchSize).toBeLessThanOrEqual(50);
    expect(e.facts?.roundTrips).toBe(1);
    expect(e.startedAt).toBe(NOW());
    expect(JSON.stringify(e)).not.toContain(SEED_B.token);
    expect(e.api.format).toBe('curl');
    expect(e.api.tokenFound).toBe(true);
    expect(e.findings[0]).toMatchObject({ id: 'hidden-field', verdict: 'cause', minimalFix: [{ path: 'promoted_object.whats_app_business_phone_number_id', op: 'add', value: '501234567890123' }] });
  });

  it('variants come from the diff: only_ui → add, promoted_object keys one by one, bookkeeping and versions skipped', async () => {
    const e = await explainScenario(SEED_B, { now: NOW });
    const changes = e.facts!.validations.filter((v) => v.change).map((v) => `${v.change!.op}:${v.change!.path}`);
    expect(changes).toContain('add:promoted_object.whats_app_business_phone_number_id');
    expect(changes).not.toContain('replace:api_version');
    expect(changes.every((c) => !c.endsWith('ad_account_id'))).toBe(true);
  });

  it('combined causes: the proven minimal fix ranks above the Page flag, which stays "likely"', async () => {
    const e = await explainScenario(COMBINED, { now: NOW });
    expect(e.ui?.encoding).toBe('batch');
    expect(e.findings.slice(0, 2).map((f) => `${f.id}:${f.verdict}`)).toEqual(['hidden-field:cause', 'page-number-not-business:likely']);
  });

  it('without an API request: compares the UI submission with its own API equivalent and still reads facts', async () => {
    const sim = createSimulatedGraph(SEED_B);
    const ui = lastSubmission(SEED_B, NOW());
    const e = await explain({ ui, api: null, token: SEED_B.token }, { transport: sim.handle, now: NOW });
    expect(e.api.format).toBe('ui-equivalent');
    expect(e.diff!.entries.filter((d) => d.kind !== 'equivalent' && d.category !== 'bookkeeping')).toEqual([]);
    // No second run of the same request as "the UI's"; only the probes of the two WhatsApp keys it carries.
    expect(e.facts?.validations.map((v) => v.variantId)).toEqual([
      'validate_api',
      'remove:promoted_object.whatsapp_phone_number',
      'remove:promoted_object.whats_app_business_phone_number_id',
    ]);
    expect(e.findings[0]!.id).toBe('validates-ok');
  });

  it('without a token: no Graph call, an honest "unknown"', async () => {
    let calls = 0;
    const ui = lastSubmission(SEED_B, NOW());
    const e = await explain({ ui, api: null, token: '  ' }, { transport: async () => { calls++; throw new Error('no'); }, now: NOW });
    expect(calls).toBe(0);
    expect(e.facts).toBeNull();
    expect(e.findings[0]).toMatchObject({ id: 'unknown', detail: { key: 'explain_unknown_no_facts' } });
  });

  it('nothing to explain is a programming error', async () => {
    await expect(explain({ ui: null, api: null, token: 't' }, { transport: async () => ({ status: 200, headers: {}, body: '{}' }) })).rejects.toThrow(TypeError);
  });

  it('an unreadable API request in a scenario is a ScenarioInputError', async () => {
    const bad = { ...SEED_B, api: { curl: 'curl -X POST' } } as Scenario;
    await expect(explainScenario(bad, { now: NOW })).rejects.toBeInstanceOf(ScenarioInputError);
  });
});

describe('explain(): retries are announced', () => {
  it('a Graph that answers 503 once: the retry is reported with its delay, the second attempt gives the answer', async () => {
    const sim = createSimulatedGraph(SEED_B);
    let calls = 0;
    const flaky: typeof sim.handle = async (req) => {
      calls += 1;
      return calls === 1 ? { status: 503, headers: { 'content-type': 'text/html' }, body: '<html>Service Unavailable</html>' } : sim.handle(req);
    };
    const retries: number[] = [];
    const slept: number[] = [];
    const ui = lastSubmission(SEED_B, NOW());
    const e = await explain(
      { ui, api: null, token: SEED_B.token },
      { transport: flaky, now: NOW, onRetry: (ms) => retries.push(ms), sleep: async (ms) => void slept.push(ms) },
    );
    expect(retries).toEqual([500]);
    expect(slept).toEqual([500]);
    expect(e.facts?.roundTrips).toBe(2);
    expect(e.facts?.batchErrors).toEqual([]);
  });
});
