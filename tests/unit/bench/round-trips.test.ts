import { describe, expect, it } from 'vitest';
import { explainScenario } from '../../../testkit/explain-scenario';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { loadScenarioFile } from '../../../testkit/load-scenario-file';
import { EXAMPLES, SHARED_DIR } from '../graph/scenario-requests';

/**
 * Budget from the benchmarks issue, checked deterministically: one explanation costs exactly one HTTP round trip
 * to the Graph API (one batch; docs/ARCHITECTURE.md#the-diagnosis). Counted at the transport, so a second request of any kind fails.
 * (`npm run bench` counts the same thing in Chromium at the network level.)
 */
describe('round trips to the Graph per explanation', () => {
  it.each(EXAMPLES)('%s: exactly 1', async (file) => {
    const loaded = await loadScenarioFile(`${SHARED_DIR}/${file}`);
    if (!loaded.ok) throw new Error(loaded.error);
    const scenario = { ...loaded.scenario, graph: { ...loaded.scenario.graph, latency_ms: 0 } };
    const graph = createSimulatedGraph(scenario);
    const sent: string[] = [];
    const explanation = await explainScenario(scenario, {
      transport: (req) => {
        sent.push(`${req.method} ${req.url.replace(/access_token=[^&]*/, 'access_token=…')}`);
        return graph.handle(req);
      },
    });
    expect(explanation.findings.length).toBeGreaterThan(0);
    expect(sent, sent.join('\n')).toHaveLength(1);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]).toMatchObject({ method: 'POST', path: '' });
  });
});
