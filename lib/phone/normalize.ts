import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export interface NormalizedPhone {
  /** E.164 (`+77006353580`), or null when the input cannot be read as a phone number at all. */
  e164: string | null;
  /** ISO country the number belongs to, when libphonenumber can tell (`+7` is shared by RU and KZ). */
  country: CountryCode | null;
  /** True when libphonenumber considers it a valid number for its country. */
  valid: boolean;
}

const MAX_INPUT = 64;

/**
 * Read a phone number as a person or an API would write it: `+77006353580`, `77006353580` (Graph's
 * `whatsapp_phone_number` often omits the plus), `8 700 635 3580` (KZ/RU trunk prefix), `+7 (700) 635-35-80`.
 * The country comes from the number itself when it carries one; `defaultCountry` (from the targeting or the ad
 * account) is only used for national formats. Never throws.
 */
export function normalizePhone(raw: unknown, defaultCountry?: string | null): NormalizedPhone {
  const none: NormalizedPhone = { e164: null, country: null, valid: false };
  if (typeof raw !== 'string' && typeof raw !== 'number') return none;
  const input = String(raw).trim().slice(0, MAX_INPUT);
  if (!/\d/.test(input)) return none;
  const international = /^(\+|00)/.test(input);
  let digits = input.replace(/\D/g, '');
  if (input.startsWith('00')) digits = digits.slice(2);
  const country = toCountry(defaultCountry);
  try {
    if (international) return read(parsePhoneNumberFromString('+' + digits));
    // Without a plus: an international number missing its "+" is the most common form in Graph answers.
    const asInternational = read(parsePhoneNumberFromString('+' + digits));
    if (asInternational.valid) return asInternational;
    if (country) {
      const national = read(parsePhoneNumberFromString(input, country));
      if (national.valid) return national;
    }
    return asInternational.e164 ? asInternational : none;
  } catch {
    return none;
  }
}

/** Two phone numbers are the same number once normalised (false when either cannot be read). */
export function samePhone(a: unknown, b: unknown, defaultCountry?: string | null): boolean {
  const x = normalizePhone(a, defaultCountry).e164;
  return x !== null && x === normalizePhone(b, defaultCountry).e164;
}

function read(p: ReturnType<typeof parsePhoneNumberFromString>): NormalizedPhone {
  if (!p) return { e164: null, country: null, valid: false };
  return { e164: p.number, country: p.country ?? null, valid: p.isValid() };
}

function toCountry(c: string | null | undefined): CountryCode | null {
  return c && /^[A-Za-z]{2}$/.test(c) ? (c.toUpperCase() as CountryCode) : null;
}
