import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { diffRequests } from '../../../lib/diff';
import { runDiagnosis, type DiagnosisInput, type TransportResponse } from '../../../lib/graph';
import { DEPTH_LIMIT_MARK, limitNesting, MAX_NESTING, nestsDeeperThan, type AdsetRequest } from '../../../lib/model';
import { buildReport, toMarkdown } from '../../../lib/report';
import { parseApiRequest } from '../../../lib/request';
import { scrubSecrets } from '../../../lib/secrets';
import { apiRequestOf, EXAMPLES, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from '../graph/scenario-requests';
import { explanationFor, META, SEED_B } from '../report/fixtures';

// JSON nested far deeper than any real payload, as a page, a paste or a Graph answer can send it.
const DEEP = 100_000;
const deepJson = (n: number, leaf = '1') => '{"a":'.repeat(n) + leaf + '}'.repeat(n);
const URL = 'https://graph.facebook.com/v20.0/act_1187654321098765/adsets';

describe('one nesting limit, for every input size', () => {
  it.each([
    ['a small paste', MAX_NESTING + 2],
    ['a paste over 4 KB (read by JSON.parse)', 3000],
    ['a paste nested 100,000 deep', DEEP],
  ])('%s is refused with a message that says so', (_name, depth) => {
    const r = parseApiRequest(JSON.stringify({ name: 'x', targeting: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deepJson(depth)));
    expect(r).toMatchObject({ ok: false, error: { key: 'requestSyntaxTooDeep', subs: [expect.any(String), expect.any(String), String(MAX_NESTING)] } });
  });

  it('a field holding deep JSON as a string (a form body) stays text, with a warning', () => {
    const r = parseApiRequest(`curl '${URL}' --data-urlencode 'targeting=${deepJson(DEEP)}' -d name=x`);
    expect(r).toMatchObject({ ok: true, warnings: [{ key: 'requestWarnFieldNotJson', subs: ['targeting'] }] });
    expect(r.ok && typeof r.request.fields.targeting).toBe('string');
  });

  it('limitNesting cuts a 100,000-deep value so JSON.stringify and structuredClone work', () => {
    const v = JSON.parse(deepJson(DEEP)) as unknown;
    expect(nestsDeeperThan(v)).toBe(true);
    const cut = limitNesting(v);
    expect(nestsDeeperThan(cut)).toBe(false);
    expect(JSON.stringify(cut)).toContain(DEPTH_LIMIT_MARK);
    expect(() => structuredClone(cut)).not.toThrow();
    const shallow = { a: [1, { b: 2 }] };
    expect(limitNesting(shallow)).toBe(shallow);
  });

  it('a captured body nested 100,000 deep is decoded, redacted and storable', () => {
    const body = `{"variables":${deepJson(DEEP)},"access_token":"EAAGsecretsecretsecretsecret"}`;
    const caps = decodeCapture({
      transport: 'fetch',
      method: 'POST',
      url: 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets',
      headers: { 'content-type': 'application/json' },
      body,
      bodyType: 'string',
      response: { status: 200, body: deepJson(DEEP) },
      failure: null,
      startedAt: 1764547200000,
    });
    expect(() => structuredClone(caps)).not.toThrow();
    expect(JSON.stringify(caps)).not.toContain('EAAGsecret');
  });

  it('diff, scrub and report walk deep values without overflowing', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < DEEP; i++) deep = { a: deep };
    const req: AdsetRequest = { apiVersion: 'v20.0', adAccountId: '1', method: 'POST', host: null, fields: { name: 'x', targeting: deep }, transport: {} };
    expect(() => diffRequests(req, { ...req, fields: { name: 'y', targeting: deep } })).not.toThrow();
    expect(() => JSON.stringify(scrubSecrets(req))).not.toThrow();
    const explanation = await explanationFor(SEED_B);
    const report = buildReport({ ...explanation, api: { ...explanation.api!, request: req } }, META);
    expect(() => toMarkdown(report)).not.toThrow();
  });

  it('a Graph answer with error_data nested 100,000 deep still ends in facts', async () => {
    const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
    const api = apiRequestOf(scenario);
    const ui = uiRequestOf(scenario);
    const input: DiagnosisInput = { token: scenario.token!, apiVersion: api.apiVersion!, apiRequest: api, uiRequest: ui, variants: variantsOf(api, ui) };
    const error = `{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":2446885,"fbtrace_id":"DeepTrace","error_data":${deepJson(DEEP)}}}`;
    const transport = async (): Promise<TransportResponse> => ({ status: 400, headers: {}, body: error });
    const facts = await runDiagnosis(input, { transport, sleep: async () => {} });
    expect(facts.batchErrors[0]).toMatchObject({ subcode: 2446885 });
    expect(() => structuredClone(facts)).not.toThrow();
    expect(JSON.stringify(facts)).toContain('DeepTrace');
  });
});
