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

/**
 * Which finding a passing change set proves. A phone replaced by the UI's number is a phone mismatch; anything the
 * UI adds makes it a hidden field (also for the "id instead of number" pair: add one, remove the other); only
 * removals make it an extra field; the UI's optimization/destination value is an objective mismatch.
 */
export function attributeFix(changes: readonly Change[]): FindingId {
  if (changes.some((c) => c.path === 'api_version')) return 'api-version';
  if (changes.some((c) => c.op === 'replace' && isPhone(c.path))) return 'phone-mismatch';
  if (changes.some((c) => c.op === 'add')) return 'hidden-field';
  if (changes.length > 0 && changes.every((c) => c.op === 'remove')) return 'extra-field';
  if (changes.some((c) => c.op === 'replace' && OBJECTIVE_PATHS.has(c.path))) return 'objective-mismatch';
  return 'hidden-field';
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
    .map((v) => ({ changes: v.changes, validation: v, findingId: attributeFix(v.changes) }))
    .sort((a, b) => a.changes.length - b.changes.length);
}

/** The proven fixes one rule claims. */
export function fixesFor(ctx: RuleContext, id: FindingId): ProvenFix[] {
  return provenFixes(ctx).filter((f) => f.findingId === id);
}
