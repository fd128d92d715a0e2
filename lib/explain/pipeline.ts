import { diffRequests } from '../diff';
import { buildPlan, MAX_BATCH, normalizeApiVersion, realSleep, runDiagnosis, type DiagnosisInput, type Sleep, type Transport } from '../graph';
import { levelOf, submissionLevel, type AdLevel, type AdsetRequest, type Facts, type Submission } from '../model';
import { equivalentApiRequest } from '../request';
import { buildVariants, probeVariants } from './build-variants';
import { atLevel } from './level-notes';
import { levelProbeVariants } from './level-probes';
import type { ApiSide, Explanation } from './explanation';
import { promotedObject } from './rule-context';
import { runRules } from './run-rules';
import type { ExplainStage } from './stages';

/**
 * The version the diagnosis batch uses when neither side names one. Graph would use the app's default version;
 * any supported version answers the reads the plan makes.
 */
export const DEFAULT_API_VERSION = 'v22.0';

export interface ExplainInput {
  /** The captured Ads Manager submission (null when the user only pasted an API request). */
  ui: Submission | null;
  /** The user's API request (null: compare the UI submission with its own API equivalent). */
  api: { request: AdsetRequest; format: string; tokenFound?: boolean; filled?: ApiSide['filled']; missing?: ApiSide['missing'] } | null;
  /** The user's token: sent only to Graph through `transport`, never kept in the Explanation. */
  token: string;
  /** A WABA id the user typed (else the one the capture revealed). */
  wabaId?: string | null;
  /**
   * The ad set a creative is dry-run under (Graph offers no validate_only for creatives, so one is checked inline in
   * an ad): Ads Manager's ad set of the selected publish. Defaults to the capture's `adset_id` (an ad's).
   */
  adsetId?: string | null;
}

export type { ExplainStage };

export interface ExplainDeps {
  transport: Transport;
  now?: () => number;
  onProgress?: (stage: ExplainStage) => void;
  /** Per Graph HTTP request. */
  timeoutMs?: number;
  /** Graph did not answer (network, timeout, 5xx) and the batch is tried again after `delayMs`. */
  onRetry?: (delayMs: number) => void;
  /** Waits between retries (tests pass an instant one). */
  sleep?: Sleep;
  /** `count` validate_only runs are being repeated one per call (Meta's batch limit; lib/graph/run-diagnosis.ts). */
  onSingleCalls?: (count: number) => void;
}

function pageIdOf(req: AdsetRequest | null): string | null {
  const id = promotedObject(req)?.['page_id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * "Explain why the API fails": diff the UI submission against the API request, run ONE diagnosis with the user's
 * token (reads + validate_only experiments built from the diff; the diagnosis may add a second batch of pairs
 * itself), then the rules. Throws only when there is nothing to explain (no capture and no request).
 */
export async function explain(input: ExplainInput, deps: ExplainDeps): Promise<Explanation> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  if (!input.ui && !input.api) throw new TypeError('explain(): give a UI submission, an API request, or both');
  // Only Ads Manager's object of the request's own level is compared (the caller picks it from the publish's chain:
  // captureAtLevel); a capture of another level says nothing field by field about this request.
  const sameLevel = !input.ui || !input.api || submissionLevel(input.ui) === levelOf(input.api.request);
  const ui = sameLevel ? input.ui : null;
  const uiEquivalent = ui ? atUiLevel(equivalentApiRequest(ui.request), submissionLevel(ui)) : null;
  const api: ApiSide = input.api
    ? { request: input.api.request, format: input.api.format, tokenFound: input.api.tokenFound ?? false, filled: input.api.filled ?? [], missing: input.api.missing ?? [] }
    : { request: uiEquivalent!, format: 'ui-equivalent', tokenFound: false, filled: [], missing: [] };
  const compared = input.api !== null && ui !== null;

  deps.onProgress?.('diff');
  // The diff reads the submission as the UI sent it, so its bookkeeping is shown (and labelled), not hidden.
  const diff = ui ? diffRequests(ui.request, api.request) : null;

  deps.onProgress?.('graph');
  let facts: Facts | null = null;
  if (input.token.trim()) {
    const version = normalizeApiVersion(api.request.apiVersion) ?? normalizeApiVersion(ui?.request.apiVersion) ?? DEFAULT_API_VERSION;
    const base: DiagnosisInput = {
      token: input.token,
      apiVersion: version,
      apiRequest: api.request,
      // In ui-equivalent mode the API request IS the UI's: validating it twice would prove nothing.
      uiRequest: compared ? uiEquivalent : null,
      variants: [],
      pageId: pageIdOf(api.request) ?? ui?.identifiers.pageId ?? null,
      adAccountId: api.request.adAccountId ?? ui?.identifiers.adAccountId ?? null,
      wabaId: input.wabaId ?? ui?.identifiers.wabaId ?? null,
      adsetId: input.adsetId ?? ui?.identifiers.adsetId ?? null,
    };
    const budget = MAX_BATCH - buildPlan(base).length;
    const fromDiff = compared ? buildVariants(diff, api.request, uiEquivalent, budget) : [];
    const probes = [...fromDiff, ...probeVariants(api.request, fromDiff, budget - fromDiff.length)];
    const variants = [...probes, ...levelProbeVariants(api.request, probes, budget - probes.length)];
    const sleep = deps.sleep ?? realSleep;
    const announced: Sleep = (ms) => {
      deps.onRetry?.(ms);
      return sleep(ms);
    };
    facts = await runDiagnosis({ ...base, variants }, { transport: deps.transport, timeoutMs: deps.timeoutMs, sleep: announced, onSingleCalls: deps.onSingleCalls });
  }

  deps.onProgress?.('rules');
  const level = levelOf(api.request);
  const findings = runRules({ ui: ui, api, uiEquivalent, diff, facts, now: now() }).map((f) => atLevel(f, level));
  return { ui: ui, api, uiEquivalent, diff, facts, findings, startedAt, finishedAt: now() };
}

/** The UI's equivalent request says the capture's level (the submission carries it; its request does not). */
function atUiLevel(req: AdsetRequest, level: AdLevel): AdsetRequest {
  return level === 'adset' ? req : { ...req, level };
}
