import { text, type Text } from '../i18n/text';
import { buildRequest, keepSecretsRead, secretsRead } from './build-request';
import { decodeFormComponent, parseFormParams } from '../model/form-encoding';
import { headerPairs } from './parse-json-input';
import { isRecord } from '../model/record';
import { parseObjectLiteral } from './object-literal';
import type { ParsedRequest } from './parse-result';
import { parseGraphUrl } from './graph-url';
import { CREATION_URL } from './request-level';

export type HarResult = { ok: true; requests: ParsedRequest[]; entries: number } | { ok: false; error: Text };

/**
 * Every creation request of the chain (`POST …/adsets`, `…/campaigns`, `…/ads`, `…/adcreatives`) in a HAR log, in file order, so the UI can let the user choose.
 * Not a HAR, or no such request: an empty list.
 */
export function parseHar(src: string): ParsedRequest[] {
  const r = readHar(src);
  return r.ok ? r.requests : [];
}

/**
 * HAR files are big (DevTools keeps every response body: 50 MB is ordinary). One `JSON.parse` (native, linear) and a
 * cheap URL test per entry keep it bounded; only matching entries' bodies are decoded.
 */
export function readHar(src: string): HarResult {
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch {
    return { ok: false, error: text('requestHarInvalid') };
  }
  const entries = isRecord(doc) && isRecord(doc.log) ? doc.log.entries : undefined;
  if (!Array.isArray(entries)) return { ok: false, error: text('requestHarInvalid') };
  const requests: ParsedRequest[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isRecord(entry) || !isRecord(entry.request)) continue;
    const req = entry.request;
    if (typeof req.url !== 'string' || String(req.method).toUpperCase() !== 'POST' || !CREATION_URL.test(req.url)) continue;
    const parsed = fromHarRequest(req);
    if (!parsed.ok) continue;
    const url = parseGraphUrl(req.url);
    const request: ParsedRequest = {
      ...parsed,
      format: 'har',
      entryIndex: i,
      label: `POST ${url.host ? `https://${url.host}` : ''}${url.path}`,
      startedDateTime: typeof entry.startedDateTime === 'string' ? entry.startedDateTime : null,
    };
    keepSecretsRead(request, secretsRead(parsed));
    requests.push(request);
  }
  return { ok: true, requests, entries: entries.length };
}

function fromHarRequest(req: Record<string, unknown>) {
  const post = isRecord(req.postData) ? req.postData : {};
  const mime = typeof post.mimeType === 'string' ? post.mimeType : '';
  const params: [string, unknown][] = [];
  const warnings: Text[] = [];
  if (typeof post.text === 'string' && post.text.length > 0) {
    const t = post.text.trim();
    const json = /json/i.test(mime) || t.startsWith('{') ? parseObjectLiteral(t) : null;
    if (json?.ok && isRecord(json.value)) params.push(...Object.entries(json.value));
    else if (!/multipart/i.test(mime)) params.push(...parseFormParams(t));
  }
  if (params.length === 0 && Array.isArray(post.params)) {
    // DevTools lists form fields here (still percent-encoded for urlencoded bodies, plain for multipart).
    const encoded = /urlencoded/i.test(mime);
    for (const p of post.params) {
      if (!isRecord(p) || typeof p.name !== 'string') continue;
      const value = typeof p.value === 'string' ? p.value : '';
      params.push(encoded ? [decodeFormComponent(p.name), decodeFormComponent(value)] : [p.name, value]);
    }
  }
  return buildRequest(
    { url: req.url as string, method: 'POST', headers: headerPairs(req.headers), params, warnings },
    'har',
  );
}
