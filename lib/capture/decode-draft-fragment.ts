import type { DraftOperation } from '../model';
import { isAdsetLike } from './adset-shape';
import { decodeFieldValue, transportValue } from './field-split';
import { decodeJsonString } from './json-text';
import { percentDecode } from '../model/form-encoding';
import { isRecord, scalarString, setOwn } from '../model/record';
import type { FoundAdset } from './request-context';
import { accountDigits, apiVersionOf } from './url-parts';

const MAX_VALUES = 1_000;
const MAX_ADSETS = 100;

/**
 * The draft edges of Ads Manager's `AdsDraftFragmentDataManager` (its `AdsGraphAPI…object("addraft", draft)
 * .edge(…)` calls) and what each does. An update has no edge: `POST /vNN.0/{fragment_id}` (`object:addraft_fragment`).
 */
const EDGES: Readonly<Record<string, DraftOperation>> = {
  addraft_fragments: 'create',
  addraft_fragments_with_publish: 'create_and_publish',
  addraft_multi_fragments: 'multi',
  quick_create_fragments: 'quick_create',
};

/** Parameters that carry fragment values: never transport. */
const PAYLOAD = new Set(['values', 'campaign_values', 'campaign_group_values', 'adgroup_values', 'values_per_level']);

/**
 * A draft-fragment call (create, update, multi-fragments, quick create, create-and-publish), batched or direct, as
 * the ad sets it writes. Ads Manager's `adsDraftEncodeFragmentValues` applies JSON.stringify to every `old_value`
 * and `new_value` (`"new_value":"\"CONVERSATIONS\""`, numbers as `"1000"`), so each value is read as JSON text
 * first and kept raw only when it is not JSON. Internal names are shifted one level: CAMPAIGN_GROUP is a campaign,
 * CAMPAIGN an **ad set** (`campaign_values`), ADGROUP an ad. Null when the request is not a draft-fragment call;
 * an empty list when it is one for other object types (campaigns, ads).
 */
export function decodeDraftFragment(
  params: Record<string, unknown>,
  path: string,
  location: string,
  fallbackVersion: string | null,
): FoundAdset[] | null {
  const nodes = path.split('/').filter((p) => p.length > 0 && !/^v\d{1,3}\.\d{1,2}$/.test(p));
  const last = nodes.at(-1) ?? '';
  const edgeOp = Object.hasOwn(EDGES, last) ? EDGES[last]! : null;
  const reqName = typeof params._reqName === 'string' ? params._reqName : '';
  const isUpdate = edgeOp === null && (Object.hasOwn(params, 'ad_object_type') || reqName.startsWith('object:addraft_fragment'));
  if (edgeOp === null && !isUpdate) return null;
  const operation: DraftOperation = edgeOp ?? 'update';

  const base = {
    apiVersion: apiVersionOf(path) ?? fallbackVersion,
    adAccountId: accountDigits(params.account_id) ?? accountDigits(params.ad_account_id) ?? accountDigits(params.__ad_account_id),
    transport: transportOf(params),
    draftId:
      (edgeOp !== null && nodes.length >= 2 ? percentDecode(nodes.at(-2)!) : null) ??
      scalarString(params.ad_draft_id) ??
      scalarString(params.draft_id) ??
      (operation === 'quick_create' ? scalarString(params.id) : null),
  };
  const found = (values: unknown, loc: string, parentId: unknown, answer: FoundAdset['answer'], typed: unknown): FoundAdset | null => {
    const fields = fragmentFields(values);
    if (fields === null) return null;
    const type = typeof typed === 'string' ? typed.toLowerCase() : '';
    const isAdset = type === 'ad_set' || type === 'adset' || type === 'campaign_values' || (type === '' && isAdsetLike(fields));
    if (!isAdset) return null;
    return {
      encoding: 'draft_fragment',
      location: loc,
      method: 'POST',
      apiVersion: base.apiVersion,
      adAccountId: base.adAccountId,
      fields,
      transport: base.transport,
      draft: {
        draftId: base.draftId,
        parentId: scalarString(parentId),
        operation,
        fragmentId: operation === 'update' ? (nodes.length === 1 ? percentDecode(last) : scalarString(params.id)) : null,
        adObjectId: positiveId(params.ad_object_id),
      },
      answer,
      batchIndex: null,
    };
  };

  if (operation === 'multi') {
    const sets = listOf(params.campaign_values);
    return sets
      .slice(0, MAX_ADSETS)
      .map((v, i) => found(v, `${location}campaign_values[${i}]`, params.parent_ad_object_id, { kind: 'multi', index: i }, 'campaign_values'))
      .filter((f): f is FoundAdset => f !== null);
  }
  if (operation === 'quick_create') {
    const levels = listOf(params.values_per_level).slice(0, MAX_ADSETS);
    // The ad set's campaign is created in the same call: its id comes back in the campaign level's answer.
    const campaignIndex = levels.findIndex((l) => isRecord(l) && l.ad_object_type === 'campaign');
    return levels
      .map((level, i) =>
        isRecord(level)
          ? found(level.values, `${location}values_per_level[${i}].values`, level.parent_ad_object_id, { kind: 'level', index: i, campaignIndex }, level.ad_object_type ?? 'campaign')
          : null,
      )
      .filter((f): f is FoundAdset => f !== null);
  }
  const one = found(params.values, `${location}values`, params.parent_ad_object_id, { kind: 'id' }, params.ad_object_type);
  return one ? [one] : [];
}

/**
 * One `new_value` as Ads Manager meant it: JSON text decoded (`"\"WHATSAPP\""` → `WHATSAPP`, `"1000"` → 1000), raw
 * when not JSON. Integers a number cannot hold exactly stay digit strings (ids sent unquoted would lose digits).
 */
export function decodeFragmentValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return decodeFieldValue(field, value);
  const text = value.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    return decodeFieldValue(field, value);
  }
  if (typeof parsed === 'number' && /^-?\d+$/.test(text) && String(parsed) !== text) return text;
  return decodeFieldValue(field, parsed);
}

/** `[{field, old_value, new_value}]` (an array or its JSON text) → fields; null when it is not such a list. */
function fragmentFields(raw: unknown): Record<string, unknown> | null {
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? decodeJsonString(raw) : undefined;
  if (!Array.isArray(values)) return null;
  const fields: Record<string, unknown> = {};
  for (const entry of values.slice(0, MAX_VALUES)) {
    if (!isRecord(entry) || typeof entry.field !== 'string' || !Object.hasOwn(entry, 'new_value')) continue;
    setOwn(fields, entry.field, decodeFragmentValue(entry.field, entry.new_value));
  }
  return fields;
}

function listOf(raw: unknown): unknown[] {
  const v = Array.isArray(raw) ? raw : typeof raw === 'string' ? decodeJsonString(raw) : undefined;
  return Array.isArray(v) ? v : [];
}

function transportOf(params: Record<string, unknown>): Record<string, string> {
  const transport: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (!PAYLOAD.has(k)) setOwn(transport, k, transportValue(k, v));
  return transport;
}

/** Ads Manager deletes `ad_object_id` unless it is a real (positive) id; temporary ids are negative. */
function positiveId(v: unknown): string | null {
  const s = scalarString(v);
  return s && /^\d{1,30}$/.test(s) && !/^0+$/.test(s) ? s : null;
}
