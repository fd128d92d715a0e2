// Test helper: the scenario's API and UI requests as AdsetRequests. A tiny reader for the fixtures' shapes only
// (the real parsers live in lib/request and lib/capture); kept here so graph tests do not depend on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdsetRequest } from '../../../lib/model';
import { TRANSPORT_FIELDS } from '../../../lib/model';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { applyChanges } from '../../../lib/graph';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

export const SHARED_DIR = SHARED_SCENARIOS;
export const FIXTURES_DIR = join(__dirname, '../../fixtures/scenarios');
export const EXAMPLES = ['seed-user-a-works.json', 'seed-user-b-hidden-number-id.json', 'page-number-personal.json'];

export function loadScenario(path: string): Scenario {
  const r = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

function decode(v: string): unknown {
  const t = v.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.parse(t);
    } catch {
      return v;
    }
  }
  return v;
}

function fromUrlAndParams(url: string, params: [string, string][]): AdsetRequest {
  const m = /\/(v\d+\.\d+)\/act_(\d+)\/adsets/.exec(url);
  const fields: Record<string, unknown> = {};
  for (const [k, v] of params) if (!TRANSPORT_FIELDS.has(k)) fields[k] = decode(v);
  return { apiVersion: m?.[1] ?? null, adAccountId: m?.[2] ?? null, method: 'POST', host: new URL(url).host, fields, transport: {} };
}

export function apiRequestOf(s: Scenario): AdsetRequest {
  if (s.api.curl) {
    const url = /https:\/\/[^\s"']+/.exec(s.api.curl)![0];
    const params = [...s.api.curl.matchAll(/-d\s+"((?:[^"\\]|\\.)*)"/g)].map((m) => {
      const raw = m[1]!.replace(/\\(.)/g, '$1');
      const i = raw.indexOf('=');
      return [raw.slice(0, i), raw.slice(i + 1)] as [string, string];
    });
    return fromUrlAndParams(url, params);
  }
  if (s.api.form) return fromUrlAndParams(s.api.form.url, [...new URLSearchParams(s.api.form.body)]);
  const json = s.api.json!;
  return fromUrlAndParams(
    json.url,
    Object.entries(json.body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

export function uiRequestOf(s: Scenario): AdsetRequest | null {
  const ui = s.ui.find((u) => /\/adsets/.test(u.url) && u.body);
  return ui ? fromUrlAndParams(ui.url, [...new URLSearchParams(ui.body!)]) : null;
}

/** Variants as lib/explain would propose them: each top-level / promoted_object difference applied singly. */
export function variantsOf(api: AdsetRequest, ui: AdsetRequest | null): import('../../../lib/graph').Variant[] {
  if (!ui) return [];
  const out: import('../../../lib/graph').Variant[] = [];
  const add = (path: string, op: 'add' | 'remove' | 'replace', value?: unknown) => {
    const change = op === 'remove' ? { path, op } : { path, op, value };
    out.push({ id: `${op}:${path}`, label: { key: 'test_variant', subs: [path] }, request: applyChanges(api, [change]), change });
  };
  const diff = (prefix: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const k of Object.keys(b)) if (!(k in a)) add(prefix + k, 'add', b[k]);
    for (const k of Object.keys(a)) if (!(k in b)) add(prefix + k, 'remove');
    for (const k of Object.keys(a)) {
      if (!(k in b) || JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
      if (k === 'promoted_object') diff('promoted_object.', a[k] as Record<string, unknown>, b[k] as Record<string, unknown>);
      else add(prefix + k, 'replace', b[k]);
    }
  };
  diff('', api.fields, ui.fields);
  return out;
}
