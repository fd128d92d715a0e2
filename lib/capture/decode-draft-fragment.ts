import { decodeFieldValue, transportValue } from './field-split';
import { decodeJsonString } from './json-text';
import { isRecord, scalarString, setOwn } from './own';
import type { FoundAdset } from './request-context';
import { isAdsetLike } from './adset-shape';
import { accountDigits, apiVersionOf, nodeBeforeEdge } from './url-parts';

const MAX_VALUES = 1_000;
const DRAFT_EDGE = 'addraft_fragments';

/**
 * Ads Manager saves edits as draft fragments: `POST /vNN.0/{draft_id}/addraft_fragments` with
 * `ad_object_type=ad_set`, `parent_ad_object_id` and `values=[{field, old_value, new_value}]` (a JSON string;
 * a `new_value` may itself be a JSON string or an object). Every `new_value` becomes a field — bookkeeping ones
 * included (see BOOKKEEPING_FIELDS); `old_value` is what the draft held before and is not part of the submission.
 * Null when the parameters are not a draft fragment, or a fragment for another object type (campaign, ad).
 */
export function decodeDraftFragment(
  params: Record<string, unknown>,
  path: string,
  location: string,
  fallbackVersion: string | null,
): FoundAdset | null {
  const onDraftEdge = new RegExp(`/${DRAFT_EDGE}/?$`).test(path);
  if (!onDraftEdge && !Object.hasOwn(params, 'ad_object_type')) return null;
  const raw = params.values;
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? decodeJsonString(raw) : undefined;
  if (!Array.isArray(values)) return null;

  const fields: Record<string, unknown> = {};
  for (const entry of values.slice(0, MAX_VALUES)) {
    if (!isRecord(entry) || typeof entry.field !== 'string' || !Object.hasOwn(entry, 'new_value')) continue;
    setOwn(fields, entry.field, decodeFieldValue(entry.field, entry.new_value));
  }
  const type = typeof params.ad_object_type === 'string' ? params.ad_object_type.toLowerCase() : '';
  const isAdset = type === 'ad_set' || type === 'adset' || (type === '' && isAdsetLike(fields));
  if (!isAdset) return null;

  const transport: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (k !== 'values') setOwn(transport, k, transportValue(k, v));
  return {
    encoding: 'draft_fragment',
    location,
    method: 'POST',
    apiVersion: apiVersionOf(path) ?? fallbackVersion,
    adAccountId: accountDigits(params.account_id) ?? accountDigits(params.ad_account_id),
    fields,
    transport,
    draft: {
      draftId: nodeBeforeEdge(path, DRAFT_EDGE) ?? scalarString(params.draft_id),
      parentId: scalarString(params.parent_ad_object_id),
    },
    batchIndex: null,
  };
}
