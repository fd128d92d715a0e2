import { text, type Text } from '../i18n/text';
import { ADSET_FIELDS } from '../model';
import { isRecord } from '../model/record';
import { buildRequest, type RawRequest } from './build-request';
import { parseFormParams } from '../model/form-encoding';
import { parseObjectLiteral } from './object-literal';
import type { ParseResult } from './parse-result';

/** `const params = {…}`, `params: dict = {…}`, `adset_params = {…}`: code around the literal a developer copied. */
const ASSIGNMENT = /^\s*(?:(?:const|let|var)\s+)?[A-Za-z_$][\w$.]*\s*(?::\s*[^=\n]{1,80}?)?\s*=\s*(?=[{[])/;

/** Keys of a request wrapper (`{url, body}`, axios `{method, url, data}`, request `{uri, form, qs}`, fetch-like). */
const WRAPPER_KEYS = new Set(['url', 'uri', 'endpoint', 'method', 'headers', 'body', 'data', 'params', 'form', 'json', 'qs']);
const BODY_KEYS = ['qs', 'params', 'body', 'data', 'form', 'json'] as const;

/**
 * A JSON body (or JS/Python object literal) of ad set parameters, with or without the URL around it:
 * `{"url": "…/act_1/adsets", "body": {…}}`, `{"name": …, "promoted_object": {…}}`, `params = {'name': 'x', …}`.
 * Format `json` when it was strict JSON, `params` when JS/Python leniency was needed.
 */
export function parseJsonInput(src: string): ParseResult {
  const assignment = ASSIGNMENT.exec(src);
  const body = assignment ? src.slice(assignment[0].length) : src;
  const parsed = parseObjectLiteral(body);
  if (!parsed.ok) {
    const extra = assignment ? countLines(assignment[0]) : 0;
    if (extra === 0) return parsed;
    const line = parsed.line + extra;
    return { ok: false, error: { key: parsed.error.key, subs: [String(line), ...(parsed.error.subs ?? []).slice(1)] }, line };
  }
  const format = parsed.strict && !assignment ? 'json' : 'params';
  if (!isRecord(parsed.value)) return { ok: false, error: text('requestNotAnObject') };
  return fromObject(parsed.value, format);
}

/** A parsed object: a request wrapper or the parameters themselves. */
export function fromObject(obj: Record<string, unknown>, format: 'json' | 'params'): ParseResult {
  const keys = Object.keys(obj);
  const isWrapper =
    keys.length > 0 &&
    keys.every((k) => WRAPPER_KEYS.has(k)) &&
    keys.some((k) => k === 'url' || k === 'uri' || k === 'endpoint' || (BODY_KEYS as readonly string[]).includes(k)) &&
    !keys.some((k) => k in ADSET_FIELDS);
  if (!isWrapper) return buildRequest({ url: null, method: null, headers: [], params: Object.entries(obj), warnings: [] }, format);
  const warnings: Text[] = [];
  const params: [string, unknown][] = [];
  for (const k of BODY_KEYS) {
    const b = obj[k];
    if (b === undefined || b === null) continue;
    if (typeof b === 'string') {
      const t = b.trim();
      const inner = t.startsWith('{') ? parseObjectLiteral(t) : null;
      if (inner?.ok && isRecord(inner.value)) params.push(...Object.entries(inner.value));
      else params.push(...parseFormParams(t));
    } else if (isRecord(b)) {
      params.push(...Object.entries(b));
    } else if (Array.isArray(b)) {
      // `[{name, value}]` (HAR-like) or `[[name, value]]`.
      for (const item of b) {
        if (Array.isArray(item) && typeof item[0] === 'string') params.push([item[0], item[1]]);
        else if (isRecord(item) && typeof item.name === 'string') params.push([item.name, item.value]);
      }
    }
  }
  const url = [obj.url, obj.uri, obj.endpoint].find((u): u is string => typeof u === 'string') ?? null;
  const raw: RawRequest = {
    url,
    method: typeof obj.method === 'string' ? obj.method : null,
    headers: headerPairs(obj.headers),
    params,
    warnings,
  };
  return buildRequest(raw, format);
}

/** Headers as `{name: value}`, `[{name, value}]` or `[[name, value]]`. */
export function headerPairs(h: unknown): [string, string][] {
  const out: [string, string][] = [];
  if (Array.isArray(h)) {
    for (const item of h) {
      if (Array.isArray(item) && typeof item[0] === 'string') out.push([item[0], String(item[1] ?? '')]);
      else if (isRecord(item) && typeof item.name === 'string') out.push([item.name, String(item.value ?? '')]);
    }
  } else if (isRecord(h)) {
    for (const [k, v] of Object.entries(h)) out.push([k, String(v ?? '')]);
  }
  return out;
}

function countLines(s: string): number {
  return s.split('\n').length - 1;
}
