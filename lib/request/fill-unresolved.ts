import { ADSET_FIELDS, type AdsetRequest } from '../model';
import { parseObjectLiteral } from './object-literal';
import { ACCESS_TOKEN, AD_ACCOUNT_ID, API_VERSION, type UnresolvedField } from './parse-result';

/** Where a value for a field the pasted code computes came from. */
export type FilledFrom = 'ads_manager' | 'user';

export interface FilledField {
  name: string;
  source: string;
  from: FilledFrom;
}

export interface MissingField {
  name: string;
  source: string;
}

export interface FilledRequest {
  request: AdsetRequest;
  filled: FilledField[];
  /** Fields with neither a typed value nor an Ads Manager one: left out of the request and named in the report. */
  missing: MissingField[];
}

/**
 * Give each field the pasted code computes a value: what the user typed wins, else Ads Manager's value for the same
 * field (from the selected capture, as its API equivalent: decoded, bookkeeping removed), else it stays out. The
 * token is never filled here: it has a field of its own and Ads Manager's is never kept.
 */
export function fillUnresolved(
  request: AdsetRequest,
  unresolved: readonly UnresolvedField[],
  ui: AdsetRequest | null,
  typed: Readonly<Record<string, string>> = {},
): FilledRequest {
  const out: AdsetRequest = { ...request, fields: structuredClone(request.fields) };
  const filled: FilledField[] = [];
  const missing: MissingField[] = [];
  for (const u of unresolved) {
    if (u.name === ACCESS_TOKEN) continue;
    const own = typed[u.name]?.trim();
    let value: unknown = own ? typedValue(u.name, own) : undefined;
    const from: FilledFrom = own ? 'user' : 'ads_manager';
    if (value === undefined && ui) value = uiValue(ui, u.name);
    if (value === undefined || value === null || value === '') {
      missing.push({ name: u.name, source: u.source });
      continue;
    }
    if (u.name === API_VERSION) out.apiVersion = String(value);
    else if (u.name === AD_ACCOUNT_ID) out.adAccountId = String(value).replace(/^act_/, '');
    else setPath(out.fields, u.name.split('.'), value);
    filled.push({ name: u.name, source: u.source, from });
  }
  return { request: out, filled, missing };
}

/** Ads Manager's value for a field, version or account. */
export function uiValue(ui: AdsetRequest, name: string): unknown {
  if (name === API_VERSION) return ui.apiVersion ?? undefined;
  if (name === AD_ACCOUNT_ID) return ui.adAccountId ?? undefined;
  let v: unknown = ui.fields;
  for (const seg of name.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/** What the user typed, as the field's type wants it: `{…}` for objects, a number for numbers, text otherwise. */
function typedValue(name: string, typed: string): unknown {
  if (name === API_VERSION) return /^v?\d+(\.\d+)?$/.test(typed) ? `v${typed.replace(/^v/, '')}${typed.includes('.') ? '' : '.0'}` : typed;
  if (name === AD_ACCOUNT_ID) return typed.replace(/^act_/, '');
  const type = ADSET_FIELDS[name]?.type;
  if ((type === 'object' || type === 'array' || !type) && /^[[{]/.test(typed)) {
    const parsed = parseObjectLiteral(typed);
    if (parsed.ok) return parsed.value;
  }
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(typed)) return Number(typed);
  if (type === 'boolean' && /^(true|false)$/i.test(typed)) return typed.toLowerCase() === 'true';
  return typed;
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (const seg of path.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      Object.defineProperty(cur, seg, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    cur = cur[seg] as Record<string, unknown>;
  }
  Object.defineProperty(cur, path[path.length - 1] as string, { value, enumerable: true, writable: true, configurable: true });
}
