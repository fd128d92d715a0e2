// Test helper: RuleContexts built from a few facts, so each rule's table reads as "these facts → this verdict".
import { diffRequests } from '../../../lib/diff';
import type { RuleContext } from '../../../lib/explain';
import type { AdsetRequest, Change, Facts, FactSource, GraphFailure, GraphFailureKind, ObjectFact, Validation } from '../../../lib/model';

export const PAGE = '734116649781310';
export const NUMBER = '+77006353580';
export const PHONE_ID = '501234567890123';

export function src(itemId: string, field?: string, method = 'GET'): FactSource {
  return { itemId, method, relativeUrl: `${itemId}?x`, round: 1, ...(field ? { field } : {}) };
}

export function failure(kind: GraphFailureKind, code?: number, subcode?: number, extra: Partial<GraphFailure> = {}): GraphFailure {
  return {
    kind,
    ...(code !== undefined ? { code } : {}),
    ...(subcode !== undefined ? { subcode } : {}),
    message: { key: `graph_failure_${kind}` },
    action: { key: 'graph_action_unknown' },
    ...extra,
  };
}

/** A validate_only result. `error` as [code, subcode?]; `kind` defaults from the code. */
export function run(itemId: string, ok: boolean, opts: { error?: [number, number?]; kind?: GraphFailureKind; changes?: Change[] } = {}): Validation {
  const changes = opts.changes ?? [];
  const base = {
    variantId: itemId,
    label: { key: 'test_label', subs: [itemId] },
    change: changes.length === 1 ? changes[0]! : null,
    changes,
    source: src(itemId, undefined, 'POST'),
  };
  if (ok) return { ...base, ok: true };
  const [code, subcode] = opts.error ?? [100, 2446885];
  const kind = opts.kind ?? (code === 190 ? 'token' : code === 200 || code === 10 ? 'permission' : code === 17 || code === 613 ? 'rate_limit' : code === 2635 ? 'version' : 'invalid_param');
  return {
    ...base,
    ok: false,
    error: { code, ...(subcode !== undefined ? { error_subcode: subcode } : {}), message: 'Invalid parameter', fbtrace_id: `T${itemId}` },
    failure: failure(kind, code, subcode, { fbtraceId: `T${itemId}` }),
  };
}

export function pageFact(fields: Record<string, unknown>, errors: ObjectFact['errors'] = []): ObjectFact {
  return {
    id: PAGE,
    fields,
    sources: Object.fromEntries(Object.keys(fields).map((k) => [k, src(k === 'tasks' ? 'page_access' : k === 'id' || k === 'name' ? 'page' : 'page_whatsapp', k)])),
    missing: [],
    errors,
  };
}

export const GRANTED = ['ads_management', 'ads_read', 'business_management', 'pages_read_engagement', 'pages_manage_ads'];

export function facts(over: Partial<Facts> = {}): Facts {
  return {
    apiVersion: 'v20.0',
    ids: { pageId: PAGE, adAccountId: '1187654321098765', campaignId: '120234472620180097', wabaId: null },
    identity: { ok: true, source: src('me'), value: { id: '100012345678901', name: 'Marketer B' } },
    token: { ok: true, source: src('debug_token'), value: { type: 'USER', is_valid: true, expires_at: 0, scopes: GRANTED, granular_scopes: [{ scope: 'pages_manage_ads', target_ids: [PAGE] }] } },
    permissions: { ok: true, source: src('permissions'), value: { granted: GRANTED, declined: [], expired: [] } },
    page: pageFact({ id: PAGE, name: 'Select Phuket', whatsapp_number: '+7 700 635 3580', has_whatsapp_number: true, has_whatsapp_business_number: true }),
    adAccount: null,
    campaign: { id: '120234472620180097', fields: { objective: 'OUTCOME_TRAFFIC' }, sources: { objective: src('campaign', 'objective') }, missing: [], errors: [] },
    wabaPhoneNumbers: null,
    validations: [],
    roundTrips: 1,
    batchErrors: [],
    fbtraceIds: [],
    ...over,
  };
}

export function request(promoted: Record<string, unknown> = { page_id: PAGE, whatsapp_phone_number: NUMBER }, extra: Record<string, unknown> = {}, apiVersion = 'v20.0'): AdsetRequest {
  return {
    apiVersion,
    adAccountId: '1187654321098765',
    method: 'POST',
    host: 'graph.facebook.com',
    fields: { campaign_id: '120234472620180097', optimization_goal: 'CONVERSATIONS', destination_type: 'WHATSAPP', billing_event: 'IMPRESSIONS', promoted_object: promoted, targeting: { geo_locations: { countries: ['KZ'] } }, ...extra },
    transport: {},
  };
}

/** A context: the API request, optionally a UI request (diffed like the pipeline does), and facts. */
export function ctx(opts: { api?: AdsetRequest; ui?: AdsetRequest | null; facts?: Facts | null } = {}): RuleContext {
  const api = opts.api ?? request();
  const ui = opts.ui ?? null;
  return {
    ui: ui
      ? {
          kind: 'submission',
          id: 'ui',
          capturedAt: 0,
          encoding: 'form',
          url: 'https://adsmanager-graph.facebook.com/v22.0/act_1187654321098765/adsets',
          method: 'POST',
          location: 'body',
          request: ui,
          identifiers: { adAccountId: null, campaignId: null, pageId: PAGE, whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: null },
          tokenPresent: false,
          response: null,
          draft: null,
        }
      : null,
    api: { request: api, format: 'curl', tokenFound: false },
    uiEquivalent: ui,
    diff: ui ? diffRequests(ui, api) : null,
    facts: opts.facts === undefined ? facts() : opts.facts,
    now: Date.UTC(2026, 0, 1),
  };
}

export const add = (path: string, value: unknown): Change => ({ path, op: 'add', value });
export const remove = (path: string): Change => ({ path, op: 'remove' });
export const replace = (path: string, value: unknown): Change => ({ path, op: 'replace', value });
