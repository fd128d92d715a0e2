import { describe, expect, it } from 'vitest';
import {
  createGraphClient,
  DEFAULT_RETRY,
  isRetrySafe,
  NO_RETRY,
  retryDelayMs,
  runDiagnosis,
  type BatchOperation,
  type DiagnosisInput,
  type GraphFailure,
  type Transport,
  type TransportResponse,
} from '../../../lib/graph';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { FactsSchema } from '../../../lib/model/facts';
import { apiRequestOf, EXAMPLES, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from './scenario-requests';

/**
 * Everything the network and Graph can do wrong to the diagnosis: each fault is a classified GraphFailure, and only
 * transient faults of calls that change nothing are retried (2 retries, 0.5 s then 1.5 s). The sleep is injected
 * and recorded, so the backoff is checked exactly and the tests take no time.
 */

type Fault = TransportResponse | 'throw' | 'hang';
const ok = (body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status: 200, headers, body: JSON.stringify(body) });
const raw = (status: number, body: string, headers: Record<string, string> = {}): TransportResponse => ({ status, headers, body });
const graphError = (status: number, error: Record<string, unknown>, headers: Record<string, string> = {}) => raw(status, JSON.stringify({ error }), headers);

/** A transport that answers the scripted faults in order (the last one repeats), counting calls. */
function scripted(...answers: Fault[]): Transport & { calls: number } {
  const t = Object.assign(
    async (): Promise<TransportResponse> => {
      const a = answers[Math.min(t.calls++, answers.length - 1)]!;
      if (a === 'throw') throw new TypeError('Failed to fetch');
      if (a === 'hang') return new Promise(() => {});
      return a;
    },
    { calls: 0 },
  );
  return t;
}

function client(transport: Transport) {
  const slept: number[] = [];
  const c = createGraphClient({
    transport,
    apiVersion: 'v22.0',
    timeoutMs: 20,
    sleep: async (ms) => void slept.push(ms),
  });
  return { c, slept };
}

const READ: BatchOperation[] = [{ method: 'GET', relativeUrl: 'me?fields=id' }];
const BATCH_OK = ok([{ code: 200, body: '{"id":"1"}' }]);

async function batchFailure(...answers: Fault[]) {
  const transport = scripted(...answers);
  const { c, slept } = client(transport);
  const r = await c.batch(READ, 'T0KEN-1234567890');
  return { r, failure: r.ok ? null : r.failure, calls: transport.calls, roundTrips: c.roundTrips, slept };
}

describe('transient faults of a read-only batch are retried with backoff', () => {
  it.each<[string, Fault, GraphFailure['kind']]>([
    ['slow answer (timeout)', 'hang', 'timeout'],
    ['network error', 'throw', 'network'],
    ['HTTP 500 with a Graph error code 1', graphError(500, { code: 1, message: 'An unknown error occurred' }), 'server'],
    ['HTTP 503 with code 2 (service unavailable)', graphError(503, { code: 2, is_transient: true }), 'server'],
    ['HTML 502 page from a proxy', raw(502, '<html><body>Bad Gateway</body></html>'), 'server'],
    ['cut-off body on a 500', raw(500, '{"error":{"code":1,"mess'), 'server'],
    ['unknown code marked is_transient (classified server)', graphError(400, { code: 9007, is_transient: true }), 'server'],
  ])('%s: 3 round trips, waits 500 then 1500 ms, then the classified failure', async (_name, fault, kind) => {
    const { failure, calls, roundTrips, slept } = await batchFailure(fault);
    expect(failure?.kind).toBe(kind);
    expect(calls).toBe(3);
    expect(roundTrips).toBe(3);
    expect(slept).toEqual([500, 1500]);
  });

  it('a transient fault followed by an answer: the answer wins, every attempt is counted', async () => {
    const { r, calls, roundTrips, slept } = await batchFailure('hang', raw(502, 'Bad Gateway'), BATCH_OK);
    expect(r).toMatchObject({ ok: true, items: [{ ok: true, body: { id: '1' } }] });
    expect([calls, roundTrips]).toEqual([3, 3]);
    expect(slept).toEqual([500, 1500]);
  });

  it('GET calls are reads: retried the same way', async () => {
    const transport = scripted('throw', ok({ id: '1' }));
    const { c, slept } = client(transport);
    expect(await c.get('me', {}, 'T0KEN-1234567890')).toMatchObject({ ok: true, body: { id: '1' } });
    expect([c.roundTrips, slept]).toEqual([2, [500]]);
  });

  it('retry: NO_RETRY turns retries off', async () => {
    const transport = scripted('throw');
    const c = createGraphClient({ transport, apiVersion: 'v22.0', retry: NO_RETRY, sleep: async () => {} });
    expect((await c.batch(READ, 'T')).ok).toBe(false);
    expect(c.roundTrips).toBe(1);
  });
});

describe('faults that would fail the same way again are not retried', () => {
  it.each<[string, Fault, GraphFailure['kind']]>([
    ['expired token (190/463)', graphError(400, { code: 190, error_subcode: 463, type: 'OAuthException' }), 'token'],
    ['permission (200)', graphError(403, { code: 200, message: '(#200) Permissions error' }), 'permission'],
    ['permission (10)', graphError(400, { code: 10 }), 'permission'],
    ['invalid parameter (100)', graphError(400, { code: 100, error_subcode: 2446885 }), 'invalid_param'],
    ['deprecated version (2635)', graphError(400, { code: 2635 }), 'version'],
    ['HTTP 404 without a Graph error', raw(404, '{"message":"nope"}'), 'unknown'],
    ['HTML error page with 200', raw(200, '<!DOCTYPE html><html><title>Error</title></html>'), 'non_json'],
    ['cut-off body on a 200', raw(200, '[{"code":200,"body":"{\\"id\\":'), 'non_json'],
    ['non-JSON text', raw(200, 'for (;;);'), 'non_json'],
    ['JSON that is not a batch answer', ok({ data: [] }), 'unknown'],
    ['batch answer of the wrong length', ok([]), 'unknown'],
  ])('%s → %s after one round trip', async (_name, fault, kind) => {
    const { failure, calls, roundTrips, slept } = await batchFailure(fault);
    expect(failure?.kind).toBe(kind);
    expect([calls, roundTrips]).toEqual([1, 1]);
    expect(slept).toEqual([]);
  });
});

describe('rate limits', () => {
  const limited = (usage: Record<string, string>) => graphError(400, { code: 17, message: 'User request limit reached' }, usage);

  it('no announced wait: give up at once with the classified message', async () => {
    const { failure, calls } = await batchFailure(limited({}));
    expect(failure).toMatchObject({ kind: 'rate_limit', code: 17, action: { key: 'graph_action_rate_limit' } });
    expect(failure?.retryAfterSeconds).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('a long announced wait (BUC minutes): give up at once and say how long', async () => {
    const buc = { 'x-business-use-case-usage': JSON.stringify({ '1187654321098765': [{ type: 'ads_management', call_count: 100, estimated_time_to_regain_access: 12 }] }) };
    const { failure, calls, slept } = await batchFailure(limited(buc));
    expect(failure).toMatchObject({ kind: 'rate_limit', retryAfterSeconds: 720, action: { key: 'graph_action_rate_limit_wait', subs: ['12'] } });
    expect([calls, slept]).toEqual([1, []]);
  });

  it('a short announced wait (≤ 5 s): honoured, then the answer', async () => {
    const short = limited({ 'x-ad-account-usage': JSON.stringify({ acc_id_util_pct: 100, reset_time_duration: 3 }) });
    const { r, calls, slept } = await batchFailure(short, BATCH_OK);
    expect(r.ok).toBe(true);
    expect([calls, slept]).toEqual([2, [3000]]);
  });

  it('a short wait shorter than the backoff waits the backoff', async () => {
    const short = limited({ 'x-ad-account-usage': JSON.stringify({ reset_time_duration: 0.2 }) });
    const { calls, slept, failure } = await batchFailure(short);
    expect(failure?.kind).toBe('rate_limit');
    expect([calls, slept]).toEqual([3, [500, 1500]]);
  });
});

describe('partial batch failures are per-item facts, not retried', () => {
  it('null (did not complete), transient item, rate-limited item and a good item in one answer', async () => {
    const body = [
      null,
      { code: 500, body: JSON.stringify({ error: { code: 2, is_transient: true } }) },
      { code: 400, body: JSON.stringify({ error: { code: 80004, error_subcode: 2446079 } }) },
      { code: 200, body: '{"success":true}' },
      { code: 200, body: '{"id":' },
    ];
    const transport = scripted(ok(body));
    const { c, slept } = client(transport);
    const r = await c.batch(
      body.map(() => READ[0]!),
      'T',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items.map((i) => (i.ok ? 'ok' : i.failure.kind))).toEqual(['timeout', 'server', 'rate_limit', 'ok', 'non_json']);
    expect([transport.calls, slept]).toEqual([1, []]);
  });
});

describe('only calls that change nothing are repeated', () => {
  const validate = (extra: Record<string, string> = {}): BatchOperation => ({
    method: 'POST',
    relativeUrl: 'act_1/adsets',
    body: { name: 'x', execution_options: '["validate_only"]', ...extra },
  });
  const create: BatchOperation = { method: 'POST', relativeUrl: 'act_1/adsets', body: { name: 'x' } };

  it.each<[string, BatchOperation[], boolean]>([
    ['reads', [{ method: 'GET', relativeUrl: 'me' }], true],
    ['validate_only runs', [validate(), validate({ execution_options: '["validate_only","include_recommendations"]' })], true],
    ['reads and validate_only runs (the diagnosis batch)', [{ method: 'GET', relativeUrl: 'me' }, validate()], true],
    ['a real create', [create], false],
    ['a create among reads', [{ method: 'GET', relativeUrl: 'me' }, create], false],
    ['include_recommendations alone still creates', [validate({ execution_options: '["include_recommendations"]' })], false],
    ['execution_options that are not JSON', [validate({ execution_options: 'validate_only' })], false],
    ['a DELETE', [{ method: 'DELETE', relativeUrl: '1' }], false],
  ])('%s → retry-safe %s', async (_name, ops, safe) => {
    expect(isRetrySafe(ops)).toBe(safe);
    const transport = scripted('throw');
    const { c } = client(transport);
    await c.batch(ops, 'T');
    expect(transport.calls).toBe(safe ? 3 : 1);
  });
});

describe('retryDelayMs (the policy as a table)', () => {
  const f = (kind: GraphFailure['kind'], extra: Partial<GraphFailure> = {}): GraphFailure => ({ kind, message: { key: 'k' }, action: { key: 'a' }, ...extra });
  it.each<[string, GraphFailure, number, number | null]>([
    ['network, 1st retry', f('network'), 0, 500],
    ['network, 2nd retry', f('network'), 1, 1500],
    ['network, no 3rd retry', f('network'), 2, null],
    ['timeout', f('timeout'), 0, 500],
    ['server', f('server'), 1, 1500],
    ['token', f('token'), 0, null],
    ['permission even if is_transient', f('permission', { graphError: { code: 200, is_transient: true } }), 0, null],
    ['invalid_param', f('invalid_param'), 0, null],
    ['unknown, is_transient', f('unknown', { graphError: { code: 9007, is_transient: true } }), 0, 500],
    ['unknown, not transient', f('unknown'), 0, null],
    ['non_json', f('non_json'), 0, null],
    ['rate limit, wait unknown', f('rate_limit'), 0, null],
    ['rate limit, 5 s', f('rate_limit', { retryAfterSeconds: 5 }), 0, 5000],
    ['rate limit, 6 s', f('rate_limit', { retryAfterSeconds: 6 }), 0, null],
  ])('%s → %s', (_name, failure, retry, expected) => {
    expect(retryDelayMs(failure, retry, DEFAULT_RETRY)).toBe(expected);
  });
});

describe('runDiagnosis through faults', () => {
  const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
  const input = (): DiagnosisInput => {
    const api = apiRequestOf(scenario);
    const ui = uiRequestOf(scenario);
    return { token: scenario.token, apiVersion: api.apiVersion!, apiRequest: api, uiRequest: ui, variants: variantsOf(api, ui), wabaId: '792684993372941' };
  };
  /** The simulated Graph behind `faults` first answers. */
  function flaky(...faults: Fault[]): Transport & { calls: number } {
    const sim = createSimulatedGraph(scenario);
    const t = Object.assign(
      async (req: Parameters<Transport>[0]): Promise<TransportResponse> => {
        const fault = faults[t.calls++];
        if (fault === undefined) return sim.handle(req);
        if (fault === 'throw') throw new TypeError('Failed to fetch');
        if (fault === 'hang') return new Promise(() => {});
        return fault;
      },
      { calls: 0 },
    );
    return t;
  }

  it('a 503 and a timeout before the answer: full facts, roundTrips counts all three', async () => {
    const transport = flaky(raw(503, '<html>Service Unavailable</html>'), 'hang');
    const slept: number[] = [];
    const facts = await runDiagnosis(input(), { transport, timeoutMs: 20, sleep: async (ms) => void slept.push(ms) });
    expect(FactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.batchErrors).toEqual([]);
    expect(facts.roundTrips).toBe(3);
    expect(transport.calls).toBe(3);
    expect(slept).toEqual([500, 1500]);
    expect(facts.validations.find((v) => v.variantId === 'validate_ui')?.ok).toBe(true);
  });

  it('the network stays down: one classified batch error after 3 round trips, no token anywhere', async () => {
    const transport = flaky('throw', 'throw', 'throw');
    const facts = await runDiagnosis(input(), { transport, sleep: async () => {} });
    expect(facts.batchErrors.map((f) => f.kind)).toEqual(['network']);
    expect(facts.roundTrips).toBe(3);
    expect(facts.identity).toBeNull();
    expect(JSON.stringify(facts)).not.toContain(scenario.token);
  });

  it('an expired token is answered once, not retried', async () => {
    const transport = flaky(graphError(400, { code: 190, error_subcode: 463, fbtrace_id: 'AbcTrace' }));
    const facts = await runDiagnosis(input(), { transport, sleep: async () => {} });
    expect(facts.batchErrors).toMatchObject([{ kind: 'token', subcode: 463 }]);
    expect(facts.fbtraceIds).toContain('AbcTrace');
    expect(facts.roundTrips).toBe(1);
  });
});
