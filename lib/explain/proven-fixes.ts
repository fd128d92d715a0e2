import { PHONE_KEYS } from '../diff';
import type { Change, FindingId, Validation } from '../model';
import type { RuleContext } from './rule-context';
import { apiValidation } from './rule-context';

/** Fields whose value decides the objective ↔ optimization ↔ destination check. */
export const OBJECTIVE_PATHS: ReadonlySet<string> = new Set(['optimization_goal', 'destination_type', 'billing_event']);

/** A set of changes that made validate_only pass where the API request as given failed: the proof of a cause. */
export interface ProvenFix {
  changes: Change[];
  validation: Validation;
  /** The catalogue finding this fix proves (each proof is claimed by exactly one rule). */
  findingId: FindingId;
}

const isPhone = (path: string) => PHONE_KEYS.has(path.slice(path.lastIndexOf('.') + 1));
const isPhoneId = (path: string) => path.endsWith('whats_app_business_phone_number_id');

/** Page tasks that allow creating ads for the Page. */
export const ADVERTISE_TASKS: ReadonlySet<string> = new Set(['ADVERTISE', 'MANAGE']);

/** Why the UI's campaign works where the API's does not, by the two campaigns' objectives (null: they do not say). */
function campaignReason(ctx: RuleContext | undefined): FindingId | null {
  const a = ctx?.facts?.campaign?.fields['objective'];
  const b = ctx?.facts?.uiCampaign?.fields['objective'];
  return typeof a === 'string' && typeof b === 'string' && a !== b ? 'objective-mismatch' : null;
}

/** Why the UI's Page works where the API's does not, by the two Pages' WhatsApp fields and the user's access. */
function pageReason(ctx: RuleContext | undefined): FindingId | null {
  const api = ctx?.facts?.page;
  const ui = ctx?.facts?.uiPage;
  if (!api || !ui) return null;
  const business = (p: typeof api) => p.fields['has_whatsapp_business_number'];
  if (business(api) === false && business(ui) === true) return 'page-number-not-business';
  if (api.fields['has_whatsapp_number'] === false && ui.fields['has_whatsapp_number'] === true) return 'page-number-not-business';
  const unreadable = api.errors.some((e) => e.failure.kind === 'permission' || e.failure.kind === 'not_found');
  const tasks = api.fields['tasks'];
  const noAdvertise = Array.isArray(tasks) && !tasks.some((t) => typeof t === 'string' && ADVERTISE_TASKS.has(t));
  return unreadable || noAdvertise ? 'page-access' : null;
}

/**
 * Which finding a passing change set proves. A phone (or WABA phone-number id) replaced by the UI's is a phone
 * mismatch; a field the request lacks makes it a hidden field; only removals make it an extra field; the UI's
 * optimization/destination value is an objective mismatch. A replaced reference (campaign, Page) is explained by the
 * two objects' facts, read in the same batch: other objectives → objective mismatch; the API's Page without a
 * business number or without access → that finding. A replaced value nothing explains is a value mismatch, never a
 * hidden field: both sides send it.
 */
export function attributeFix(changes: readonly Change[], ctx?: RuleContext): FindingId {
  if (changes.some((c) => c.path === 'api_version')) return 'api-version';
  if (changes.some((c) => c.op === 'replace' && (isPhone(c.path) || isPhoneId(c.path)))) return 'phone-mismatch';
  if (changes.some((c) => c.op === 'add')) return 'hidden-field';
  if (changes.length > 0 && changes.every((c) => c.op === 'remove')) return 'extra-field';
  if (changes.some((c) => c.op === 'replace' && OBJECTIVE_PATHS.has(c.path))) return 'objective-mismatch';
  if (changes.some((c) => c.op === 'replace' && c.path === 'campaign_id')) return campaignReason(ctx) ?? 'value-mismatch';
  if (changes.some((c) => c.op === 'replace' && (c.path === 'promoted_object.page_id' || c.path === 'promoted_object'))) {
    return pageReason(ctx) ?? 'value-mismatch';
  }
  return 'value-mismatch';
}

/**
 * The minimal proven fixes: passing single changes when there are any, else passing pairs (the follow-up round).
 * Empty when the API request passes as is, or was not validated.
 */
export function provenFixes(ctx: RuleContext): ProvenFix[] {
  const api = apiValidation(ctx);
  if (!ctx.facts || !api || api.ok) return [];
  const passing = ctx.facts.validations.filter((v) => v.ok && v.changes.length > 0);
  const singles = passing.filter((v) => v.changes.length === 1);
  const chosen = singles.length ? singles : passing.filter((v) => v.changes.length > 1);
  return chosen
    .map((v) => ({ changes: v.changes, validation: v, findingId: attributeFix(v.changes, ctx) }))
    .sort((a, b) => a.changes.length - b.changes.length);
}

/** The proven fixes one rule claims. */
export function fixesFor(ctx: RuleContext, id: FindingId): ProvenFix[] {
  return provenFixes(ctx).filter((f) => f.findingId === id);
}
