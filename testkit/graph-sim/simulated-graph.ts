import type { GraphError } from '../../lib/model/graph-error';
import { parseFormString } from '../../lib/model/form-encoding';
import { isRecord } from '../../lib/model/record';
import { redactText } from '../../lib/secrets';
import type { Scenario } from '../../lib/scenario/scenario-schema';
import { matchRule } from './match-rule';
import { resolveReferences } from '../../lib/graph/batch-dependencies';
import { decodeGraphParams, graphQuestionKey, recordedErrorStatus, splitGraphPath } from '../../lib/scenario/graph-request';
import { nestedFieldSpecs, selectFields } from './select-fields';

// A Graph API that answers from a scenario file (format: docs/scenario-format.md). Used as the
// transport in unit tests, from Playwright (`context.route('https://graph.facebook.com/**', …)` calls `handle`),
// by the demo and by the offline `explain` command.

export interface SimRequest {
  method: string;
  url: string;
  /** Any case; read case-insensitively. */
  headers?: Record<string, string>;
  body?: string | null;
  signal?: AbortSignal;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request the simulator saw (tokens redacted). A batch is one entry with its item count. */
export interface SimLogEntry {
  method: string;
  /** Path without version or query (`''` for the batch root). */
  path: string;
  apiVersion: string | null;
  batchSize: number | null;
  /** HTTP status, or null when the request failed at the network level. */
  status: number | null;
}

export interface SimulatedGraph {
  /** Answer one raw HTTP request. Throws a `TypeError` for `graph.fail` paths, like `fetch` on a network error. */
  handle(req: SimRequest): Promise<SimResponse>;
  /** The same, shaped like `fetch` (Node 18+ / browsers: uses the global `Response`). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly requests: readonly SimLogEntry[];
}

type Params = Record<string, string>;
interface Answer {
  status: number;
  body: unknown;
}

const MAX_BATCH = 50;

/** The scenario's rule lists are named for the ad account edge they answer. */
type CreationEdge = 'campaigns' | 'adsets' | 'ads' | 'adcreatives';

/** What a level without rules answers a real (not validate_only) creation with. */
const CREATED_ID: Readonly<Record<CreationEdge, string>> = {
  campaigns: '120000000000000001',
  adsets: '120000000000000002',
  ads: '120000000000000003',
  adcreatives: '120000000000000004',
};

const splitPath = splitGraphPath;

function bodyParams(body: string | null | undefined, contentType: string): Params {
  if (!body) return {};
  if (contentType.includes('json')) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (!isRecord(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    } catch {
      return {};
    }
  }
  return parseFormString(body);
}

const decodeParams = decodeGraphParams;

function tokenOf(params: Params, headers: Record<string, string>): string | undefined {
  if (params['access_token']) return params['access_token'];
  const m = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(headers['authorization'] ?? '');
  return m ? m[1]!.trim() : undefined;
}

function lower(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      },
      { once: true },
    );
  });
}

export function createSimulatedGraph(scenario: Scenario): SimulatedGraph {
  const world = scenario.graph;
  const failPaths = new Set(world.fail.map((p) => p.replace(/^\/+/, '').replace(/\/+$/, '')));
  const log: SimLogEntry[] = [];
  let traceCounter = 0;

  const traceId = () => `SimTrace${(++traceCounter).toString(36).padStart(6, '0')}`;
  const error = (status: number, e: GraphError): Answer => ({ status, body: { error: { ...e, fbtrace_id: e.fbtrace_id ?? traceId() } } });

  const badToken = () =>
    error(400, { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 });
  const unsupported = (method: string, path: string) =>
    error(400, {
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${path}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      type: 'GraphMethodException',
      code: 100,
      error_subcode: 33,
    });
  const badParam = (message: string) => error(400, { message: `(#100) ${message}`, type: 'OAuthException', code: 100 });

  /**
   * One node with `fields=`; a field the node lacks but that names an edge in `objects` (`phone_numbers{…}` on a
   * WABA → `WABA/phone_numbers`) is answered as that edge, and an edge that fails fails the whole read, as Graph does.
   */
  function readNode(method: string, path: string, fields: string | undefined): Answer {
    if (!Object.prototype.hasOwnProperty.call(world.objects, path)) return unsupported(method, path);
    const obj = world.objects[path];
    if (isRecord(obj) && 'error' in obj) return error(recordedErrorStatus(obj), obj['error'] as GraphError);
    const body = selectFields(obj, fields);
    if (fields === undefined || !isRecord(body) || !isRecord(obj)) return { status: 200, body };
    for (const field of nestedFieldSpecs(fields)) {
      if (field.name in obj) continue;
      const edgePath = `${path}/${field.name}`;
      if (!Object.prototype.hasOwnProperty.call(world.objects, edgePath)) continue;
      const edge = world.objects[edgePath];
      if (isRecord(edge) && 'error' in edge) return error(400, edge['error'] as GraphError);
      body[field.name] = selectFields(edge, field.sub);
    }
    return { status: 200, body };
  }

  /** The first rule of a level's list that holds, as an answer (a rule's `error` is a 400). */
  function byRules(list: CreationEdge, params: Record<string, unknown>): Answer | null {
    const rule = matchRule(world[list], params);
    if (!rule) return null;
    const respond = rule.respond;
    return isRecord(respond) && 'error' in respond ? error(recordedErrorStatus(respond), respond['error'] as GraphError) : { status: 200, body: respond };
  }

  /**
   * A creation request judged by its level's rules (docs/scenario-format.md): the first rule that holds answers, none
   * holding is a Graph error; a level other than the ad set with no rule list at all accepts (its dry run succeeds).
   * An ad whose `creative` is a spec (not `{creative_id}`) is judged twice, as Graph validates both: the creative by
   * the `adcreatives` rules (on the creative's own parameters, the way a creative is dry-run inline), then the ad.
   */
  function judge(edge: CreationEdge, params: Record<string, unknown>): Answer {
    const level = (list: CreationEdge, p: Record<string, unknown>): Answer => {
      if (list !== 'adsets' && world[list].length === 0) return { status: 200, body: { id: CREATED_ID[list] } };
      return byRules(list, p) ?? badParam(`Invalid parameter (simulated Graph: no ${list} rule of the scenario matched)`);
    };
    if (edge === 'ads') {
      const creative = params['creative'];
      if (isRecord(creative) && creative['creative_id'] === undefined) {
        const judged = level('adcreatives', { ...creative, api_version: params['api_version'] });
        if (judged.status !== 200) return judged;
      }
    }
    return level(edge, params);
  }

  /** Token check, then the node: GET from `objects`, POST act_X/{campaigns,adsets,ads,adcreatives} from the rules. */
  function answer(method: string, path: string, version: string | null, params: Params, token: string | undefined): Answer {
    if (token === undefined || token !== scenario.token) return badToken();
    if (world.token_error) return error(400, world.token_error);
    // Graph honours a `method` parameter over the HTTP verb (Ads Manager sends `POST …?method=post`, JS SDKs `GET …?method=delete`).
    const m = (params['method'] ?? method).toUpperCase();
    if (m === 'GET') {
      // An exported world records each answer under the exact question (lib/scenario/graph-request.ts).
      const exact = graphQuestionKey(path, params);
      if (exact !== path && Object.prototype.hasOwnProperty.call(world.objects, exact)) {
        const recorded = world.objects[exact];
        if (isRecord(recorded) && 'error' in recorded) return error(recordedErrorStatus(recorded), recorded['error'] as GraphError);
        return { status: 200, body: recorded };
      }
      // `?ids=a,b` reads several nodes at once, keyed by id (Meta's batch example feeds it `{result=…:$.data.*.id}`).
      if (path === '' && params['ids'] !== undefined) {
        const out: Record<string, unknown> = {};
        for (const id of params['ids'].split(',').map((x) => x.trim()).filter(Boolean)) {
          const one = readNode(m, id, params['fields']);
          if (one.status !== 200) return one;
          out[id] = one.body;
        }
        return Object.keys(out).length ? { status: 200, body: out } : badParam('Invalid parameter ids');
      }
      return readNode(m, path, params['fields']);
    }
    const edge = /^act_[^/]+\/(campaigns|adsets|ads|adcreatives)$/.exec(path)?.[1] as CreationEdge | undefined;
    if (m === 'POST' && edge) {
      const decoded = decodeParams(params);
      if (version) decoded['api_version'] = version;
      const opts = decoded['execution_options'];
      const validateOnly = Array.isArray(opts) ? opts.includes('validate_only') : opts === 'validate_only';
      const judged = judge(edge, decoded);
      if (judged.status !== 200) return judged;
      return { status: 200, body: validateOnly ? { success: true } : judged.body };
    }
    return unsupported(m, path);
  }

  function batch(topVersion: string | null, params: Params, topToken: string | undefined): Answer {
    let ops: unknown;
    try {
      ops = JSON.parse(params['batch'] ?? '');
    } catch {
      return badParam('The parameter batch must be a JSON-encoded array');
    }
    if (!Array.isArray(ops)) return badParam('The parameter batch must be a JSON-encoded array');
    if (ops.length === 0) return badParam('The parameter batch must not be empty');
    if (ops.length > MAX_BATCH) return badParam(`Too many requests in batch message. Maximum batch size is ${MAX_BATCH}`);
    const includeHeaders = params['include_headers'] !== 'false';
    // Items run in order; a named item's successful answer feeds later `{result=NAME:$.path}` references.
    const named = new Map<string, unknown>();
    const adsetCampaigns = new Set<string>();
    const items = ops.map((op, i): Answer | null => {
      if (!isRecord(op) || typeof op['relative_url'] !== 'string') {
        return { status: 400, body: badParam(`Batch item ${i} must be an object with a relative_url`).body };
      }
      const relativeUrl = resolveReferences(op['relative_url'], named);
      const rawBody = typeof op['body'] === 'string' ? resolveReferences(op['body'], named) : '';
      if (relativeUrl === null || rawBody === null) return null;
      const method = typeof op['method'] === 'string' ? op['method'] : 'GET';
      const { version, path, query } = splitPath(relativeUrl);
      const itemParams = { ...query, ...bodyParams(rawBody || null, 'form') };
      const campaign = itemParams['campaign_id'];
      if (world.enforce_adset_batch_limit && method.toUpperCase() === 'POST' && /^act_[^/]+\/adsets$/.test(path) && campaign) {
        if (adsetCampaigns.has(campaign)) {
          return error(500, { message: 'An unknown error occurred (simulated: multiple Adsets under the same Campaign in one batch)', type: 'OAuthException', code: 1, is_transient: false });
        }
        adsetCampaigns.add(campaign);
      }
      const a = answer(method, path, version ?? topVersion, itemParams, itemParams['access_token'] ?? topToken);
      const name = typeof op['name'] === 'string' && op['name'] ? op['name'] : null;
      if (name && a.status === 200) {
        named.set(name, a.body);
        const keep = op['omit_response_on_success'] === false || op['omit_response_on_success'] === 'false';
        if (!keep) return null;
      }
      return a;
    });
    const extra = Object.entries(world.headers ?? {}).map(([name, value]) => ({ name, value }));
    return {
      status: 200,
      body: items.map((a) =>
        a === null
          ? null
          : {
              code: a.status,
              ...(includeHeaders ? { headers: [{ name: 'Content-Type', value: 'text/javascript; charset=UTF-8' }, ...extra] } : {}),
              body: JSON.stringify(a.body),
            },
      ),
    };
  }

  async function handle(req: SimRequest): Promise<SimResponse> {
    const headers = lower(req.headers);
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      throw new TypeError('fetch failed: invalid URL');
    }
    const { version, path, query } = splitPath(url.pathname + url.search);
    const params = { ...query, ...bodyParams(req.body, headers['content-type'] ?? 'form') };
    const method = req.method.toUpperCase();
    const isBatch = method === 'POST' && path === '' && params['batch'] !== undefined;
    let batchPaths: string[] = [];
    if (isBatch) {
      try {
        const ops: unknown = JSON.parse(params['batch']!);
        if (Array.isArray(ops)) {
          batchPaths = ops.flatMap((op) => (isRecord(op) && typeof op['relative_url'] === 'string' ? [splitPath(op['relative_url']).path] : []));
        }
      } catch {
        // answered as a Graph error below
      }
    }
    const entry: SimLogEntry = { method, path, apiVersion: version, batchSize: isBatch ? batchPaths.length : null, status: null };
    log.push(entry);

    if (world.latency_ms) await delay(world.latency_ms, req.signal);
    // A batch is one HTTP request: a failing path inside it fails the whole request at the network level.
    if ([path, ...batchPaths].some((p) => failPaths.has(p) || (p === '' && failPaths.has('/')))) {
      throw new TypeError('fetch failed (simulated network failure)');
    }

    const token = tokenOf(params, headers);
    let result: Answer;
    if (isBatch) {
      if (token === undefined || token !== scenario.token) result = badToken();
      else if (world.token_error) result = error(400, world.token_error);
      else result = batch(version, params, token);
    } else {
      result = answer(method, path, version, params, token);
    }
    // `suppress_http_code=1` (sent by Ads Manager) makes Graph answer 200 with the error in the body.
    const status = params['suppress_http_code'] === '1' ? 200 : result.status;
    entry.status = status;
    return {
      status,
      headers: {
        'content-type': 'application/json; charset=UTF-8',
        // An exported world replays the trace ids its run's answers carried, in order (support asks for them).
        'x-fb-trace-id': world.trace_ids?.[log.length - 1] || traceId(),
        ...lower(world.headers),
      },
      body: JSON.stringify(result.body),
    };
  }

  async function simFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const isReq = typeof Request !== 'undefined' && input instanceof Request;
    const url = isReq ? input.url : String(input);
    const method = init?.method ?? (isReq ? input.method : 'GET');
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? (isReq ? input.headers : undefined)).forEach((v, k) => {
      headers[k] = v;
    });
    let body: string | null = null;
    if (init?.body !== undefined && init.body !== null) body = typeof init.body === 'string' ? init.body : await new Response(init.body).text();
    else if (isReq && method !== 'GET' && method !== 'HEAD') body = await input.text();
    const res = await handle({ method, url, headers, body, signal: init?.signal ?? (isReq ? input.signal : undefined) });
    return new Response(res.body, { status: res.status, headers: res.headers });
  }

  return { handle, fetch: simFetch, requests: log };
}

/** For logs and test output: the request URL with tokens redacted. */
export function redactUrl(url: string): string {
  return redactText(url);
}
