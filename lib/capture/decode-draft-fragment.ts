import { DRAFT_VALUES_LEVEL, levelOfAdObjectType, type AdLevel, type DraftOperation } from '../model';
import { isAdsetLike } from './adset-shape';
import { decodeFieldValue, transportValue } from './field-split';
import { decodeJsonString } from './json-text';
import { isRecord, scalarString, setOwn } from './own';
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
 * the objects it writes: ad sets, and (issue 17) campaigns and ads. Ads Manager's `adsDraftEncodeFragmentValues`
 * applies JSON.stringify to every `old_value` and `new_value` (`"new_value":"\"CONVERSATIONS\""`, numbers as
 * `"1000"`), so each value is read as JSON text first and kept raw only when it is not JSON. The multi lists use
 * Ads Manager's shifted names (`campaign_group_values` = THE campaign, one values list; `campaign_values` = ad sets;
 * `adgroup_values` = ads), a fragment's `ad_object_type` Graph's (`campaign`, `ad_set`, `ad`): see
 * lib/model/ad-level.ts. Null when the request is not a draft-fragment call; an empty list when it is one for an
 * object type none of the levels is (or values that are not a values list).
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
      (edgeOp !== null && nodes.length >= 2 ? decodeSafe(nodes.at(-2)!) : null) ??
      scalarString(params.ad_draft_id) ??
      scalarString(params.draft_id) ??
      (operation === 'quick_create' ? scalarString(params.id) : null),
  };
  /** `level` null: an untyped fragment, an ad set only when its values look like one (as before levels existed). */
  const found = (values: unknown, loc: string, parentId: unknown, answer: FoundAdset['answer'], level: AdLevel | null): FoundAdset | null => {
    const fields = fragmentFields(values);
    if (fields === null) return null;
    const lvl = level ?? (isAdsetLike(fields) ? 'adset' : null);
    if (lvl === null || lvl === 'creative') return null;
    return {
      ...(lvl === 'adset' ? {} : { level: lvl }),
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
        fragmentId: operation === 'update' ? (nodes.length === 1 ? decodeSafe(last) : scalarString(params.id)) : null,
        adObjectId: positiveId(params.ad_object_id),
      },
      answer,
      batchIndex: null,
    };
  };
  const typed = (t: unknown): AdLevel | null | undefined => (typeof t === 'string' && t ? levelOfAdObjectType(t) : undefined);

  if (operation === 'multi') {
    const campaign = Object.hasOwn(params, 'campaign_group_values')
      ? found(params.campaign_group_values, `${location}campaign_group_values`, null, { kind: 'multi', list: 'campaign_group', index: 0 }, DRAFT_VALUES_LEVEL.campaign_group_values)
      : null;
    const adsets = listOf(params.campaign_values)
      .slice(0, MAX_ADSETS)
      .map((v, i) => found(v, `${location}campaign_values[${i}]`, params.parent_ad_object_id, { kind: 'multi', list: 'campaign', index: i }, DRAFT_VALUES_LEVEL.campaign_values));
    // Each ad names its ad set in its own values (`parentAdObjectID`, which Ads Manager JSON.parses back).
    const ads = listOf(params.adgroup_values)
      .slice(0, MAX_ADSETS)
      .map((v, i) => found(v, `${location}adgroup_values[${i}]`, fragmentFields(v)?.parentAdObjectID ?? null, { kind: 'multi', list: 'adgroup', index: i }, DRAFT_VALUES_LEVEL.adgroup_values));
    return [campaign, ...adsets, ...ads].filter((f): f is FoundAdset => f !== null);
  }
  if (operation === 'quick_create') {
    const levels = listOf(params.values_per_level).slice(0, MAX_ADSETS);
    const levelAt = levels.map((l) => (isRecord(l) ? (typed(l.ad_object_type) ?? null) : null));
    // Each level's parent is created in the same call: its id comes back in that level's answer (`data[i].ad_object_id`).
    const parentIndex = (l: AdLevel | null) => levelAt.indexOf(l === 'adset' ? 'campaign' : l === 'ad' ? 'adset' : null);
    return levels
      .map((level, i) =>
        isRecord(level) && levelAt[i]
          ? found(level.values, `${location}values_per_level[${i}].values`, level.parent_ad_object_id, { kind: 'level', index: i, parentIndex: parentIndex(levelAt[i]!) }, levelAt[i]!)
          : null,
      )
      .filter((f): f is FoundAdset => f !== null);
  }
  const type = typed(params.ad_object_type);
  if (type === null) return [];
  const one = found(params.values, `${location}values`, params.parent_ad_object_id, { kind: 'id' }, type ?? null);
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

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
