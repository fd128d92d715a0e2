import { recordingTransport, type GraphExchange } from '../lib/graph';
import type { Explanation } from '../lib/explain/explanation';
import type { Scenario } from '../lib/scenario';
import { exportScenario, type ScenarioExport, type ScenarioExportOptions } from '../lib/scenario/export';
import { createSimulatedGraph } from './graph-sim';
import { explainScenario, scenarioCaptures } from './explain-scenario';
import { assembleAdsets } from '../lib/capture/assemble';

/**
 * A run of one world as the extension makes it (the Graph traffic recorded by the same recorder the background
 * uses), then its export as the popup builds it: what the replay property compares.
 */
export async function runAndExport(world: Scenario, opts: ScenarioExportOptions & { now?: number } = {}): Promise<{ explanation: Explanation; exported: ScenarioExport; exchanges: GraphExchange[] }> {
  const now = opts.now ?? 1_733_000_000_000;
  const exchanges: GraphExchange[] = [];
  const transport = recordingTransport(createSimulatedGraph(world).handle, world.token, exchanges);
  const explanation = await explainScenario(world, { now: () => now, transport });
  // As the runner selects: the list order decides among captures of one moment (explain-scenario.ts).
  const captures = scenarioCaptures(world, now).map((c, i) => ({ ...c, capturedAt: c.capturedAt + i }));
  // As the popup selects (an ad set), else what the run compared (a campaign captured alone).
  const adsetId = assembleAdsets(captures).at(0)?.id ?? explanation.ui?.id ?? null;
  const raw = world as Record<string, unknown>;
  const exported = exportScenario(
    {
      captures,
      adsetId,
      api: world.api,
      typedValues: world.api_values,
      exchanges,
      wabaId: explanation.facts?.ids.wabaId ?? null,
      secrets: [world.token],
      name: `export of ${world.name}`,
      locale: world.locale ?? (typeof raw['locale'] === 'string' ? raw['locale'] : undefined),
    },
    opts,
  );
  return { explanation, exported, exchanges };
}
