import type { Text } from '../i18n/text';
import type { AdsetRequest } from '../model/adset-request';
import type { Change } from '../model/facts';

/**
 * One validate_only experiment proposed by the caller (lib/explain builds them from the diff): the API request
 * with one UI-only/different field applied, or one API-only field removed.
 */
export interface Variant {
  /** Stable, short, `[A-Za-z0-9_.-]` preferred (it becomes part of the batch item id). */
  id: string;
  label: Text;
  request: AdsetRequest;
  change: Change;
  /**
   * A fix that is one step made of several changes (a renamed field: the old name removed, the new one added);
   * absent: `change` alone. Such a variant is never paired with others.
   */
  changes?: Change[];
}

export interface DiagnosisInput {
  /** The user's token. Sent to graph.facebook.com only, never copied into Facts. */
  token: string;
  /** The version of the batch call (normally the API request's own). */
  apiVersion: string;
  apiRequest: AdsetRequest;
  /** The UI-equivalent request (the captured submission, transport fields set aside). */
  uiRequest?: AdsetRequest | null;
  variants: Variant[];
  /** Defaults to the API request's `promoted_object.page_id`. */
  pageId?: string | null;
  /** Digits, with or without `act_`; defaults to the API request's ad account. */
  adAccountId?: string | null;
  /** Defaults to the API request's `campaign_id`. */
  campaignId?: string | null;
  /** From a captured UI response (`waba_id`) or typed by the user. */
  wabaId?: string | null;
  /**
   * The ad set a creative is dry-run under (Graph has no validate_only for `act_X/adcreatives`: the creative is
   * checked inline in an ad). Defaults to the request's own `adset_id` (an ad); else Ads Manager's ad set of the
   * same publish.
   */
  adsetId?: string | null;
}
