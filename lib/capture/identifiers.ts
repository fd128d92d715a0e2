import type { CapturedResponse, Identifiers } from '../model';
import { isRecord, scalarString } from '../model/record';
import { findFirstAtKeys } from './walk';

/** Names under which requests carry a WhatsApp Business Account id. */
const WABA_KEYS: readonly string[] = ['whatsapp_business_account_id', 'whats_app_business_account_id', 'waba_id'];

/** The identifiers a person looks for first, from the decoded fields and what the answer revealed. */
export function identifiersOf(
  adAccountId: string | null,
  fields: Record<string, unknown>,
  response: CapturedResponse | null,
): Identifiers {
  const po = isRecord(fields.promoted_object) ? fields.promoted_object : {};
  return {
    adAccountId,
    campaignId: scalarString(fields.campaign_id),
    pageId: scalarString(po.page_id),
    whatsappPhoneNumber: scalarString(po.whatsapp_phone_number),
    whatsappBusinessPhoneNumberId: scalarString(po.whats_app_business_phone_number_id),
    wabaId: wabaIdIn(fields) ?? wabaIdInNumbers(response),
  };
}

function wabaIdIn(fields: Record<string, unknown>): string | null {
  return findFirstAtKeys(fields, WABA_KEYS, scalarString);
}

function wabaIdInNumbers(response: CapturedResponse | null): string | null {
  for (const n of response?.whatsappNumbers ?? []) {
    const v = scalarString(n.waba_id);
    if (v) return v;
  }
  return null;
}
