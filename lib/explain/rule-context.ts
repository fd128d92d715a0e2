import type { Diff, FieldDiff } from '../diff';
import type { AdsetRequest, Facts, FactSource, GraphFailure, Submission, Validation } from '../model';
import { recordOf } from '../model/record';
import type { ApiSide } from './explanation';

/** What every rule reads: both requests, their diff, the Graph facts (null without a token or a batch answer). */
export interface RuleContext {
  ui: Submission | null;
  api: ApiSide;
  uiEquivalent: AdsetRequest | null;
  diff: Diff | null;
  facts: Facts | null;
  /** ms since epoch (token expiry). */
  now: number;
}

/** The validate_only run of a plan item (`validate_api`, `validate_ui`, `validate_api_at_ui_version`). */
export function validationOf(ctx: RuleContext, itemId: string): Validation | null {
  return ctx.facts?.validations.find((v) => v.source.itemId === itemId) ?? null;
}

/** The API request as given, validated. */
export function apiValidation(ctx: RuleContext): Validation | null {
  return validationOf(ctx, 'validate_api');
}

/** Graph's code/subcode for a failed validation (from the error object, else the classified failure). */
export function codesOf(v: Validation | null | undefined): { code?: number; subcode?: number } | null {
  if (!v || v.ok) return null;
  const code = v.error?.code ?? v.failure?.code;
  const subcode = v.error?.error_subcode ?? v.failure?.subcode;
  return { ...(code !== undefined ? { code } : {}), ...(subcode !== undefined ? { subcode } : {}) };
}

/** The error Ads Manager itself got for the captured submission, when it failed. */
export function uiResponseCodes(ctx: RuleContext): { code?: number; subcode?: number } | null {
  const e = ctx.ui?.response?.error;
  if (!e) return null;
  return { ...(e.code !== undefined ? { code: e.code } : {}), ...(e.error_subcode !== undefined ? { subcode: e.error_subcode } : {}) };
}

export interface PageField {
  value: unknown;
  source: FactSource;
}

/** A Page field as read with the user's token, or null when it was not read / not answered. */
export function pageField(ctx: RuleContext, name: string): PageField | null {
  const page = ctx.facts?.page;
  if (!page || !Object.hasOwn(page.fields, name)) return null;
  const source = page.sources[name];
  return source ? { value: page.fields[name], source } : null;
}

/** The failure of the Page read item that asked for `field`, when it failed. */
export function pageFieldFailure(ctx: RuleContext, field: string): { source: FactSource; failure: GraphFailure } | null {
  const e = ctx.facts?.page?.errors.find((x) => x.fields.includes(field));
  return e ? { source: e.source, failure: e.failure } : null;
}

/** Every failure among the facts, with where it came from (batch-level failures cite `graph:batch`). */
export function allFailures(facts: Facts | null): { failure: GraphFailure; source: FactSource | string }[] {
  if (!facts) return [];
  const out: { failure: GraphFailure; source: FactSource | string }[] = facts.batchErrors.map((failure) => ({ failure, source: 'graph:batch' }));
  for (const f of [facts.identity, facts.token, facts.permissions, facts.wabaPhoneNumbers]) {
    if (f && !f.ok) out.push({ failure: f.failure, source: f.source });
  }
  for (const o of [facts.page, facts.adAccount, facts.campaign]) for (const e of o?.errors ?? []) out.push({ failure: e.failure, source: e.source });
  for (const v of facts.validations) if (v.failure) out.push({ failure: v.failure, source: v.source });
  return out;
}

/** `promoted_object` of a request, decoded when it is still a JSON string. */
export function promotedObject(req: AdsetRequest | null | undefined): Record<string, unknown> | null {
  return req ? recordOf(req.fields['promoted_object']) : null;
}

/** A top-level field of a request, read case-insensitively for enums by the caller. */
export function fieldOf(req: AdsetRequest | null | undefined, name: string): unknown {
  return req?.fields[name];
}

/** Non-equivalent diff entries that are not UI bookkeeping. */
export function realDifferences(diff: Diff | null): FieldDiff[] {
  return (diff?.entries ?? []).filter((e) => e.kind !== 'equivalent' && e.category !== 'bookkeeping' && e.path !== 'api_version');
}
