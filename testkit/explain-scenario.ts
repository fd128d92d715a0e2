import { assembleAdsets, decodeCapture } from '../lib/capture';
import { wabaIdSeen } from '../lib/capture/ui-seen';
import type { Transport } from '../lib/graph';
import { toHookRequest } from './encode';
import { createSimulatedGraph } from './graph-sim';
import { format, type Text } from '../lib/i18n';
import { levelOf, type Capture, type Submission } from '../lib/model';
import { equivalentApiRequest, fillUnresolved, readScenarioApi } from '../lib/request';
import type { Scenario } from '../lib/scenario';
import type { Explanation } from '../lib/explain/explanation';
import { explain, type ExplainInput, type ExplainStage } from '../lib/explain/pipeline';
import { sidesForLevel } from '../lib/explain/chain-sides';

/** A scenario whose API request cannot be read: the CLI exits 2 with this message. */
export class ScenarioInputError extends Error {
  constructor(
    message: string,
    readonly text?: Text,
  ) {
    super(message);
    this.name = 'ScenarioInputError';
  }
}

export interface ExplainScenarioOptions {
  now?: () => number;
  onProgress?: (stage: ExplainStage) => void;
  /** Overrides the simulated Graph (benchmarks wrap it to count requests). */
  transport?: Transport;
  /** A WABA id "typed by the user"; else the scenario's `waba_id` extension, else what the capture revealed. */
  wabaId?: string | null;
}

/** The scenario's UI requests decoded as the extension decodes them, in the order the page sent them. */
export function scenarioCaptures(scenario: Scenario, now: number): Capture[] {
  return scenario.ui.flatMap((entry, i) => decodeCapture(toHookRequest(entry, { response: entry.response ?? null, startedAt: now }), { id: `ui-${i}`, now }));
}

/**
 * The ad set the user just made: the newest assembled one among the scenario's UI requests (a draft fragment's
 * create, updates and publish count as one), as the popup selects it.
 */
export function lastSubmission(scenario: Scenario, now: number): Submission | null {
  return newestAdset(scenarioCaptures(scenario, now));
}

function newestAdset(captures: Capture[]): Submission | null {
  // Same capture time for all: the list order decides, so the last-sent ad set wins.
  return assembleAdsets(captures.map((c, i) => ({ ...c, capturedAt: c.capturedAt + i }))).at(0)?.submission ?? null;
}

function scenarioId(scenario: Scenario, member: 'waba_id' | 'adset_id'): string | null {
  const raw = (scenario as Record<string, unknown>)[member];
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
}

/**
 * The whole pipeline offline on one scenario file (what `npm run explain` and the tests run): the capture decoded
 * as the extension decodes it, the API request parsed as a pasted one, the simulated Graph as transport.
 */
export async function explainScenario(scenario: Scenario, opts: ExplainScenarioOptions = {}): Promise<Explanation> {
  const now = opts.now ?? Date.now;
  const captures = scenarioCaptures(scenario, now());
  const adset = newestAdset(captures);
  const transport = opts.transport ?? createSimulatedGraph(scenario).handle;
  // `ui_equivalent` (an exported run that compared the capture with its own equivalent): nothing pasted.
  const parsed = scenario.api.ui_equivalent && adset ? null : await readScenarioApi(scenario.api);
  if (parsed && !parsed.ok) throw new ScenarioInputError(`api: ${format(parsed.error)}${parsed.line ? ` (line ${parsed.line})` : ''}`, parsed.error);
  // As the extension does: Ads Manager's object of the pasted request's level, and the ad set a creative goes under.
  const { ui, adsetId } = sidesForLevel(adset?.id ?? null, captures, parsed ? levelOf(parsed.request) : 'adset');
  let api: ExplainInput['api'] = null;
  if (parsed) {
    // As the popup does: what the pasted code computes takes Ads Manager's value for the same field (a typed one wins).
    const { request, filled, missing } = fillUnresolved(parsed.request, parsed.unresolved, ui ? equivalentApiRequest(ui.request) : null, scenario.api_values);
    api = { request, format: parsed.format, tokenFound: parsed.token !== null, filled, missing };
  }
  return explain(
    {
      ui,
      api,
      token: scenario.token,
      // As the extension does: a typed id first, else one Ads Manager revealed anywhere in the tab.
      wabaId: opts.wabaId ?? scenarioId(scenario, 'waba_id') ?? wabaIdSeen(captures),
      // Extension `adset_id`: the ad set a creative is dry-run under when the scenario's UI requests do not name one.
      adsetId: scenarioId(scenario, 'adset_id') ?? adsetId,
    },
    { transport, now, onProgress: opts.onProgress },
  );
}
