import { resolveReferences } from '../../graph/batch-dependencies';
import type { GraphExchange } from '../../graph/record-exchanges';
import { decodeGraphParams, graphQuestionKey, splitGraphPath } from '../graph-request';
import type { AdsetRule, GraphWorld } from '../scenario-schema';
import { parseFormString } from '../../model/form-encoding';
import { isRecord } from '../../model/record';

/**
 * The rule list of the world that answers a write to `act_X/<edge>` (validate_only dry runs). Another level of the
 * chain is one more line here once the simulated Graph reads its list (`campaigns: 'campaigns'`).
 */
export const RULE_LISTS: Readonly<Record<string, string>> = {
  campaigns: 'campaigns',
  adsets: 'adsets',
  ads: 'ads',
  adcreatives: 'adcreatives',
};

/** The part of a world an export rebuilds from the run's Graph traffic. */
export type RecordedWorld = Pick<GraphWorld, 'objects' | 'adsets' | 'fail'> &
  Partial<Pick<GraphWorld, 'headers' | 'token_error' | 'enforce_adset_batch_limit' | 'trace_ids'>> & {
    /** Every rule list the run's dry runs fill (`campaigns`, `adsets`, `ads`, `adcreatives`). */
    lists: Record<string, AdsetRule[]>;
  };

function parseJson(text: string | null | undefined): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `{error}` plus its status when Graph did not answer 400 (the simulated Graph answers with it, see graph-request.ts). */
function asRecorded(code: number, answer: unknown): unknown {
  if (code >= 200 && code < 300) return answer;
  const error = isRecord(answer) && isRecord(answer['error']) ? answer['error'] : { message: typeof answer === 'string' ? answer : 'Unknown error', code: 1 };
  return code === 400 ? { error } : { error, http_status: code };
}

/** A failure that says nothing about the content (Meta's batch limit answers so; lib/graph/run-diagnosis.ts). */
function notAboutContent(code: number, answer: unknown): boolean {
  const e = isRecord(answer) && isRecord(answer['error']) ? answer['error'] : null;
  return code >= 500 || e?.['code'] === 1 || e?.['code'] === 2;
}

/**
 * The Graph answers of one run as a world that answers the same questions the same way: each GET under its exact
 * question (`graphQuestionKey`), each dry run as a rule whose conditions are every parameter it sent (most
 * conditions first, so a request that adds a field never matches the rule of the one without it). Batch
 * references are resolved from the recorded answers, as Graph resolved them. A batch answered with one error (a
 * token Graph no longer accepts) becomes `token_error`; a run whose batch never reached Graph, `fail`.
 */
export function recordedWorld(exchanges: readonly GraphExchange[]): RecordedWorld {
  const objects: Record<string, unknown> = {};
  const rules = new Map<string, { list: string; rule: AdsetRule; conditions: number }>();
  const headers: Record<string, string> = {};
  let tokenError: GraphWorld['token_error'];
  let batchLimit = false;
  let unreachable = false;
  const seenLimited = new Set<string>();
  const traceIds: string[] = [];

  const record = (method: string, relativeUrl: string, body: string, code: number, answer: unknown, topVersion: string | null, batchSize: number) => {
    const { version, path, query } = splitGraphPath(relativeUrl);
    const params: Record<string, string> = { ...query, ...parseFormString(body) };
    const m = (params['method'] ?? method).toUpperCase();
    if (m === 'GET') {
      objects[graphQuestionKey(path, params)] = asRecorded(code, answer);
      return;
    }
    const edge = /^act_[^/]+\/([a-z_]+)$/.exec(path)?.[1];
    const list = edge ? RULE_LISTS[edge] : undefined;
    if (m !== 'POST' || !list) return;
    const when: Record<string, unknown> = decodeGraphParams(params);
    for (const k of ['method', 'suppress_http_code', 'include_headers']) delete when[k];
    const v = version ?? topVersion;
    if (v) when['api_version'] = v;
    const key = `${list}:${JSON.stringify(when)}`;
    // Refused in a batch for no reason about its content, then judged alone: the batch limit (see run-diagnosis).
    if (notAboutContent(code, answer) && batchSize > 1) {
      seenLimited.add(key);
      if (rules.has(key)) return;
    } else if (seenLimited.has(key)) batchLimit = true;
    rules.set(key, { list, rule: { when, respond: asRecorded(code, answer) as AdsetRule['respond'] }, conditions: Object.keys(when).length });
  };

  for (const ex of exchanges) {
    if (ex.status === null) {
      traceIds.push('');
      unreachable = true;
      continue;
    }
    unreachable = false;
    const { ['x-fb-trace-id']: trace, ...usage } = ex.headers;
    traceIds.push(trace ?? '');
    Object.assign(headers, usage);
    let url: URL;
    try {
      url = new URL(ex.url);
    } catch {
      continue;
    }
    const top = splitGraphPath(url.pathname + url.search);
    const form = parseFormString(ex.body ?? '');
    const answer = parseJson(ex.responseBody);
    if (ex.method.toUpperCase() === 'POST' && top.path === '' && form['batch'] !== undefined) {
      const ops = parseJson(form['batch']);
      if (!Array.isArray(ops)) continue;
      if (!Array.isArray(answer)) {
        if (isRecord(answer) && isRecord(answer['error'])) tokenError = answer['error'] as GraphWorld['token_error'];
        continue;
      }
      const named = new Map<string, unknown>();
      ops.forEach((op: unknown, i) => {
        const item: unknown = answer[i];
        if (!isRecord(op) || typeof op['relative_url'] !== 'string' || !isRecord(item)) return;
        const relativeUrl = resolveReferences(op['relative_url'], named);
        const body = typeof op['body'] === 'string' ? resolveReferences(op['body'], named) : '';
        // Unresolvable: the replay answers null for it too, from the same named answers.
        if (relativeUrl === null || body === null) return;
        const code = typeof item['code'] === 'number' ? item['code'] : 200;
        const itemAnswer = parseJson(typeof item['body'] === 'string' ? item['body'] : null);
        if (typeof op['name'] === 'string' && op['name'] && code === 200) named.set(op['name'], itemAnswer);
        record(typeof op['method'] === 'string' ? op['method'] : 'GET', relativeUrl, body, code, itemAnswer, top.version, ops.length);
      });
    } else {
      record(ex.method, url.pathname.replace(/^\//, '') + url.search, ex.body ?? '', ex.status, answer, top.version, 1);
    }
  }

  const lists: Record<string, AdsetRule[]> = {};
  for (const r of [...rules.values()].sort((a, b) => b.conditions - a.conditions)) (lists[r.list] ??= []).push(r.rule);
  return {
    objects,
    adsets: lists['adsets'] ?? [],
    lists,
    fail: unreachable ? ['/'] : [],
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(tokenError ? { token_error: tokenError } : {}),
    ...(batchLimit ? { enforce_adset_batch_limit: true } : {}),
    ...(traceIds.some(Boolean) ? { trace_ids: traceIds } : {}),
  };
}
