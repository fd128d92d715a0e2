import { text } from '../i18n/text';
import { buildRequest } from './build-request';
import { parseFormParams } from '../model/form-encoding';
import { parseObjectLiteral } from './object-literal';
import type { ParseResult } from './parse-result';

/**
 * A Graph API Explorer style request: `POST act_1/adsets?name=x&…`, `POST /v20.0/act_1/adsets` followed by the
 * parameters (one `name=value` or `name: value` per line, a form string, or a JSON object), or just a Graph URL.
 * Explorer always talks to graph.facebook.com, so that is the host when the line has none.
 */
export function parseExplorer(src: string): ParseResult {
  const nl = src.indexOf('\n');
  const first = (nl < 0 ? src : src.slice(0, nl)).trim();
  const rest = nl < 0 ? '' : src.slice(nl + 1);
  const m = /^(?:(GET|POST|PUT|DELETE)\s+)?(\S+)\s*$/i.exec(first);
  if (!m) return { ok: false, error: text('requestExplorerBadFirstLine'), line: 1 };
  const method = m[1] ? m[1].toUpperCase() : 'POST';
  const target = m[2] as string;
  const params: [string, unknown][] = [];
  const body = rest.trim();
  if (body.startsWith('{')) {
    const parsed = parseObjectLiteral(body);
    const offset = 1 + countLines(rest.slice(0, rest.indexOf('{')));
    if (!parsed.ok) {
      const line = parsed.line + offset;
      return { ok: false, error: { key: parsed.error.key, subs: [String(line), ...(parsed.error.subs ?? []).slice(1)] }, line };
    }
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      return { ok: false, error: text('requestNotAnObject') };
    }
    params.push(...Object.entries(parsed.value));
  } else if (body && !body.includes('\n') && body.includes('&')) {
    params.push(...parseFormParams(body));
  } else if (body) {
    const lines = rest.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const line = (lines[k] as string).trim();
      if (!line || line.startsWith('#') || line.startsWith('//')) continue;
      const eq = line.indexOf('=');
      const colon = line.indexOf(':');
      const sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
      if (sep <= 0) return { ok: false, error: text('requestExplorerBadParamLine', k + 2), line: k + 2 };
      params.push([line.slice(0, sep).trim(), unquote(line.slice(sep + 1).trim())]);
    }
  }
  return buildRequest({ url: target, method, headers: [], params, warnings: [], defaultHost: 'graph.facebook.com' }, 'explorer');
}

/** `"x"` / `'x'` → `x` (Explorer users often quote values); anything else as written. */
function unquote(v: string): string {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    const parsed = parseObjectLiteral(v);
    if (parsed.ok && typeof parsed.value === 'string') return parsed.value;
  }
  return v;
}

function countLines(s: string): number {
  return s.split('\n').length - 1;
}
