import { CREATION_URL } from './request-level';
import { text } from '../i18n/text';
import { buildRequest } from './build-request';
import { parseObjectLiteral } from './object-literal';
import { isRecord } from '../model/record';
import type { ParseResult } from './parse-result';
import { positionOf } from './text-position';
import { Unresolved } from './unresolved';

// Postman Collection Format v2.1 (https://schema.getpostman.com/json/collection/v2.1.0/collection.json):
// `item[]` nests folders and requests; a request has `method`, `url` (string or `{raw}`), `header[{key,value}]`,
// `body{mode: urlencoded|formdata|raw, …}` and `auth{type: bearer, bearer[{key: token, value}]}`; collection
// `variable[{key,value}]` fill `{{name}}` placeholders.

/** A Postman collection export: `info.schema` names the collection format. */
export function isPostmanCollection(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && isRecord(doc.info) && typeof doc.info.schema === 'string' && /getpostman\.com\/json\/collection/.test(doc.info.schema) && Array.isArray(doc.item);
}

type Pair = { key?: unknown; value?: unknown; disabled?: unknown; type?: unknown };

/** The first creation request (`POST …/adsets`, `…/campaigns`, `…/ads`, `…/adcreatives`) of the collection, with its variables filled where the collection defines them. */
export function parsePostman(src: string, doc: Record<string, unknown>): ParseResult {
  const vars = new Map<string, string>();
  for (const v of asPairs(doc.variable)) if (typeof v.key === 'string' && typeof v.value === 'string' && v.value !== '') vars.set(v.key, v.value);
  const requests: Record<string, unknown>[] = [];
  const walk = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const it of items) {
      if (!isRecord(it)) continue;
      if (isRecord(it.request)) requests.push({ ...it.request, auth: it.request.auth ?? doc.auth });
      walk(it.item);
    }
  };
  walk(doc.item);
  const fill = (s: string) => s.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, name: string) => vars.get(name) ?? m);
  const urlOf = (r: Record<string, unknown>) => fill(typeof r.url === 'string' ? r.url : isRecord(r.url) && typeof r.url.raw === 'string' ? r.url.raw : '');
  const req = requests.find((r) => CREATION_URL.test(urlOf(r)) && String(r.method ?? 'GET').toUpperCase() === 'POST') ?? requests.find((r) => /\/adsets\b/.test(urlOf(r)));
  if (!req) return { ok: false, error: text('requestPostmanNoAdsets', requests.length) };
  // A value still holding `{{name}}` after filling is a variable the collection does not define.
  const value = (raw: string): string | Unresolved => {
    const filled = fill(raw);
    if (!/\{\{[^}]*\}\}/.test(filled)) return filled;
    const at = src.indexOf(JSON.stringify(raw).slice(1, -1));
    const { line, column } = positionOf(src, at < 0 ? 0 : at);
    return new Unresolved(raw, line, column);
  };
  const params: [string, unknown][] = [];
  const body = isRecord(req.body) ? req.body : {};
  if (body.mode === 'urlencoded' || body.mode === 'formdata') {
    for (const p of asPairs(body[body.mode])) {
      if (p.disabled === true || typeof p.key !== 'string' || p.type === 'file') continue;
      params.push([p.key, value(typeof p.value === 'string' ? p.value : '')]);
    }
  } else if (body.mode === 'raw' && typeof body.raw === 'string') {
    const parsed = parseObjectLiteral(fill(body.raw).trim());
    if (parsed.ok && isRecord(parsed.value)) params.push(...Object.entries(parsed.value));
  }
  const headers: [string, string][] = [];
  for (const h of asPairs(req.header)) if (h.disabled !== true && typeof h.key === 'string') headers.push([h.key, fill(String(h.value ?? ''))]);
  const tokens: (string | Unresolved)[] = [];
  const auth = isRecord(req.auth) ? req.auth : null;
  if (auth?.type === 'bearer') {
    const t = asPairs(auth.bearer).find((p) => p.key === 'token');
    if (typeof t?.value === 'string') tokens.push(value(t.value));
  }
  return buildRequest({ url: urlOf(req), method: String(req.method ?? 'POST'), headers, params, warnings: [], tokens, src }, 'postman');
}

function asPairs(v: unknown): Pair[] {
  return Array.isArray(v) ? (v.filter(isRecord) as Pair[]) : [];
}
