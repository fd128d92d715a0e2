import type { Diff, FieldDiff } from '../diff';
import { applyChanges, type Variant } from '../graph';
import { text } from '../i18n/text';
import type { AdsetRequest, Change } from '../model';
import { promotedObject } from './rule-context';
import { showValue } from './show-value';

/** Paths the plan tests by other means (the version swap) or that cannot be applied to the request's fields. */
const NOT_A_FIELD: ReadonlySet<string> = new Set(['api_version', 'ad_account_id']);
const LABEL_VALUE_MAX = 60;

function changeOf(e: FieldDiff): Change {
  if (e.kind === 'only_api') return { path: e.path, op: 'remove' };
  return { path: e.path, op: e.kind === 'only_ui' ? 'add' : 'replace', value: e.ui };
}

function variantOf(api: AdsetRequest, change: Change): Variant {
  const label =
    change.op === 'remove'
      ? text('explain_variant_remove', change.path)
      : text(change.op === 'add' ? 'explain_variant_add' : 'explain_variant_replace', change.path, showValue(change.value, LABEL_VALUE_MAX));
  return { id: `${change.op}:${change.path}`, label, request: applyChanges(api, [change]), change };
}

const top = (path: string) => path.split('.', 1)[0]!;

/**
 * The validate_only experiments for a diff: each difference applied alone to the API request (only_ui → add,
 * different → replace with the UI's value, only_api → remove), promoted_object keys individually. Ads Manager's
 * bookkeeping is never tried: it is editor state, not a fix anyone should copy. When the differences do not fit the batch (`budget` items), the unimportant
 * ones are grouped per top-level field (the UI's whole value, or its removal), then the tail is dropped.
 */
export function buildVariants(diff: Diff | null, api: AdsetRequest, ui: AdsetRequest | null, budget: number): Variant[] {
  if (!diff || budget <= 0) return [];
  const open = diff.entries.filter((e) => e.kind !== 'equivalent' && !NOT_A_FIELD.has(e.path));
  const chosen = open.filter((e) => e.category !== 'bookkeeping');
  let changes = chosen.map(changeOf);
  if (changes.length > budget) {
    const kept = chosen.filter((e) => e.important || top(e.path) === 'promoted_object').map(changeOf);
    const grouped = new Map<string, Change>();
    for (const e of chosen) {
      if (e.important || top(e.path) === 'promoted_object') continue;
      const field = top(e.path);
      if (grouped.has(field)) continue;
      const uiValue = ui?.fields[field];
      grouped.set(field, uiValue === undefined ? { path: field, op: 'remove' } : { path: field, op: field in api.fields ? 'replace' : 'add', value: uiValue });
    }
    changes = [...kept, ...grouped.values()];
  }
  return changes.slice(0, budget).map((c) => variantOf(api, c));
}

/**
 * Experiments the diff cannot propose (no capture, or the UI sends the same): when the request carries both the
 * WhatsApp number and the phone-number id, try each without the other — field reports disagree on which Graph
 * wants (docs/ARCHITECTURE.md#what-a-ctwa-ad-set-sends), so the user's own token decides.
 */
export function probeVariants(api: AdsetRequest, existing: readonly Variant[], budget: number): Variant[] {
  const po = promotedObject(api);
  if (!po || budget <= 0) return [];
  const keys = ['whatsapp_phone_number', 'whats_app_business_phone_number_id'];
  if (!keys.every((k) => po[k] !== undefined && po[k] !== null && po[k] !== '')) return [];
  const covered = new Set(existing.map((v) => v.change.path));
  return keys
    .map((k) => `promoted_object.${k}`)
    .filter((path) => !covered.has(path))
    .slice(0, budget)
    .map((path) => variantOf(api, { path, op: 'remove' }));
}
