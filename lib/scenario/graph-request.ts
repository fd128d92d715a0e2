// How a scenario names a Graph question, shared by the simulated Graph that answers it (testkit/graph-sim) and the
// export that records it (lib/scenario/export): both must read a request the same way, or a replay asks a question
// the file does not hold.

import { percentDecode, parseFormString } from '../model/form-encoding';
import { isRecord } from '../model/record';

/** Parameters that never belong to the question: the credentials (the token, and the one debug_token reads), and how the answer is wrapped. */
const NOT_THE_QUESTION = new Set(['access_token', 'input_token', 'method', 'suppress_http_code', 'include_headers']);

/**
 * The `graph.objects` key of one exact GET: the node path, then its parameters sorted by name, values as read
 * (`734116649781310?fields=id,name`, `?fields=id,name&ids=1,2`). A recorded answer under this key wins over the
 * plain path's object: it answers exactly that question (also an error for one group of fields only).
 */
export function graphQuestionKey(path: string, params: Readonly<Record<string, string>>): string {
  const query = Object.entries(params)
    .filter(([k]) => !NOT_THE_QUESTION.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Form values carry objects as JSON strings: decode them so rules can reach `promoted_object.page_id`. */
export function decodeGraphParams(params: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k === 'access_token') continue;
    const t = v.trim();
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        out[k] = JSON.parse(t);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}

/** `/v22.0/act_1/adsets?x=1` → `{version: 'v22.0', path: 'act_1/adsets', query}`. */
export function splitGraphPath(pathAndQuery: string): { version: string | null; path: string; query: Record<string, string> } {
  const [rawPath = '', rawQuery = ''] = pathAndQuery.split(/\?(.*)/s, 2);
  let path = rawPath.replace(/^\/+/, '').replace(/\/+$/, '');
  let version: string | null = null;
  const m = /^(v\d+\.\d+)(?:\/|$)/.exec(path);
  if (m) {
    version = m[1]!;
    path = path.slice(m[0].length).replace(/^\/+/, '');
  }
  return { version, path: percentDecode(path), query: parseFormString(rawQuery) };
}

/**
 * The HTTP status a recorded error answers with: `http_status` next to `error` (an export records it when Graph
 * did not answer 400), else 400 as Graph answers most errors.
 */
export function recordedErrorStatus(entry: unknown): number {
  const s = isRecord(entry) ? entry['http_status'] : undefined;
  return typeof s === 'number' && Number.isInteger(s) && s >= 400 && s <= 599 ? s : 400;
}
