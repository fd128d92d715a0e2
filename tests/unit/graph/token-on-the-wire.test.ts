import { describe, expect, it } from 'vitest';
import { runDiagnosis, type DiagnosisInput, type TransportRequest } from '../../../lib/graph';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { apiRequestOf, EXAMPLES, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from './scenario-requests';

// SECURITY.md: the token goes only to graph.facebook.com, in the POST body, never in a URL. Inside that body, Meta's
// batch API lets GET items carry no `body`, so debug_token's input_token sits in that item's relative_url — a part
// of the POST body, never requested as a URL. This pins exactly where the token travels.
describe('where the token travels in a diagnosis', () => {
  const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
  const api = apiRequestOf(scenario);
  const ui = uiRequestOf(scenario);
  const token = scenario.token!;
  const input: DiagnosisInput = { token, apiVersion: api.apiVersion!, apiRequest: api, uiRequest: ui, variants: variantsOf(api, ui), wabaId: '792684993372941' };

  it('only in POST bodies to graph.facebook.com: as access_token, and as input_token of the debug_token item only', async () => {
    const sim = createSimulatedGraph(scenario);
    const sent: TransportRequest[] = [];
    const facts = await runDiagnosis(input, { transport: (req) => (sent.push(req), sim.handle(req)) });
    expect(sent.length).toBeGreaterThan(0);
    for (const req of sent) {
      expect(new URL(req.url).origin).toBe('https://graph.facebook.com');
      expect(req.url).not.toContain(token);
      expect(req.method).toBe('POST');
      const form = new URLSearchParams(req.body ?? '');
      expect(form.get('access_token')).toBe(token);
      const items = JSON.parse(form.get('batch') ?? '[]') as { method: string; relative_url: string; body?: string }[];
      const carrying = items.filter((i) => JSON.stringify(i).includes(encodeURIComponent(token)) || JSON.stringify(i).includes(token));
      for (const item of carrying) {
        expect(item.method).toBe('GET');
        expect(item.relative_url).toBe(`debug_token?input_token=${encodeURIComponent(token)}`);
      }
    }
    // What Facts cite of that item (shown in the popup, kept in storage.session) has it redacted.
    expect(JSON.stringify(facts)).not.toContain(token);
    expect(JSON.stringify(facts)).toContain('debug_token?input_token=[redacted]');
  });
});
