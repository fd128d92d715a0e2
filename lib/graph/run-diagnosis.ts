import { scrubSecrets } from '../secrets';
import type { Facts, Validation, WabaDiscovery } from '../model/facts';
import type { GraphFailure } from '../model/graph-failure';
import { normalizeApiVersion } from './api-version';
import { collectTraceIds } from './collect-trace-ids';
import { MAX_BATCH } from './batch';
import type { AnswerReading } from './classify-failure';
import {
  DebugTokenAnswerSchema,
  MeAnswerSchema,
  mergeObject,
  PermissionsAnswerSchema,
  readFact,
  toPermissions,
  toValidation,
  toWabaDiscovery,
  WabaPhoneNumbersAnswerSchema,
} from './collect-facts';
import type { DiagnosisInput } from './diagnosis-input';
import { createGraphClient, type GraphClient, type GraphClientOptions } from './graph-client';
import { buildFollowUpPlan, buildPlan, planIds, type ObjectName, type PlanItem } from './plan';

/** The Graph client's options (every batch of the plan is reads and validate_only runs: safe to retry), less the version the input names. */
export interface DiagnosisDeps extends Omit<GraphClientOptions, 'apiVersion'> {
  /**
   * validate_only items of the batch are being tried again one per call (Meta's documented batch limit, see
   * retryBatchLimited): `count` more round trips. Said to the user, who otherwise sees a run take longer for no reason.
   */
  onSingleCalls?: (count: number) => void;
}

interface Round {
  answers: Map<string, AnswerReading>;
  errors: GraphFailure[];
  traceIds: string[];
}

/** Send plan items as batches of at most 50 (one HTTP request for the usual plan). */
async function runItems(client: GraphClient, items: readonly PlanItem[], token: string): Promise<Round> {
  const round: Round = { answers: new Map(), errors: [], traceIds: [] };
  for (let i = 0; i < items.length; i += MAX_BATCH) {
    const chunk = items.slice(i, i + MAX_BATCH);
    const res = await client.batch(
      chunk.map((c) => c.op),
      token,
    );
    const trace = res.headers['x-fb-trace-id'];
    if (trace) round.traceIds.push(trace);
    if (!res.ok) {
      round.errors.push(res.failure);
      continue;
    }
    chunk.forEach((item, k) => round.answers.set(item.id, res.items[k]!));
  }
  return round;
}

/**
 * The diagnostic plan: one Graph batch with the user's token (identity, token scopes, permissions, Page, ad
 * account, campaign, WABA numbers, validate_only runs), and a second only when the first asks for it (pairs).
 * Every item's failure is a fact; only a programming error (invalid apiVersion) throws.
 */
export async function runDiagnosis(input: DiagnosisInput, deps: DiagnosisDeps): Promise<Facts> {
  const apiVersion = normalizeApiVersion(input.apiVersion);
  if (!apiVersion) throw new RangeError(`Not a Graph API version: ${input.apiVersion}`);
  const client = createGraphClient({ transport: deps.transport, apiVersion, timeoutMs: deps.timeoutMs, origin: deps.origin, retry: deps.retry, sleep: deps.sleep });
  const plan = buildPlan(input);
  const first = await runItems(client, plan, input.token);
  const singleCallRetries = await retryBatchLimited(client, plan, first, input.token, deps.onSingleCalls);

  const validationsOf = (items: readonly PlanItem[], answers: Map<string, AnswerReading>): Validation[] =>
    items.flatMap((item) => {
      const a = answers.get(item.id);
      return item.kind === 'validate' && a ? [toValidation(item, a)] : [];
    });
  const validations = validationsOf(plan, first.answers);
  const followUp = first.errors.length === 0 ? buildFollowUpPlan(input, validations) : [];
  const second: Round = followUp.length ? await runItems(client, followUp, input.token) : { answers: new Map(), errors: [], traceIds: [] };
  validations.push(...validationsOf(followUp, second.answers));

  const one = (kind: PlanItem['kind']) => {
    const item = plan.find((p) => p.kind === kind);
    const answer = item && first.answers.get(item.id);
    return item && answer ? { item, answer } : null;
  };
  const me = one('identity');
  const token = one('token');
  const perms = one('permissions');
  const waba = one('waba_phone_numbers');
  const object = (name: ObjectName) => {
    const parts = plan.flatMap((item) => {
      const answer = first.answers.get(item.id);
      return item.kind === 'object' && item.object === name && answer ? [{ item, answer }] : [];
    });
    return parts.length ? mergeObject(parts[0]!.item.objectId, parts) : null;
  };

  const discovery = toWabaDiscovery(
    plan.flatMap((item) => {
      const answer = first.answers.get(item.id);
      return (item.kind === 'waba_accounts' || item.kind === 'waba_numbers') && answer ? [{ item, answer }] : [];
    }),
  );
  const ids = planIds(input);
  const batchErrors = [...first.errors, ...second.errors];
  const facts: Facts = {
    apiVersion,
    ids,
    identity: me && readFact(me.item, me.answer, MeAnswerSchema, (v) => v),
    token: token && readFact(token.item, token.answer, DebugTokenAnswerSchema, (v) => v.data),
    permissions: perms && readFact(perms.item, perms.answer, PermissionsAnswerSchema, toPermissions),
    page: object('page'),
    adAccount: object('adAccount'),
    campaign: object('campaign'),
    uiCampaign: object('uiCampaign'),
    uiPage: object('uiPage'),
    wabaPhoneNumbers: waba ? readFact(waba.item, waba.answer, WabaPhoneNumbersAnswerSchema, (v) => v.data) : discoveredNumbers(discovery),
    ...(discovery ? { wabaDiscovery: discovery } : {}),
    validations,
    ...(singleCallRetries.length ? { singleCallRetries } : {}),
    roundTrips: client.roundTrips,
    batchErrors,
    fbtraceIds: [],
  };
  facts.fbtraceIds = [...new Set([...collectTraceIds(facts), ...first.traceIds, ...second.traceIds])];
  return scrubToken(facts, input.token);
}

/** A failure that says nothing about the ad set's content (Graph's verdict on the fields would be invalid_param etc.). */
const NOT_ABOUT_CONTENT: ReadonlySet<string> = new Set(['server', 'unknown', 'timeout', 'non_json']);

/**
 * Meta's batch documentation: a batch "cannot include multiple Adsets under the same Campaign"; whether that holds
 * for validate_only is not documented. When validate_only items fail with an error that is not about the content
 * while other validate_only items of the same batch were judged (passed, or failed on their fields), those items
 * are retried one per call. Each retry is a round trip; the ids are recorded in Facts.
 */
async function retryBatchLimited(
  client: GraphClient,
  plan: readonly PlanItem[],
  round: Round,
  token: string,
  announce?: (count: number) => void,
): Promise<string[]> {
  const validates = plan.filter((p) => p.kind === 'validate');
  const judged = validates.some((p) => {
    const a = round.answers.get(p.id);
    return a && (a.ok || !NOT_ABOUT_CONTENT.has(a.failure.kind));
  });
  const limited = validates.filter((p) => {
    const a = round.answers.get(p.id);
    return a && !a.ok && a.status !== 0 && NOT_ABOUT_CONTENT.has(a.failure.kind);
  });
  if (!judged || !limited.length) return [];
  announce?.(limited.length);
  for (const item of limited) {
    const res = await client.batch([item.op], token);
    if (res.ok && res.items[0]) round.answers.set(item.id, res.items[0]);
    else if (!res.ok) round.errors.push(res.failure);
  }
  return limited.map((i) => i.id);
}

/** The numbers of the discovered WABAs as the WABA-numbers fact (the report and the rules read that one fact). */
function discoveredNumbers(d: WabaDiscovery | null): Facts['wabaPhoneNumbers'] {
  const read = d?.accounts.filter((a) => a.phoneNumbers !== null && a.phoneNumbersSource) ?? [];
  if (!read.length) return null;
  return { ok: true, source: read[0]!.phoneNumbersSource!, value: read.flatMap((a) => a.phoneNumbers ?? []) };
}

/**
 * Graph error texts sometimes echo parameters (`input_token=…`), even %-encoded twice: the token (and an app
 * token's secret half) must never reach Facts, which the popup shows and storage.session keeps. lib/secrets' walk.
 */
function scrubToken(facts: Facts, token: string): Facts {
  return scrubSecrets(facts, [token]);
}
