/** Keys whose values are phone numbers, compared as E.164 (lib/phone) rather than as text. */
export const PHONE_KEYS: ReadonlySet<string> = new Set([
  'whatsapp_phone_number',
  'whatsapp_number',
  'phone_number',
  'display_phone_number',
  'formatted_whatsapp_number',
  'phone',
]);

export function isPhonePath(path: string): boolean {
  return PHONE_KEYS.has(path.slice(path.lastIndexOf('.') + 1));
}
