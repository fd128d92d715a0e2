import type { Capture, WhatsAppNumberInfo } from '../model';

/**
 * Every per-Page WhatsApp number record Ads Manager received in a tab — from any captured answer, not only the
 * chosen submission's (the UI reads them with separate GraphQL queries) — newest first, each number once.
 */
export function numbersSeen(captures: readonly Capture[]): WhatsAppNumberInfo[] {
  const out: WhatsAppNumberInfo[] = [];
  const seen = new Set<string>();
  for (const c of captures) {
    for (const n of c.response?.whatsappNumbers ?? []) {
      const key = n.page_whatsapp_number_id ?? n.whatsapp_number ?? n.formatted_whatsapp_number ?? JSON.stringify(n);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(n);
    }
  }
  return out;
}

/**
 * A WhatsApp Business Account id Ads Manager revealed in the tab: the submission's own, else one from the number
 * records it received (a business number's record carries its `waba_id`). Null when the UI showed none.
 */
export function wabaIdSeen(captures: readonly Capture[]): string | null {
  for (const c of captures) if (c.kind === 'submission' && c.identifiers.wabaId) return c.identifiers.wabaId;
  for (const n of numbersSeen(captures)) if (n.waba_id) return n.waba_id;
  return null;
}
