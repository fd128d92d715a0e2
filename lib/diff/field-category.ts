import { isBookkeepingField } from '../capture';
import { fieldInfo } from '../model';
import type { DiffCategory } from './diff-schema';
import { isPhonePath } from './phone-fields';

/** Budget and bidding fields: they change delivery and cost, not whether Graph accepts the destination. */
const BUDGET_FIELDS: ReadonlySet<string> = new Set([
  'daily_budget', 'lifetime_budget', 'bid_amount', 'bid_strategy', 'bid_constraints', 'bid_adjustments', 'bid_info',
  'daily_spend_cap', 'lifetime_spend_cap', 'daily_min_spend_target', 'lifetime_min_spend_target', 'budget_remaining',
  'min_budget_spend_percentage', 'max_budget_spend_percentage', 'existing_customer_budget_percentage',
  'is_budget_schedule_enabled', 'budget_schedule_specs', 'daily_imps', 'lifetime_imps',
]);

/** Top-level fields that decide a Click-to-WhatsApp outcome besides identifiers, phones and promoted_object. */
const IMPORTANT_FIELDS: ReadonlySet<string> = new Set(['destination_type', 'optimization_goal']);

export const API_VERSION_PATH = 'api_version';
export const AD_ACCOUNT_PATH = 'ad_account_id';

/** The category of a path; `values` are the values present on either side (bookkeeping may depend on them). */
export function categoryOf(path: string, values: unknown[]): DiffCategory {
  if (path === API_VERSION_PATH) return 'version';
  const top = path.split('.', 1)[0] as string;
  if (path === top && values.length > 0 && values.every((v) => isBookkeepingField(top, v))) return 'bookkeeping';
  if (isPhonePath(path)) return 'phone';
  if (top === 'targeting') return 'targeting';
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (path === AD_ACCOUNT_PATH || last === 'id' || last.endsWith('_id') || fieldInfo(path)?.type === 'id') return 'identifier';
  if (BUDGET_FIELDS.has(top)) return 'budget';
  return 'field';
}

/** Identifiers, phones, anything in promoted_object, destination and optimization. */
export function isImportant(path: string, category: DiffCategory): boolean {
  if (category === 'bookkeeping') return false;
  if (category === 'identifier' || category === 'phone') return true;
  const top = path.split('.', 1)[0] as string;
  return top === 'promoted_object' || IMPORTANT_FIELDS.has(top) || fieldInfo(path)?.important === true;
}
