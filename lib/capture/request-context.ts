import type { AdLevel, DraftRef, HookRequest, SubmissionEncoding } from '../model';
import { parseFormString, looksLikeForm } from './form-string';
import { MAX_BODY, MAX_METHOD, MAX_URL } from '../page-contract/limits';
import { looksLikeJson, parseMetaJson } from './json-text';
import { isRecord, setOwn } from './own';
import { adAccountOfPath, apiVersionOf, splitUrl } from './url-parts';

/** One hooked request, read once: URL parts, parsed body and merged parameters. */
export interface RequestContext {
  url: string;
  /** The effective method: Graph honours a `method=post` parameter on any request. */
  method: string;
  host: string | null;
  path: string;
  contentType: string | null;
  body: string | null;
  bodyKind: 'form' | 'json' | 'text' | 'none';
  /** The parsed JSON body (bodyKind `json`). */
  bodyJson: unknown;
  /** Query parameters, then body parameters on top (a form body, or a JSON object body's members). */
  params: Record<string, unknown>;
  apiVersion: string | null;
  adAccountId: string | null;
  headers: Record<string, string>;
}

/** An ad set (or a campaign, ad or creative) found in a request, before redaction and assembly into a `Submission`. */
export interface FoundAdset {
  /** Absent for an ad set (see `SubmissionSchema.level`). */
  level?: Exclude<AdLevel, 'adset'>;
  encoding: SubmissionEncoding;
  location: string;
  method: string;
  apiVersion: string | null;
  adAccountId: string | null;
  /** Decoded fields (JSON strings decoded), not yet redacted. */
  fields: Record<string, unknown>;
  /** Transport parameters, already redacted. */
  transport: Record<string, string>;
  draft: DraftRef | null;
  /**
   * Draft calls: where the answer names the fragment: `{id}`; a multi call's `campaign_group_id` (its one campaign),
   * `campaign_ids[i]` (ad sets) or `adgroup_ids[i]` (ads); a quick create's `data[i]`, whose parent is `data[parentIndex]`.
   */
  answer?: { kind: 'id' } | { kind: 'multi'; list: MultiList; index: number } | { kind: 'level'; index: number; parentIndex: number };
  /** Item index for a Graph batch (its answer is picked from the batch answer). */
  batchIndex: number | null;
}

/** The lists of an `addraft_multi_fragments` answer, named as Ads Manager names the levels. */
export type MultiList = 'campaign_group' | 'campaign' | 'adgroup';

/** Read a hooked request defensively: every member may be junk (it crossed from the page world). */
export function readRequest(req: HookRequest): RequestContext {
  const url = typeof req.url === 'string' ? req.url.slice(0, MAX_URL) : '';
  const headers = readHeaders(req.headers);
  const contentType = headers['content-type'] ?? null;
  const body = typeof req.body === 'string' ? req.body.slice(0, MAX_BODY) : null;
  const { host, path, query } = splitUrl(url);
  const params: Record<string, unknown> = { ...safeForm(query) };
  let bodyKind: RequestContext['bodyKind'] = 'none';
  let bodyJson: unknown;
  if (body !== null && body.length > 0) {
    const jsonish = (contentType?.includes('json') ?? false) || looksLikeJson(body);
    bodyJson = jsonish ? parseMetaJson(body) : undefined;
    if (bodyJson !== undefined) {
      bodyKind = 'json';
      if (isRecord(bodyJson)) for (const [k, v] of Object.entries(bodyJson)) setOwn(params, k, v);
    } else if (looksLikeForm(body)) {
      bodyKind = 'form';
      for (const [k, v] of Object.entries(safeForm(body))) setOwn(params, k, v);
    } else {
      bodyKind = 'text';
    }
  }
  const httpMethod = typeof req.method === 'string' ? req.method.slice(0, MAX_METHOD).toUpperCase() : 'GET';
  const override = typeof params.method === 'string' ? params.method.toUpperCase() : null;
  const method =
    override && (httpMethod === 'GET' || httpMethod === 'POST') && /^(GET|POST|DELETE)$/.test(override) ? override : httpMethod;
  return {
    url,
    method,
    host,
    path,
    contentType,
    body,
    bodyKind,
    bodyJson,
    params,
    apiVersion: apiVersionOf(path),
    adAccountId: adAccountOfPath(path),
    headers,
  };
}

function readHeaders(h: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(h)) return out;
  let n = 0;
  for (const [k, v] of Object.entries(h)) {
    if (++n > 100) break;
    if (typeof v === 'string') setOwn(out, k.toLowerCase(), v);
  }
  return out;
}

function safeForm(text: string): Record<string, string> {
  try {
    return parseFormString(text);
  } catch {
    return {};
  }
}
