import { applyChanges } from '../graph/apply-change';
import { text } from '../i18n/text';
import { blamedFields, type AdsetRequest, type Evidence, type Finding, type Validation } from '../model';
import { errorLabel } from './known-errors';
import type { RuleContext } from './rule-context';
import { showValue } from './show-value';

/** One field Graph blamed for a failed validate_only run, with the value that run sent. */
export interface Blame {
  path: string;
  /** `undefined` when the request did not send the field at all. */
  value: unknown;
  label: string;
  validation: Validation;
}

// Not lib/model's recordOf: a blamed path may step into a list (`…countries.0`), so arrays and `[…]` text count here.
function asRecord(v: unknown): Record<string, unknown> | null {
  if (typeof v === 'string' && /^\s*[{[]/.test(v)) {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
}

/** A dotted path into request fields, decoding JSON-string objects on the way (`promoted_object.page_id`). */
export function valueAt(fields: Record<string, unknown>, path: string): unknown {
  let cur: unknown = fields;
  for (const key of path.split('.')) {
    const rec = asRecord(cur);
    if (!rec || !Object.hasOwn(rec, key)) return undefined;
    cur = rec[key];
  }
  return cur;
}

/** The request a validation sent: the UI-equivalent one for `validate_ui`, else the API request with its changes. */
function requestOf(ctx: RuleContext, v: Validation): AdsetRequest {
  if (v.source.itemId === 'validate_ui' && ctx.uiEquivalent) return ctx.uiEquivalent;
  return v.changes.length ? applyChanges(ctx.api.request, v.changes) : ctx.api.request;
}

/** The fields Graph blames for a failed run (`error_data.blame_field_specs`), each with the value that run sent. */
export function blameOf(ctx: RuleContext, v: Validation | null | undefined): Blame[] {
  if (!v || v.ok || !v.error) return [];
  const fields = requestOf(ctx, v).fields;
  const label = errorLabel({ code: v.error.code ?? v.failure?.code, subcode: v.error.error_subcode ?? v.failure?.subcode });
  return blamedFields(v.error).map((path) => ({ path, value: valueAt(fields, path), label, validation: v }));
}

/** "Graph blames optimization_goal: LINK_CLICKS (100/2490408)" — the field and the request's value, always both. */
export function blameEvidence(b: Blame): Evidence {
  return { fact: text('explain_ev_blamed_field', b.path), value: `${b.path} = ${showValue(b.value)} (${b.label})`, source: b.validation.source };
}

/**
 * A finding that cites a failed run whose error blames fields also names those fields and the values sent, so no
 * finding says "Graph blames X" without saying what X was.
 */
export function withBlame(ctx: RuleContext, f: Finding): Finding {
  const cited = new Set(f.evidence.flatMap((e) => (typeof e.source === 'string' ? [] : [e.source.itemId])));
  const runs = (ctx.facts?.validations ?? []).filter((v) => cited.has(v.source.itemId));
  const extra = runs.flatMap((v) => blameOf(ctx, v)).map(blameEvidence);
  const have = new Set(f.evidence.map((e) => `${e.fact.key}|${e.value}`));
  const add = extra.filter((e) => !have.has(`${e.fact.key}|${e.value}`));
  return add.length ? { ...f, evidence: [...f.evidence, ...add] } : f;
}
