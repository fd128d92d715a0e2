import type { FieldDiff } from '../diff';
import { text } from '../i18n/text';
import type { Change, Evidence, FactSource, GraphFailure, Validation } from '../model';
import { errorLabel, recogniseError } from './known-errors';
import type { RuleContext } from './rule-context';
import { pageField } from './rule-context';
import { showValue } from './show-value';

// Evidence values are what was read, in Graph's own terms (codes, field values, fbtrace ids): they are not
// translated. The `fact` names what was read and is a localisable Text.

function errorValue(code: number | undefined, subcode: number | undefined, title: string | undefined, trace: string | undefined): string {
  const parts = [`error ${errorLabel({ code, subcode })}`];
  if (title) parts.push(`"${showValue(title, 120)}"`);
  if (trace) parts.push(`fbtrace_id=${trace}`);
  return parts.join(' ');
}

/** A validate_only run: its label names the variant, the value says whether it passed and Graph's error. */
export function validationEvidence(v: Validation): Evidence {
  if (v.ok) return { fact: v.label, value: 'validate_only: success', source: v.source };
  const code = v.error?.code ?? v.failure?.code;
  const subcode = v.error?.error_subcode ?? v.failure?.subcode;
  const title = v.error?.error_user_title ?? v.error?.message;
  const trace = v.error?.fbtrace_id ?? v.failure?.fbtraceId;
  return { fact: v.label, value: `validate_only: ${code === undefined ? v.failure?.kind ?? 'failed' : errorValue(code, subcode, title, trace)}`, source: v.source };
}

/** A failed Graph read or batch: Graph's classified message is the fact (it names 190 subcodes etc.). */
export function failureEvidence(failure: GraphFailure, source: FactSource | string): Evidence {
  const value = failure.code === undefined ? failure.kind : errorValue(failure.code, failure.subcode, failure.graphError?.message, failure.fbtraceId);
  return { fact: failure.message, value, source };
}

/** One Page field as read with the user's token. */
export function pageFieldEvidence(ctx: RuleContext, name: string): Evidence | null {
  const f = pageField(ctx, name);
  return f ? { fact: text('explain_ev_page_field', name), value: showValue(f.value), source: f.source } : null;
}

/** One diff entry (source `diff:<path>`). */
export function diffEvidence(e: FieldDiff): Evidence {
  const source = `diff:${e.path}`;
  switch (e.kind) {
    case 'only_ui':
      return { fact: text('explain_ev_only_ui', e.path), value: showValue(e.ui), source };
    case 'only_api':
      return { fact: text('explain_ev_only_api', e.path), value: showValue(e.api), source };
    case 'different': {
      const e164 = e.e164 ? ` (E.164 ${e.e164.ui ?? '?'} / ${e.e164.api ?? '?'})` : '';
      return { fact: text('explain_ev_different', e.path), value: `UI ${showValue(e.ui)} · API ${showValue(e.api)}${e164}`, source };
    }
    default:
      return { fact: text('explain_ev_equivalent', e.path), value: showValue(e.api ?? e.ui), source };
  }
}

/** What Ads Manager itself got back for the captured submission. */
export function uiResponseEvidence(ctx: RuleContext): Evidence | null {
  const r = ctx.ui?.response;
  if (!r) return null;
  const value = r.error
    ? errorValue(r.error.code, r.error.error_subcode, r.error.error_user_title ?? r.error.message, r.error.fbtrace_id)
    : r.createdIds.length
      ? `created ${r.createdIds.join(', ')}`
      : `HTTP ${r.status}`;
  return { fact: text('explain_ev_ui_response'), value, source: `ui:response` };
}

/** Drop the nulls helpers return for facts that were not read. */
export function present(list: readonly (Evidence | null | undefined)[]): Evidence[] {
  return list.filter((e): e is Evidence => !!e);
}

/** What a recognised Graph error means (by code/subcode, whatever language Meta answered in). */
export function knownErrorEvidence(v: Validation | null | undefined): Evidence | null {
  if (!v || v.ok) return null;
  const codes = { code: v.error?.code ?? v.failure?.code, subcode: v.error?.error_subcode ?? v.failure?.subcode };
  const known = recogniseError(codes);
  return known ? { fact: known.meaning, value: errorLabel(codes), source: v.source } : null;
}

/**
 * The proof of a cause, in the order every rule shows it: the API request's failing validate_only run, what its
 * error means, and the run that passed with the fix.
 */
export function proofEvidence(api: Validation, passed: Validation): Evidence[] {
  return present([validationEvidence(api), knownErrorEvidence(api), validationEvidence(passed)]);
}

/** The diff entries of the fields a change set touches. */
export function diffEvidenceFor(ctx: RuleContext, changes: readonly Change[]): Evidence[] {
  return (ctx.diff?.entries ?? []).filter((e) => changes.some((c) => c.path === e.path)).map(diffEvidence);
}

/** The same fields of the API request's Page and of the Page Ads Manager's request uses (read in the same batch). */
export function twoPagesEvidence(ctx: RuleContext, names: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const [fact, key] of [
    [ctx.facts?.page, 'explain_ev_page_field'],
    [ctx.facts?.uiPage, 'explain_ev_ui_page_field'],
  ] as const) {
    if (!fact) continue;
    for (const name of names) {
      const source = fact.sources[name];
      if (source && Object.hasOwn(fact.fields, name)) out.push({ fact: text(key, name), value: `${fact.id}: ${showValue(fact.fields[name])}`, source });
    }
    for (const e of fact.errors) if (e.fields.some((f) => names.includes(f))) out.push(failureEvidence(e.failure, e.source));
  }
  return out;
}
