import { isBookkeepingField } from '../capture';
import { firstTargetedCountry, type AdsetRequest } from '../model';
import { normalizePhone } from '../phone';
import { decodeJsonString, sameValue } from './compare-values';
import { isRecord } from '../model/record';
import { NormalizationSchema, type Diff, type DiffKind, type FieldDiff, type Normalization } from './diff-schema';
import { explainOrder } from './entry-order';
import { whyText, meaningText } from './explain-entry';
import { AD_ACCOUNT_PATH, API_VERSION_PATH, categoryOf, isImportant } from './field-category';
import { isPhonePath } from './phone-fields';

export interface DiffOptions {
  /** ISO country of the ad account: the default for national phone formats when targeting names no country. */
  accountCountry?: string | null;
}

interface Leaf {
  value: unknown;
  /** The leaf sits inside a value that was a JSON string (form encoding) on this side. */
  viaJson: boolean;
}

/**
 * Compare what the UI submitted with the user's API request, field by field. Objects are descended into (a hidden key
 * inside promoted_object is reported at its own dotted path); lists are compared whole (as sets where order is
 * meaningless); values count as `equivalent` when equal after normalisation (JSON string vs object, number vs string,
 * `act_` prefix, enum case, list order, phone numbers in E.164). Transport fields are listed apart, never compared;
 * Ads Manager's bookkeeping (lib/capture/bookkeeping.ts) is never compared on either side.
 */
export function diffRequests(ui: AdsetRequest, api: AdsetRequest, opts: DiffOptions = {}): Diff {
  const country =
    firstTargetedCountry(decodeJsonString(ui.fields.targeting)) ??
    firstTargetedCountry(decodeJsonString(api.fields.targeting)) ??
    opts.accountCountry ??
    null;
  const uiLeaves = leavesOf(ui.fields);
  const apiLeaves = leavesOf(api.fields);
  const entries: FieldDiff[] = [];

  if (ui.apiVersion && api.apiVersion) {
    entries.push(entry(API_VERSION_PATH, ui.apiVersion === api.apiVersion ? 'equivalent' : 'different', ui.apiVersion, api.apiVersion, []));
  }
  if (ui.adAccountId && api.adAccountId) {
    const notes = new Set<Normalization>();
    const same = sameValue(ui.adAccountId, api.adAccountId, 'account_id', notes);
    entries.push(entry(AD_ACCOUNT_PATH, same ? 'equivalent' : 'different', ui.adAccountId, api.adAccountId, [...notes]));
  }

  const paths = new Set([...uiLeaves.keys(), ...apiLeaves.keys()]);
  for (const path of paths) {
    const a = uiLeaves.get(path);
    const b = apiLeaves.get(path);
    if (!b) {
      entries.push(entry(path, 'only_ui', a?.value, undefined, []));
      continue;
    }
    if (!a) {
      entries.push(entry(path, 'only_api', undefined, b.value, []));
      continue;
    }
    const notes = new Set<Normalization>();
    if (a.viaJson !== b.viaJson) notes.add('json_string');
    if (isPhonePath(path)) {
      const pa = normalizePhone(a.value, country).e164;
      const pb = normalizePhone(b.value, country).e164;
      if (pa !== null && pb !== null) {
        const exact = a.value === b.value;
        if (!exact && pa === pb) notes.add('phone');
        entries.push(entry(path, pa === pb ? 'equivalent' : 'different', a.value, b.value, [...notes], { ui: pa, api: pb }));
        continue;
      }
    }
    const last = path.slice(path.lastIndexOf('.') + 1);
    const same = sameValue(a.value, b.value, last, notes);
    entries.push(entry(path, same ? 'equivalent' : 'different', a.value, b.value, same ? [...notes] : []));
  }

  entries.sort(explainOrder);
  const summary = { only_ui: 0, only_api: 0, different: 0, equivalent: 0, important: 0 };
  for (const e of entries) {
    summary[e.kind]++;
    if (e.important && e.kind !== 'equivalent') summary.important++;
  }
  return {
    entries,
    transport: { ui: Object.keys(ui.transport).sort(), api: Object.keys(api.transport).sort() },
    summary,
  };
}

function entry(
  path: string,
  kind: DiffKind,
  ui: unknown,
  api: unknown,
  normalized: Normalization[],
  e164?: { ui: string | null; api: string | null },
): FieldDiff {
  const values = kind === 'only_ui' ? [ui] : kind === 'only_api' ? [api] : [ui, api];
  const category = categoryOf(path, values);
  const out: FieldDiff = {
    path,
    kind,
    category,
    important: isImportant(path, category),
    why: whyText(path, kind, category, ui, api, e164?.api ?? e164?.ui),
    meaning: meaningText(path),
    normalized: kind === 'equivalent' ? NormalizationSchema.options.filter((n) => normalized.includes(n)) : [],
  };
  if (kind !== 'only_api') out.ui = ui;
  if (kind !== 'only_ui') out.api = api;
  if (e164) out.e164 = e164;
  return out;
}

/** Dotted leaf paths of the fields: objects (also JSON-string objects) are descended into; lists are leaves. */
function leavesOf(fields: Record<string, unknown>): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (value: unknown, path: string, viaJson: boolean, depth: number) => {
    const decoded = decodeJsonString(value);
    const json = viaJson || decoded !== value;
    if (isRecord(decoded) && Object.keys(decoded).length > 0 && depth < 64) {
      for (const [k, v] of Object.entries(decoded)) walk(v, path ? `${path}.${k}` : k, json, depth + 1);
    } else {
      out.set(path, { value, viaJson: viaJson });
    }
  };
  for (const [k, v] of Object.entries(fields)) {
    if (v !== undefined && !isBookkeepingField(k, v)) walk(v, k, false, 0);
  }
  return out;
}
