import { text, type Text } from '../i18n/text';
import { ADSET_FIELDS, REDACTED, SECRET_FIELDS, TRANSPORT_FIELDS, type AdsetRequest } from '../model';
import { isPlaceholderToken, tokenFromAuthorization } from './access-token';
import { isAdsetsPath, parseGraphUrl } from './graph-url';
import { parseObjectLiteral } from './object-literal';
import type { ParsedOk, ParseResult, RequestFormat } from './parse-result';

/** What every input format is first read into, before it becomes an `AdsetRequest`. */
export interface RawRequest {
  url: string | null;
  method: string | null;
  /** Header name/value pairs as given (names compared case-insensitively). */
  headers: [string, string][];
  /** Body parameters in order; form values are strings, JSON values keep their types. Query parameters come from `url`. */
  params: [string, unknown][];
  warnings: Text[];
  /** Host to assume when the input has no URL host (Graph API Explorer: graph.facebook.com). */
  defaultHost?: string | null;
}

/**
 * Turn a raw request into the canonical `AdsetRequest`: version and ad account from the URL, the access token pulled
 * out (query, body or `Authorization` header) and removed, transport parameters set aside (secrets redacted), JSON-string
 * field values decoded. Unknown fields are kept.
 */
export function buildRequest(raw: RawRequest, format: RequestFormat): ParseResult {
  const warnings = [...raw.warnings];
  const url = raw.url ? parseGraphUrl(raw.url) : null;
  let adAccountId: string | null = null;
  if (url?.account != null) {
    if (/^\d+$/.test(url.account)) adAccountId = url.account;
    else warnings.push(text('requestWarnAccountPlaceholder', `act_${url.account}`));
  }
  if (url && url.path !== '/' && url.path !== '' && !isAdsetsPath(url.path)) {
    warnings.push(text('requestWarnNotAdsetsPath', url.path));
  }
  const method = (raw.method ?? 'POST').trim().toUpperCase();
  // The method travels into the cURL export and the report: only a real HTTP method is accepted, so nothing else
  // (`POST;rm -rf ~`, `$'\073…'`) can ride along.
  if (!isHttpMethod(method)) return { ok: false, error: text('requestBadMethod', truncate(raw.method ?? '', 40)) };
  if (method !== 'POST') warnings.push(text('requestWarnMethod', method));

  const tokens: string[] = [];
  for (const [name, value] of raw.headers) {
    if (name.trim().toLowerCase() !== 'authorization') continue;
    const t = tokenFromAuthorization(value);
    if (t) tokens.push(t);
  }
  const fields: Record<string, unknown> = {};
  const transport: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of [...(url?.query ?? []), ...raw.params]) {
    if (name === 'access_token') {
      if (typeof value === 'string' && value.trim()) tokens.push(value.trim());
      continue;
    }
    if (TRANSPORT_FIELDS.has(name) || SECRET_FIELDS.has(name)) {
      transport[name] = SECRET_FIELDS.has(name) ? REDACTED : typeof value === 'string' ? value : JSON.stringify(value);
      continue;
    }
    if (seen.has(name)) warnings.push(text('requestWarnDuplicateField', name));
    seen.add(name);
    Object.defineProperty(fields, name, {
      value: decodeFieldValue(name, value, warnings),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (seen.size === 0) return { ok: false, error: text('requestNoParameters') };

  const token = pickToken(tokens, warnings);
  const secrets = tokens.filter((t) => !isPlaceholderToken(t));
  for (const [name, value] of [...(url?.query ?? []), ...raw.params]) {
    // access_token is in `tokens` already (placeholders left out); the other secret fields are kept whatever they look like.
    if (name !== 'access_token' && SECRET_FIELDS.has(name) && typeof value === 'string' && value.trim().length >= MIN_SECRET_LENGTH) {
      secrets.push(value.trim());
    }
  }
  const request: AdsetRequest = {
    apiVersion: url?.apiVersion ?? null,
    adAccountId,
    method,
    host: url?.host ?? raw.defaultHost ?? null,
    fields,
    transport,
  };
  const result: ParsedOk = { ok: true, request, token, format, warnings };
  SECRETS_READ.set(result, secrets);
  return result;
}

/** Shorter secret values are not looked for in the source: they would match ids and numbers all over it. */
const MIN_SECRET_LENGTH = 8;

// Kept beside the result, not in it: a result travels (React state, messages) and must not carry the secrets.
const SECRETS_READ = new WeakMap<ParsedOk, readonly string[]>();

/** The secret values a parse read: every real token (not only the one offered) and values of secret fields. */
export function secretsRead(result: ParsedOk): readonly string[] {
  return SECRETS_READ.get(result) ?? [];
}

/** A result rebuilt from another one keeps what that one read. */
export function keepSecretsRead(result: ParsedOk, secrets: readonly string[]): void {
  SECRETS_READ.set(result, secrets);
}

/**
 * Form bodies carry objects as JSON strings (`promoted_object={"page_id":"…"}`): decode them for known object/array
 * fields, and for unknown fields whose value plainly is a JSON object or array. Known string fields (`name`) stay text.
 */
function decodeFieldValue(name: string, value: unknown, warnings: Text[]): unknown {
  if (typeof value !== 'string') return value;
  const type = ADSET_FIELDS[name]?.type;
  const trimmed = value.trim();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (type === 'object' || type === 'array' || (type === undefined && looksJson)) {
    if (!looksJson) {
      if (type === 'object') warnings.push(text('requestWarnFieldNotJson', name));
      return value;
    }
    const parsed = parseObjectLiteral(trimmed);
    if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null) return parsed.value;
    if (type !== undefined) warnings.push(text('requestWarnFieldNotJson', name));
  }
  return value;
}

/** The methods curl and Graph know; anything else in a paste is a mistake or an attack. */
export const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

export function isHttpMethod(method: string): boolean {
  return HTTP_METHODS.has(method);
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

function pickToken(tokens: string[], warnings: Text[]): string | null {
  const distinct = [...new Set(tokens)];
  const real = distinct.filter((t) => !isPlaceholderToken(t));
  const placeholder = distinct.find((t) => isPlaceholderToken(t));
  if (real.length === 0 && placeholder !== undefined) {
    warnings.push(text('requestWarnTokenPlaceholder', placeholder.length > 40 ? placeholder.slice(0, 40) + '…' : placeholder));
  }
  if (real.length > 1) warnings.push(text('requestWarnSeveralTokens', real.length));
  return real[0] ?? null;
}
