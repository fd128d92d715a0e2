import { describe, expect, it } from 'vitest';
import { createGraphClient, fetchTransport, type Transport } from '../../../lib/graph';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { EXAMPLES, loadScenario, SHARED_DIR } from './scenario-requests';

const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
const TOKEN = scenario.token;

/** A transport that answers one fixed raw response (to reproduce what the simulator never sends). */
const fixed =
  (status: number, body: string, headers: Record<string, string> = {}): Transport =>
  async () => ({ status, body, headers });

describe('createGraphClient', () => {
  it('needs an explicit, valid API version', () => {
    expect(() => createGraphClient({ transport: fixed(200, '{}'), apiVersion: 'latest' })).toThrow(RangeError);
    expect(createGraphClient({ transport: fixed(200, '{}'), apiVersion: '20' }).apiVersion).toBe('v20.0');
  });

  it('GET sends the token in a header, not in the URL', async () => {
    const seen: string[] = [];
    const transport: Transport = async (req) => {
      seen.push(req.url, JSON.stringify(req.headers));
      return { status: 200, headers: {}, body: '{"id":"1"}' };
    };
    const client = createGraphClient({ transport, apiVersion: 'v22.0' });
    const r = await client.get('me', { fields: 'id,name' }, 'SECRET');
    expect(r.ok).toBe(true);
    expect(seen[0]).toBe('https://graph.facebook.com/v22.0/me?fields=id%2Cname');
    expect(seen[0]).not.toContain('SECRET');
    expect(seen[1]).toContain('Bearer SECRET');
  });

  it('reads objects from the simulator and classifies its errors', async () => {
    const sim = createSimulatedGraph(scenario);
    const client = createGraphClient({ transport: sim.handle, apiVersion: 'v20.0' });
    const page = await client.get('734116649781310', { fields: 'has_whatsapp_business_number' }, TOKEN);
    expect(page.ok && page.body).toEqual({ id: '734116649781310', has_whatsapp_business_number: true });
    const missing = await client.get('999', {}, TOKEN);
    expect(!missing.ok && missing.failure).toMatchObject({ kind: 'not_found', code: 100, subcode: 33, httpStatus: 400 });
    const waba = await client.get('792684993372941/phone_numbers', {}, TOKEN);
    expect(!waba.ok && waba.failure).toMatchObject({ kind: 'permission', code: 200, fbtraceId: 'Ay7COK51Mrr64JCSfyohFdm' });
    const badToken = await client.get('me', {}, 'EAAwrong');
    expect(!badToken.ok && badToken.failure.kind).toBe('token');
    expect(client.roundTrips).toBe(4);
  });

  it('works over fetch (the simulator’s fetch shape)', async () => {
    const sim = createSimulatedGraph(scenario);
    const client = createGraphClient({ transport: fetchTransport(sim.fetch), apiVersion: 'v20.0' });
    const r = await client.batch([{ method: 'GET', relativeUrl: 'me' }], TOKEN);
    expect(r.ok && r.items[0]).toMatchObject({ ok: true, body: { id: '100012345678901' } });
  });

  it('network failure: the transport throws like fetch', async () => {
    const sim = createSimulatedGraph({ ...scenario, graph: { ...scenario.graph, fail: ['me'] } });
    const client = createGraphClient({ transport: sim.handle, apiVersion: 'v20.0' });
    const r = await client.get('me', {}, TOKEN);
    expect(!r.ok && r.failure.kind).toBe('network');
    const b = await client.batch([{ method: 'GET', relativeUrl: 'me' }], TOKEN);
    expect(!b.ok && b.failure.kind).toBe('network');
  });

  it('timeout: a slow answer is abandoned', async () => {
    const sim = createSimulatedGraph({ ...scenario, graph: { ...scenario.graph, latency_ms: 500 } });
    const client = createGraphClient({ transport: sim.handle, apiVersion: 'v20.0', timeoutMs: 30 });
    const r = await client.get('me', {}, TOKEN);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'timeout', message: { key: 'graph_failure_timeout' } });
  });

  it('timeout even when the transport ignores the abort signal', async () => {
    const never: Transport = () => new Promise(() => {});
    const r = await createGraphClient({ transport: never, apiVersion: 'v20.0', timeoutMs: 20 }).get('me', {}, TOKEN);
    expect(!r.ok && r.failure.kind).toBe('timeout');
  });

  it.each([
    ['HTML error page', fixed(200, '<html><body>Sorry, something went wrong</body></html>'), 'non_json'],
    ['HTTP 502 from a proxy', fixed(502, 'Bad Gateway'), 'server'],
    ['HTTP 500 Graph error', fixed(500, '{"error":{"code":1,"message":"An unknown error occurred"}}'), 'server'],
    ['a JSON object instead of the batch array', fixed(200, '{"data":[]}'), 'unknown'],
    ['an array of the wrong length', fixed(200, '[]'), 'unknown'],
    ['array items that are not batch answers', fixed(200, '[{"status":"x"}]'), 'unknown'],
    ['top-level rate limit with usage header', fixed(400, '{"error":{"code":4}}', { 'x-app-usage': '{"call_count":100}' }), 'rate_limit'],
  ] as const)('batch answer: %s → %s', async (_name, transport, kind) => {
    const r = await createGraphClient({ transport, apiVersion: 'v20.0' }).batch([{ method: 'GET', relativeUrl: 'me' }], TOKEN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.kind).toBe(kind);
  });

  it('batch items: null = did not complete; item errors use the batch headers for rate-limit usage', async () => {
    const body = JSON.stringify([
      null,
      { code: 400, body: JSON.stringify({ error: { code: 80004, error_subcode: 2446079 } }) },
      { code: 200, body: '{"id":"1"}' },
      { code: 200, body: 'not json' },
    ]);
    const transport = fixed(200, body, { 'x-ad-account-usage': '{"acc_id_util_pct":100,"reset_time_duration":120}' });
    const r = await createGraphClient({ transport, apiVersion: 'v20.0' }).batch(
      [0, 1, 2, 3].map(() => ({ method: 'GET' as const, relativeUrl: 'me' })),
      TOKEN,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items[0]).toMatchObject({ ok: false, failure: { kind: 'timeout', message: { key: 'graph_failure_batch_item_incomplete' } } });
    expect(r.items[1]).toMatchObject({ ok: false, failure: { kind: 'rate_limit', retryAfterSeconds: 120 } });
    expect(r.items[2]).toMatchObject({ ok: true, body: { id: '1' } });
    expect(r.items[3]).toMatchObject({ ok: false, failure: { kind: 'non_json' } });
  });

  it('refuses more than 50 operations in one batch (Graph’s limit)', async () => {
    const client = createGraphClient({ transport: fixed(200, '[]'), apiVersion: 'v20.0' });
    await expect(client.batch(Array.from({ length: 51 }, () => ({ method: 'GET' as const, relativeUrl: 'me' })), TOKEN)).rejects.toThrow(RangeError);
  });
});
