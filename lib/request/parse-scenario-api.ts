import { text } from '../i18n/text';
import { buildRequest } from './build-request';
import { parseFormParams } from '../model/form-encoding';
import { isRecord } from '../model/record';
import { parseObjectLiteral } from './object-literal';
import { parseCurl } from './parse-curl';
import type { ParseResult } from './parse-result';
import { parseApiRequest, readApiRequest } from './parse-api-request';

/** The `api` member of a scenario file (docs/scenario-format.md): exactly one form is expected. */
export interface ScenarioApi {
  curl?: string;
  json?: { url?: string; body: unknown };
  form?: { url?: string; body: string };
  /** Read exactly as a paste into the popup is read. */
  text?: string;
}

/** `parseScenarioApi`, loading the code reader a `text` request needs first. */
export async function readScenarioApi(api: ScenarioApi): Promise<ParseResult> {
  return typeof api.text === 'string' ? readApiRequest(api.text) : parseScenarioApi(api);
}

/** Read a scenario's API request the same way a pasted one is read (token extracted and removed). */
export function parseScenarioApi(api: ScenarioApi): ParseResult {
  try {
    if (typeof api.curl === 'string') return parseCurl(api.curl);
    if (typeof api.text === 'string') return parseApiRequest(api.text);
    if (api.json) {
      let body: unknown = api.json.body;
      if (typeof body === 'string') {
        const parsed = parseObjectLiteral(body.trim());
        if (!parsed.ok) return parsed;
        body = parsed.value;
      }
      if (!isRecord(body)) return { ok: false, error: text('requestNotAnObject') };
      return buildRequest(
        { url: api.json.url ?? null, method: 'POST', headers: [], params: Object.entries(body), warnings: [] },
        'json',
      );
    }
    if (api.form) {
      return buildRequest(
        { url: api.form.url ?? null, method: 'POST', headers: [], params: parseFormParams(api.form.body), warnings: [] },
        'form',
      );
    }
    return { ok: false, error: text('requestEmpty') };
  } catch {
    return { ok: false, error: text('requestInternalError') };
  }
}
