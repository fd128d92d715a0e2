import { text, type Text } from '../i18n/text';
import { buildRequest } from './build-request';
import { parseFormParams } from '../model/form-encoding';
import { parseObjectLiteral } from './object-literal';
import { isRecord } from '../model/record';
import type { ParseResult } from './parse-result';

/** `POST /v20.0/act_1/adsets HTTP/1.1`: the request line proxies (Charles, mitmproxy, Fiddler) and logs print. */
export const HTTP_REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S+)\s+HTTP\/\d(?:\.\d)?\s*$/i;

/**
 * A raw HTTP/1.x request as proxies and logs print it: request line, headers, a blank line, then the body (form,
 * JSON or multipart form-data, as `curl -F` sends it). The host comes from the target or the `Host` header; a
 * token in `Authorization: Bearer …` is taken like one in the body. The format is line-based and tiny, so it is read
 * here rather than with a dependency.
 */
export function parseHttpMessage(src: string): ParseResult {
  const lines = src.replace(/^\s*\n/, '').split(/\r?\n/);
  const lead = src.length - src.replace(/^\s*\n/, '').length ? src.slice(0, src.length - src.replace(/^\s*\n/, '').length).split('\n').length - 1 : 0;
  const first = HTTP_REQUEST_LINE.exec((lines[0] ?? '').trim());
  if (!first) return { ok: false, error: text('requestHttpBadRequestLine', lead + 1), line: lead + 1 };
  const headers: [string, string][] = [];
  let k = 1;
  for (; k < lines.length; k++) {
    const line = lines[k] as string;
    if (!line.trim()) break;
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, error: text('requestHttpBadHeader', lead + k + 1), line: lead + k + 1 };
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const body = lines.slice(k + 1).join('\n').trim();
  const header = (name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? '';
  const target = first[2] as string;
  const host = header('host');
  const url = /^https?:\/\//i.test(target) || !host ? target : `https://${host}${target.startsWith('/') ? '' : '/'}${target}`;
  const type = header('content-type');
  const warnings: Text[] = [];
  const params: [string, unknown][] = [];
  if (body) {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2];
    if (boundary) params.push(...multipart(body, boundary));
    else if (/json/i.test(type) || body.startsWith('{')) {
      const parsed = parseObjectLiteral(body);
      if (!parsed.ok) return { ok: false, error: parsed.error, line: lead + k + 1 + parsed.line };
      if (!isRecord(parsed.value)) return { ok: false, error: text('requestNotAnObject') };
      params.push(...Object.entries(parsed.value));
    } else params.push(...parseFormParams(body.replace(/\r?\n/g, '')));
  }
  return buildRequest({ url, method: first[1] as string, headers, params, warnings, src }, 'http');
}

/** `multipart/form-data` fields (text parts only; a file part cannot be an ad set field). */
function multipart(body: string, boundary: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of body.split(`--${boundary}`)) {
    const m = /^\s*([\s\S]*?)\r?\n\r?\n([\s\S]*?)\s*$/.exec(part);
    if (!m) continue;
    const name = /name="([^"]*)"/i.exec(m[1] as string)?.[1];
    if (name !== undefined && !/filename=/i.test(m[1] as string)) out.push([name, (m[2] as string).replace(/\r?\n$/, '')]);
  }
  return out;
}
