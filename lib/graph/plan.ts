import { text, type Text } from '../i18n/text';
import { levelOf } from '../model/ad-level';
import type { AdsetRequest } from '../model/adset-request';
import { encodeFields, TRANSPORT_FIELDS } from '../model/request-wire';
import { LEVEL_EDGE } from '../model/ad-level';
import { recordOf } from '../model/record';
import { redactText } from '../secrets';
import type { Change, Validation } from '../model/facts';
import { normalizeApiVersion } from './api-version';
import { applyChanges } from './apply-change';
import { MAX_BATCH, type BatchOperation } from './batch';
import type { DiagnosisInput } from './diagnosis-input';
import { WHATSAPP_DESTINATION_TYPES } from '../model/enums';

export type WabaVia = 'ad_account' | 'page';
export type WabaRelation = 'owned' | 'client';
export type ObjectName = 'page' | 'adAccount' | 'campaign' | 'uiPage' | 'uiCampaign';

/** One batch item of the diagnostic plan, with a stable id and what its answer will become in Facts. */
export type PlanItem = {
  id: string;
  op: BatchOperation;
  round: number;
} & (
  | { kind: 'identity' | 'token' | 'permissions' | 'waba_phone_numbers' }
  | { kind: 'waba_accounts' | 'waba_numbers'; via: WabaVia; relation: WabaRelation }
  | { kind: 'object'; object: ObjectName; objectId: string; fields: string[] }
  | { kind: 'validate'; variantId: string; label: Text; change: Change | null; changes: Change[] }
);

// Page fields are read in three items because Graph fails a whole item when one requested field cannot be read
// (missing permission, field unavailable for this Page type or version): `tasks` needs a role on the Page,
// `business` needs business access, and the WhatsApp fields are the evidence we cannot afford to lose.
export const PAGE_FIELD_GROUPS: readonly { id: string; fields: readonly string[] }[] = [
  { id: 'page', fields: ['id', 'name'] },
  { id: 'page_whatsapp', fields: ['whatsapp_number', 'has_whatsapp_number', 'has_whatsapp_business_number'] },
  { id: 'page_access', fields: ['business', 'tasks'] },
];
export const AD_ACCOUNT_FIELDS = ['name', 'account_status', 'business', 'currency'] as const;
export const CAMPAIGN_FIELDS = ['objective', 'special_ad_categories', 'buying_type'] as const;
export const WABA_PHONE_FIELDS = [
  'id',
  'display_phone_number',
  'verified_name',
  'code_verification_status',
  'name_status',
  'quality_rating',
  'platform_type',
  'status',
  'account_mode',
] as const;

const ID = /^[0-9]{1,30}$/;

function cleanId(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim().replace(/^act_/, '');
  return ID.test(s) ? s : null;
}

function objectField(req: AdsetRequest, name: string): Record<string, unknown> | null {
  return recordOf(req.fields[name]);
}

/**
 * The Page a request promotes: an ad set's `promoted_object.page_id`, a creative's `object_story_spec.page_id`, or
 * that of the creative an ad carries inline.
 */
function promotedPageId(req: AdsetRequest): string | null {
  const fromPromoted = cleanId(objectField(req, 'promoted_object')?.['page_id']);
  if (fromPromoted) return fromPromoted;
  const story = objectField(req, 'object_story_spec') ?? recordOf(objectField(req, 'creative')?.['object_story_spec']);
  return cleanId(story?.['page_id']);
}

/** The ids the plan reads, from the input or else from the API request. */
export function planIds(input: DiagnosisInput) {
  return {
    pageId: cleanId(input.pageId) ?? promotedPageId(input.apiRequest),
    adAccountId: cleanId(input.adAccountId) ?? cleanId(input.apiRequest.adAccountId),
    campaignId: cleanId(input.campaignId) ?? cleanId(input.apiRequest.fields['campaign_id']),
    wabaId: cleanId(input.wabaId),
    /** The ad set a creative is dry-run under (an ad's own `adset_id`, else the one the chain names). */
    adsetId: cleanId(input.apiRequest.fields['adset_id']) ?? cleanId(input.adsetId),
  };
}

/**
 * The objects Ads Manager's request refers to where they differ from the API request's: when a validate_only run
 * proves that the UI's reference fixes the request, both objects' facts explain why (objectives, WhatsApp fields).
 */
export function uiReferenceIds(input: DiagnosisInput, ids = planIds(input)) {
  const ui = input.uiRequest;
  const campaignId = ui ? cleanId(ui.fields['campaign_id']) : null;
  const pageId = ui ? promotedPageId(ui) : null;
  return {
    uiCampaignId: campaignId && campaignId !== ids.campaignId ? campaignId : null,
    uiPageId: pageId && pageId !== ids.pageId ? pageId : null,
  };
}

/** Named so later items can use its answer; kept in the answer (`omit_response_on_success: false`): it is a fact too. */
const NAMED = (name: string) => ({ name, omitResponseOnSuccess: false });

function isWhatsAppRequest(req: AdsetRequest): boolean {
  const destination = req.fields['destination_type'];
  if (typeof destination === 'string' && WHATSAPP_DESTINATION_TYPES.has(destination.toUpperCase())) return true;
  // An ad set names WhatsApp in promoted_object; a creative (or an ad's inline one) in its call to action.
  const carriers = levelOf(req) === 'adset' ? ['promoted_object'] : ['object_story_spec', 'asset_feed_spec', 'creative'];
  return carriers.some((name) => {
    const v = req.fields[name];
    return /whats_?app/i.test(typeof v === 'string' ? v : JSON.stringify(v ?? {}));
  });
}

/** Find the WhatsApp Business account without the user typing it: a WhatsApp request, no WABA id given. */
function discoversWaba(input: DiagnosisInput, ids: ReturnType<typeof planIds>): boolean {
  return !ids.wabaId && (ids.adAccountId !== null || ids.pageId !== null) && isWhatsAppRequest(input.apiRequest);
}

/**
 * The WABAs of the ad account's and the Page's businesses, and their numbers, in the same batch through Graph's
 * batch dependencies (https://developers.facebook.com/docs/graph-api/batch-requests): `{result=NAME:$.business.id}`
 * feeds `{business}/owned_whatsapp_business_accounts` and `client_whatsapp_business_accounts` (both need
 * whatsapp_business_management: a #200 refusal names the missing scope), and `?ids={result=…:$.data.*.id}` reads
 * every WABA's phone_numbers at once. A dependency that fails or matches nothing answers null: nothing to read.
 */
function wabaDiscoveryItems(ids: ReturnType<typeof planIds>): PlanItem[] {
  const items: PlanItem[] = [];
  const sources: [WabaVia, string | null][] = [
    ['ad_account', ids.adAccountId ? 'ad_account' : null],
    ['page', ids.pageId ? 'page_access' : null],
  ];
  for (const [via, from] of sources) {
    if (!from) continue;
    for (const relation of ['owned', 'client'] as const) {
      const accounts = `waba_${relation}_${via}`;
      items.push({
        id: accounts,
        kind: 'waba_accounts',
        via,
        relation,
        round: 1,
        op: { method: 'GET', relativeUrl: `{result=${from}:$.business.id}/${relation}_whatsapp_business_accounts?fields=id,name`, ...NAMED(accounts) },
      });
      items.push({
        id: `waba_numbers_${relation}_${via}`,
        kind: 'waba_numbers',
        via,
        relation,
        round: 1,
        op: { method: 'GET', relativeUrl: `?ids={result=${accounts}:$.data.*.id}&fields=id,name,phone_numbers{${WABA_PHONE_FIELDS.join(',')}}` },
      });
    }
  }
  return items;
}

/** Batch item ids must stay stable and readable: variant ids are reduced to a safe alphabet. */
function safe(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80) || '_';
}

function batchVersion(input: DiagnosisInput): string {
  return normalizeApiVersion(input.apiVersion) ?? input.apiVersion;
}

/** What stands in for the ad Graph needs around a creative that is only being checked (never created). */
export const CREATIVE_CHECK_AD_NAME = 'Ads API Inspector creative check';

/**
 * A dry run of the request at its level: `POST act_X/{campaigns|adsets|ads}` with `execution_options=["validate_only"]`
 * (Graph validates and creates nothing; the Marketing API's `AdAccount` edges `campaigns`, `adsets` and `ads` take
 * `execution_options` with `validate_only`, facebook-business-sdk-codegen api_specs/specs/AdAccount.json). `POST
 * act_X/adcreatives` takes no `execution_options` at all (same spec), so a creative is validated inline through an ad
 * dry run: `act_X/ads` with the creative spec as `creative` under an ad set (docs/chain-levels.md); without an ad set
 * to put it under there is no dry run (null), and the report says the creative could not be checked.
 * Caveat: Meta's batch docs say a batch "cannot include multiple Adsets under the same Campaign"
 * (https://developers.facebook.com/docs/graph-api/batch-requests#limitations). Whether that applies to validate_only
 * runs is not documented; if Graph rejects them, each item's error is kept as a fact and the plan can be split.
 * The relative URL carries the request's own version when it differs from the batch's (a version prefix in relative_url
 * overrides the batch URL's).
 */
function validateOp(req: AdsetRequest, ids: Pick<ReturnType<typeof planIds>, 'adAccountId' | 'adsetId'>, batchV: string, version?: string | null): BatchOperation | null {
  const account = cleanId(req.adAccountId) ?? ids.adAccountId;
  if (!account) return null;
  const v = normalizeApiVersion(version ?? req.apiVersion);
  const prefix = v && v !== batchV ? `${v}/` : '';
  const fields = Object.fromEntries(Object.entries(req.fields).filter(([k]) => !TRANSPORT_FIELDS.has(k)));
  const level = levelOf(req);
  if (level === 'creative') {
    if (!ids.adsetId) return null;
    const name = typeof fields['name'] === 'string' && fields['name'] ? fields['name'] : CREATIVE_CHECK_AD_NAME;
    return {
      method: 'POST',
      relativeUrl: `${prefix}act_${account}/ads`,
      body: { name, adset_id: ids.adsetId, status: 'PAUSED', creative: JSON.stringify(fields), execution_options: '["validate_only"]' },
    };
  }
  return {
    method: 'POST',
    relativeUrl: `${prefix}act_${account}/${LEVEL_EDGE[level]}`,
    body: { ...encodeFields(fields), execution_options: '["validate_only"]' },
  };
}

/** The first batch: reads and validate_only runs. Pure; ids are stable so tests and findings can name items. */
export function buildPlan(input: DiagnosisInput): PlanItem[] {
  const ids = planIds(input);
  const batchV = batchVersion(input);
  const items: PlanItem[] = [
    { id: 'me', kind: 'identity', round: 1, op: { method: 'GET', relativeUrl: 'me?fields=id,name' } },
    {
      id: 'debug_token',
      kind: 'token',
      round: 1,
      // In relative_url, not in a body: Meta's batch API lets only POST and PUT items carry a `body` ("GET and DELETE
      // operations must only have a relative_url and a method field",
      // https://developers.facebook.com/docs/graph-api/batch-requests). The batch itself is a POST body to
      // graph.facebook.com, so this relative_url is never a URL anything requests or logs (SECURITY.md).
      op: { method: 'GET', relativeUrl: `debug_token?input_token=${encodeURIComponent(input.token)}` },
    },
    { id: 'permissions', kind: 'permissions', round: 1, op: { method: 'GET', relativeUrl: 'me/permissions' } },
  ];
  const ui = uiReferenceIds(input, ids);
  const discover = discoversWaba(input, ids);
  const readPage = (object: 'page' | 'uiPage', pageId: string, prefix: string) => {
    for (const g of PAGE_FIELD_GROUPS) {
      items.push({
        id: `${prefix}${g.id}`,
        kind: 'object',
        object,
        objectId: pageId,
        fields: [...g.fields],
        round: 1,
        op: {
          method: 'GET',
          relativeUrl: `${pageId}?fields=${g.fields.join(',')}`,
          ...(discover && object === 'page' && g.fields.includes('business') ? NAMED(g.id) : {}),
        },
      });
    }
  };
  if (ids.pageId) readPage('page', ids.pageId, '');
  if (ui.uiPageId) readPage('uiPage', ui.uiPageId, 'ui_');
  if (ids.adAccountId) {
    items.push({
      id: 'ad_account',
      kind: 'object',
      object: 'adAccount',
      objectId: `act_${ids.adAccountId}`,
      fields: [...AD_ACCOUNT_FIELDS],
      round: 1,
      op: { method: 'GET', relativeUrl: `act_${ids.adAccountId}?fields=${AD_ACCOUNT_FIELDS.join(',')}`, ...(discover ? NAMED('ad_account') : {}) },
    });
  }
  if (ids.campaignId) {
    items.push({
      id: 'campaign',
      kind: 'object',
      object: 'campaign',
      objectId: ids.campaignId,
      fields: [...CAMPAIGN_FIELDS],
      round: 1,
      op: { method: 'GET', relativeUrl: `${ids.campaignId}?fields=${CAMPAIGN_FIELDS.join(',')}` },
    });
  }
  if (ui.uiCampaignId) {
    items.push({
      id: 'ui_campaign',
      kind: 'object',
      object: 'uiCampaign',
      objectId: ui.uiCampaignId,
      fields: [...CAMPAIGN_FIELDS],
      round: 1,
      op: { method: 'GET', relativeUrl: `${ui.uiCampaignId}?fields=${CAMPAIGN_FIELDS.join(',')}` },
    });
  }
  if (discover) items.push(...wabaDiscoveryItems(ids));
  if (ids.wabaId) {
    items.push({
      id: 'waba_phone_numbers',
      kind: 'waba_phone_numbers',
      round: 1,
      op: { method: 'GET', relativeUrl: `${ids.wabaId}/phone_numbers?fields=${WABA_PHONE_FIELDS.join(',')}` },
    });
  }

  const validate = (id: string, label: Text, req: AdsetRequest, change: Change | null, version?: string | null, changes?: Change[]) => {
    const op = validateOp(req, ids, batchV, version);
    if (op) items.push({ id, kind: 'validate', variantId: id, label, change, changes: changes ?? (change ? [change] : []), round: 1, op });
  };
  validate('validate_api', text('graph_variant_api'), input.apiRequest, null);
  if (input.uiRequest) {
    validate('validate_ui', text('graph_variant_ui'), input.uiRequest, null);
    const apiV = normalizeApiVersion(input.apiRequest.apiVersion) ?? batchV;
    const uiV = normalizeApiVersion(input.uiRequest.apiVersion);
    if (uiV && uiV !== apiV) {
      validate('validate_api_at_ui_version', text('graph_variant_api_at_ui_version', uiV), input.apiRequest, null, uiV);
    }
  }
  const seen = new Set(items.map((i) => i.id));
  for (const v of input.variants) {
    let id = `variant_${safe(v.id)}`;
    for (let n = 2; seen.has(id); n++) id = `variant_${safe(v.id)}_${n}`;
    seen.add(id);
    const before = items.length;
    validate(id, v.label, v.request, v.change, undefined, v.changes);
    const added = items[before];
    if (added && added.kind === 'validate') added.variantId = v.id;
  }
  return items;
}

/**
 * The follow-up batch, only when it can add something: the API request itself failed, no version swap passed, and
 * - several single changes pass → try them in pairs (Meta sometimes rejects a combination that each part passes
 *   alone, e.g. the number and the phone-number id together answering `(#200)`);
 * - none passes but the full UI request does → the cause is a combination: try every pair.
 * Pairs are built by applying both changes to the API request; at most one batch (50 items).
 */
export function buildFollowUpPlan(input: DiagnosisInput, validations: readonly Validation[]): PlanItem[] {
  const byId = new Map(validations.map((v) => [v.source.itemId, v]));
  if (byId.get('validate_api')?.ok !== false) return [];
  // The request at Ads Manager's API version already passes: the version is the proof, pairs cannot add to it.
  if (byId.get('validate_api_at_ui_version')?.ok === true) return [];
  // A variant that is one fix made of several changes (a renamed field) already passed: that is the proof.
  if (validations.some((v) => v.ok && v.changes.length > 1)) return [];
  const singles = input.variants
    .map((variant) => ({ variant, result: validations.find((v) => v.variantId === variant.id && v.changes.length === 1) }))
    .filter((s) => s.result !== undefined);
  const passing = singles.filter((s) => s.result!.ok);
  let pool: typeof singles;
  if (passing.length >= 2) pool = passing;
  else if (passing.length === 0 && byId.get('validate_ui')?.ok === true) pool = singles;
  else return [];

  const ids = planIds(input);
  const batchV = batchVersion(input);
  const items: PlanItem[] = [];
  for (let i = 0; i < pool.length && items.length < MAX_BATCH; i++) {
    for (let j = i + 1; j < pool.length && items.length < MAX_BATCH; j++) {
      const a = pool[i]!.variant;
      const b = pool[j]!.variant;
      if (a.change.path === b.change.path) continue;
      const changes = [a.change, b.change];
      const op = validateOp(applyChanges(input.apiRequest, changes), ids, batchV);
      if (!op) continue;
      const id = `pair_${safe(a.id)}__${safe(b.id)}`;
      items.push({
        id,
        kind: 'validate',
        variantId: `${a.id}+${b.id}`,
        label: text('graph_variant_pair', a.change.path, b.change.path),
        change: null,
        changes,
        round: 2,
        op,
      });
    }
  }
  return items;
}

/** The relative_url as cited in Facts: `input_token` and every other secret redacted (lib/secrets, like everywhere). */
export function citedUrl(op: BatchOperation): string {
  return redactText(op.relativeUrl);
}
