import { text, type Text } from '../i18n/text';
import { ADSET_FIELDS, REDACTED, SECRET_FIELDS, TRANSPORT_FIELDS, type AdLevel, type AdsetRequest } from '../model';
import { isPlaceholderToken, tokenFromAuthorization } from './access-token';
import { parseGraphUrl } from './graph-url';
import { levelOfFields, levelOfPath } from './request-level';
import { parseObjectLiteral } from './object-literal';
import { ACCESS_TOKEN, AD_ACCOUNT_ID, API_VERSION, type ParsedOk, type ParseResult, type RequestFormat, type UnresolvedField } from './parse-result';
import { Unresolved } from './unresolved';
import { MIN_SECRET_LENGTH, scrubValueWith } from '../secrets';

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
  /** Code names these outside the URL (SDK session set-up, `AdAccount(id)`); they win over the URL's. */
  apiVersion?: string | Unresolved | null;
  adAccount?: string | Unresolved | null;
  tokens?: (string | Unresolved)[];
  /** Other secrets the input names outside the parameters (an SDK's app secret): read, never kept in a draft. */
  secrets?: (string | Unresolved)[];
  /** The pasted text, to say where a placeholder value (`<CAMPAIGN_ID>`) stands. */
  src?: string;
  /** Where each `{placeholder}` of a URL built from code stands in the pasted text. */
  placeholders?: ReadonlyMap<string, Unresolved>;
  /** The level the input names outside the URL (an SDK method: `createAdCreative`, `create_campaign`, …). */
  level?: AdLevel;
}

/** `{AD_ACCOUNT_ID}`, `<AD_ACCOUNT_ID>`, `{{ad_account_id}}`, `${id}`: a template placeholder in a URL. */
const PLACEHOLDER = /^(?:\$?\{+([^{}]*)\}+|<([^<>]*)>|:(\w+))$/;

function placeholderSource(s: string): string {
  const m = PLACEHOLDER.exec(s);
  // `<AD_ACCOUNT_ID>` is shown as the docs write it; `{x}` / `${x}` / `:x` by the name inside.
  if (!m || m[2] !== undefined) return s;
  return ((m[1] ?? m[3]) as string).trim() || s;
}

/**
 * Turn a raw request into the canonical `AdsetRequest`: version and ad account from the URL, the access token pulled
 * out (query, body or `Authorization` header) and removed, transport parameters set aside (secrets redacted), JSON-string
 * field values decoded. Unknown fields are kept.
 */
export function buildRequest(raw: RawRequest, format: RequestFormat): ParseResult {
  const warnings = [...raw.warnings];
  const unresolved: UnresolvedField[] = [];
  const url = raw.url ? parseGraphUrl(raw.url) : null;
  const at = (name: string, source: string): UnresolvedField => {
    const known = raw.placeholders?.get(placeholderSource(source));
    if (known) return fromValue(name, known);
    const i = raw.src ? raw.src.indexOf(source) : -1;
    if (i >= 0) return { ...fromValue(name, Unresolved.at(raw.src as string, i, i + source.length)), source: placeholderSource(source) };
    const u = raw.url ? positionIn(raw.url, source) : null;
    return { name, source: placeholderSource(source), line: u?.line ?? 1, column: u?.column ?? 1 };
  };
  let adAccountId: string | null = null;
  const account = raw.adAccount ?? (url?.account != null ? url.account : null);
  if (account instanceof Unresolved) unresolved.push(fromValue(AD_ACCOUNT_ID, account));
  else if (account != null) {
    const digits = account.replace(/^act_/, '');
    if (/^\d+$/.test(digits)) adAccountId = digits;
    else if (raw.adAccount != null) unresolved.push({ name: AD_ACCOUNT_ID, source: digits, line: 1, column: 1 });
    else unresolved.push(at(AD_ACCOUNT_ID, digits));
  }
  let apiVersion = url?.apiVersion ?? null;
  if (raw.apiVersion instanceof Unresolved) unresolved.push(fromValue(API_VERSION, raw.apiVersion));
  else if (raw.apiVersion) apiVersion = /^v?\d+(\.\d+)?$/.test(raw.apiVersion) ? `v${raw.apiVersion.replace(/^v/, '')}${raw.apiVersion.includes('.') ? '' : '.0'}` : apiVersion;
  else if (!apiVersion && url) {
    // `/{API_VERSION}/act_…` or `/<VERSION>/…`: the version segment is a placeholder.
    const first = url.path.split('/').find((seg) => seg !== '');
    if (first && PLACEHOLDER.test(first) && !first.startsWith('act_')) unresolved.push(at(API_VERSION, first));
  }
  const pathLevel = url ? levelOfPath(url.path) : null;
  if (url && url.path !== '/' && url.path !== '' && !pathLevel) {
    warnings.push(text('requestWarnNotAdsetsPath', url.path));
  }
  const method = (raw.method ?? 'POST').trim().toUpperCase();
  // The method travels into the cURL export and the report: only a real HTTP method is accepted, so nothing else
  // (`POST;rm -rf ~`, `$'\073…'`) can ride along.
  if (!isHttpMethod(method)) return { ok: false, error: text('requestBadMethod', truncate(raw.method ?? '', 40)) };
  if (method !== 'POST') warnings.push(text('requestWarnMethod', method));

  const tokens: string[] = [];
  for (const t of raw.tokens ?? []) {
    if (t instanceof Unresolved) unresolved.push(fromValue(ACCESS_TOKEN, t));
    else if (t.trim()) tokens.push(t.trim());
  }
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
      if (typeof value === 'string' && value.trim()) {
        tokens.push(value.trim());
      } else if (value instanceof Unresolved) unresolved.push(fromValue(ACCESS_TOKEN, value));
      continue;
    }
    if (value instanceof Unresolved) {
      unresolved.push(fromValue(name, value));
      continue;
    }
    if (typeof value === 'string' && VALUE_PLACEHOLDER.test(value.trim())) {
      unresolved.push(fromValue(name, placeholderIn(raw.src, value.trim())));
      continue;
    }
    if (TRANSPORT_FIELDS.has(name) || SECRET_FIELDS.has(name)) {
      transport[name] = SECRET_FIELDS.has(name) ? REDACTED : typeof value === 'string' ? value : JSON.stringify(value);
      continue;
    }
    if (seen.has(name)) warnings.push(text('requestWarnDuplicateField', name));
    seen.add(name);
    Object.defineProperty(fields, name, {
      value: withoutUnresolved(name, decodeFieldValue(name, value, warnings), unresolved, raw.src),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (seen.size === 0 && unresolved.every((u) => u.name === ACCESS_TOKEN || u.name === API_VERSION || u.name === AD_ACCOUNT_ID)) {
    return { ok: false, error: text('requestNoParameters') };
  }

  const token = pickToken(tokens, warnings);
  // A token found elsewhere (a header) may also sit inside a field's text (a mangled form body): never keep it there.
  for (const t of tokens) {
    if (t.length >= MIN_SECRET_LENGTH && JSON.stringify(fields).includes(t)) {
      const scrubbed = scrubValueWith(fields, (s) => s.split(t).join(REDACTED)) as Record<string, unknown>;
      for (const k of Object.keys(fields)) delete fields[k];
      for (const [k, v] of Object.entries(scrubbed)) Object.defineProperty(fields, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  const secrets = tokens.filter((t) => !isPlaceholderToken(t));
  for (const v of raw.secrets ?? []) if (typeof v === 'string' && v.trim().length >= MIN_SECRET_LENGTH) secrets.push(v.trim());
  for (const [name, value] of [...(url?.query ?? []), ...raw.params]) {
    // access_token is in `tokens` already (placeholders left out); the other secret fields are kept whatever they look like.
    if (name !== 'access_token' && SECRET_FIELDS.has(name) && typeof value === 'string' && value.trim().length >= MIN_SECRET_LENGTH) {
      secrets.push(value.trim());
    }
  }
  // The SDK method or the URL's edge says which object this creates; else the parameters only one level takes.
  const level = raw.level ?? pathLevel ?? levelOfFields(fields) ?? 'adset';
  const request: AdsetRequest = {
    apiVersion,
    adAccountId,
    method,
    host: url?.host ?? raw.defaultHost ?? null,
    fields,
    transport,
    // An ad set stays implicit (levelOf reads it so): requests and drafts from before levels keep their shape.
    ...(level !== 'adset' ? { level } : {}),
  };
  unresolved.sort((a, b) => a.line - b.line || a.column - b.column);
  const result: ParsedOk = { ok: true, request, token, format, warnings, unresolved };
  SECRETS_READ.set(result, secrets);
  return result;
}

function fromValue(name: string, u: Unresolved): UnresolvedField {
  return { name, source: u.source, line: u.line, column: u.column };
}

/** Line and column of a placeholder inside the URL text (the URL's own position is not known here). */
function positionIn(url: string, source: string): { line: number; column: number } | null {
  const i = url.indexOf(source);
  return i < 0 ? null : { line: 1, column: i + 1 };
}

/**
 * Take unknown members out of an object value, naming each by its dotted path (`promoted_object.page_id`): the
 * rest of the object is still compared, and Ads Manager may supply the member.
 */
function withoutUnresolved(path: string, value: unknown, out: UnresolvedField[], src: string | undefined): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v instanceof Unresolved) out.push(fromValue(`${path}.${k}`, v));
    else if (typeof v === 'string' && VALUE_PLACEHOLDER.test(v.trim())) out.push(fromValue(`${path}.${k}`, placeholderIn(src, v.trim())));
    else Object.defineProperty(copy, k, { value: withoutUnresolved(`${path}.${k}`, v, out, src), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A documentation placeholder as a value: `<CAMPAIGN_ID>`, `{{campaign_id}}`. */
const VALUE_PLACEHOLDER = /^(?:<[A-Za-z][\w .-]*>|\{\{\s*[\w.-]+\s*\}\})$/;

function placeholderIn(src: string | undefined, value: string): Unresolved {
  const i = src ? src.indexOf(value) : -1;
  if (i < 0) return new Unresolved(value, 1, 1);
  return Unresolved.at(src as string, i, i + value.length);
}

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
