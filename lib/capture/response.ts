import { graphErrorOf, type CapturedResponse, type GraphError } from '../model';
import { MAX_BODY } from '../page-contract/limits';
import { parseMetaJson } from './json-text';
import { isRecord, scalarString } from '../model/record';
import { redactJson, redactText } from './redact';
import { walk } from './walk';
import { findWhatsAppNumbers } from './whatsapp-numbers';

/** Stored response bodies are cut to this many characters of JSON. */
export const MAX_STORED_RESPONSE = 64 * 1024;
const MAX_TRACE_IDS = 20;

export interface DecodedResponse {
  response: CapturedResponse;
  /** The parsed (unredacted, uncapped) JSON, for picking a batch item's answer; undefined when not JSON. */
  parsed: unknown;
}

/** Read a captured answer: JSON (after `for (;;);`), error, created ids, fbtrace ids, WhatsApp number records. */
export function decodeResponse(res: { status: unknown; body: unknown } | null | undefined): DecodedResponse | null {
  if (!res || typeof res !== 'object') return null;
  const status = typeof res.status === 'number' && Number.isInteger(res.status) ? res.status : 0;
  const text = typeof res.body === 'string' ? res.body.slice(0, MAX_BODY) : null;
  if (text === null) return { response: emptyResponse(status), parsed: undefined };
  const parsed = parseMetaJson(text);
  if (parsed === undefined) {
    const clean = redactText(text);
    return {
      response: {
        ...emptyResponse(status),
        body: clean.slice(0, MAX_STORED_RESPONSE),
        truncated: clean.length > MAX_STORED_RESPONSE,
        fbtraceIds: traceIdsInText(text),
      },
      parsed: undefined,
    };
  }
  return { response: responseOfJson(status, parsed), parsed };
}

/**
 * The answer to item `index` of a Graph batch: `[{code, headers, body: "<json string>"}]`. Null when the answer
 * is not a batch answer or has no such item (Graph omits items with `omit_response_on_success`).
 */
export function batchItemResponse(parsed: unknown, index: number): CapturedResponse | null {
  if (!Array.isArray(parsed)) return null;
  const item: unknown = parsed[index];
  if (!isRecord(item)) return null;
  // A batch item's `code` is an HTTP status; anything else (2.5, 1e300) is not one.
  const status = Number.isSafeInteger(item.code) && (item.code as number) >= 0 && (item.code as number) <= 999 ? (item.code as number) : 0;
  const body = typeof item.body === 'string' ? parseMetaJson(item.body) : item.body;
  if (body === undefined) {
    return typeof item.body === 'string' ? (decodeResponse({ status, body: item.body })?.response ?? null) : emptyResponse(status);
  }
  return responseOfJson(status, body);
}

function responseOfJson(status: number, parsed: unknown): CapturedResponse {
  const items = batchBodies(parsed);
  const roots = items ?? [parsed];
  const createdIds: string[] = [];
  let error: GraphError | null = null;
  for (const root of roots) {
    error ??= errorOf(root);
    for (const id of createdIdsOf(root)) if (!createdIds.includes(id)) createdIds.push(id);
  }
  const fbtraceIds = traceIds(items ? [parsed, ...items] : [parsed]);
  const whatsappNumbers = roots.flatMap((r) => findWhatsAppNumbers(r));
  const { body, truncated } = capJson(redactJson(parsed));
  return {
    status,
    body,
    truncated,
    error: error ? (redactJson(error) as GraphError) : null,
    createdIds,
    fbtraceIds,
    whatsappNumbers: redactJson(whatsappNumbers) as CapturedResponse['whatsappNumbers'],
  };
}

/** The decoded item bodies of a batch answer, or null when `parsed` is not one. */
function batchBodies(parsed: unknown): unknown[] | null {
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  if (!parsed.every((x) => x === null || (isRecord(x) && 'code' in x))) return null;
  return parsed.map((x) => (isRecord(x) && typeof x.body === 'string' ? parseMetaJson(x.body) : isRecord(x) ? x.body : null));
}

/**
 * A Graph error (`{error:{…}}`), or GraphQL's `{errors:[{message, code|api_error_code, …}]}` mapped onto the Graph
 * error shape (Ads Manager's GraphQL mutations report Marketing API errors there, with `api_error_code`).
 */
function errorOf(body: unknown): GraphError | null {
  const graph = graphErrorOf(body);
  if (graph) return graph;
  if (!isRecord(body) || !Array.isArray(body.errors) || !isRecord(body.errors[0])) return null;
  const first = body.errors[0];
  const code = first.api_error_code ?? first.code;
  return graphErrorOf({
    error: {
      ...first,
      code: typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)) ? code : undefined,
      error_subcode: first.api_error_subcode ?? first.error_subcode,
      message: typeof first.message === 'string' ? first.message : undefined,
    },
  });
}

/**
 * Ids the answer created: a top-level `id` (Graph POST answers `{"id": …}`), and for GraphQL mutations the `id`
 * of `data.<mutation>` or `data.<mutation>.<object>`.
 */
function createdIdsOf(body: unknown): string[] {
  if (!isRecord(body)) return [];
  const ids: string[] = [];
  const top = scalarString(body.id);
  if (top) ids.push(top);
  if (isRecord(body.data)) {
    for (const mutation of Object.values(body.data)) {
      if (!isRecord(mutation)) continue;
      const own = scalarString(mutation.id);
      if (own) ids.push(own);
      for (const obj of Object.values(mutation)) {
        const inner = isRecord(obj) ? scalarString(obj.id) : null;
        if (inner) ids.push(inner);
      }
    }
  }
  return ids;
}

function traceIds(roots: unknown[]): string[] {
  const out: string[] = [];
  for (const root of roots) {
    walk(root, (node) => {
      if (out.length >= MAX_TRACE_IDS) return false;
      if (isRecord(node) && typeof node.fbtrace_id === 'string' && !out.includes(node.fbtrace_id)) out.push(node.fbtrace_id);
      return true;
    });
  }
  return out;
}

function traceIdsInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"fbtrace_id"\s*:\s*"([A-Za-z0-9_-]{1,64})"/g)) {
    if (out.length >= MAX_TRACE_IDS) break;
    if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

function capJson(value: unknown): { body: unknown; truncated: boolean } {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return { body: undefined, truncated: true };
  }
  if (text === undefined || text.length <= MAX_STORED_RESPONSE) return { body: value, truncated: false };
  // Too big to keep as a structure: keep its beginning as text, and say so.
  return { body: text.slice(0, MAX_STORED_RESPONSE), truncated: true };
}

function emptyResponse(status: number): CapturedResponse {
  return { status, body: undefined, truncated: false, error: null, createdIds: [], fbtraceIds: [], whatsappNumbers: [] };
}
