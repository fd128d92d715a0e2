import type { WhatsAppNumberInfo } from '../model';
import { isRecord, setOwn } from '../model/record';
import { walk } from './walk';

const STRING_KEYS = [
  'whatsapp_number',
  'formatted_whatsapp_number',
  'page_whatsapp_number_id',
  'waba_id',
  'whatsapp_smb_device',
] as const;
const BOOLEAN_KEYS = ['is_business_number', 'can_manage_wa_flows', 'is_calling_enabled'] as const;
const KNOWN: readonly string[] = [...STRING_KEYS, ...BOOLEAN_KEYS, 'number_country_prefix'];
const MAX_RECORDS = 50;

/**
 * Per-Page WhatsApp number records (shaped like the SDK's `CTWAWhatsAppNumbersInfo`) anywhere in a UI answer:
 * `whatsapp_number` or `page_whatsapp_number_id` plus at least one other member of that shape. These are facts the
 * UI saw (`is_business_number`, `waba_id`), so they are kept. Ids arriving as numbers become strings.
 */
export function findWhatsAppNumbers(body: unknown): WhatsAppNumberInfo[] {
  const out: WhatsAppNumberInfo[] = [];
  walk(body, (node) => {
    if (out.length >= MAX_RECORDS) return false;
    if (!isRecord(node)) return true;
    const anchor = Object.hasOwn(node, 'whatsapp_number') || Object.hasOwn(node, 'page_whatsapp_number_id');
    const members = KNOWN.filter((k) => Object.hasOwn(node, k)).length;
    if (anchor && members >= 2) {
      out.push(toRecord(node));
      return false;
    }
    return true;
  });
  return out;
}

function toRecord(node: Record<string, unknown>): WhatsAppNumberInfo {
  const rec: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if ((STRING_KEYS as readonly string[]).includes(k)) {
      if (typeof v === 'string') setOwn(rec, k, v);
      else if (typeof v === 'number' && Number.isFinite(v)) setOwn(rec, k, String(v));
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(k)) {
      if (typeof v === 'boolean') setOwn(rec, k, v);
    } else if (k === 'number_country_prefix') {
      if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) setOwn(rec, k, v);
    } else if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) {
      // Unknown scalar members are kept (the model's schema passes them through); nested objects are not.
      setOwn(rec, k, v);
    }
  }
  return rec as WhatsAppNumberInfo;
}
