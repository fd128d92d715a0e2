import { text, type Text } from '../i18n/text';

// Subcodes first: code 100 covers every "invalid parameter", the subcode says which. Classification is by number
// only — Meta localises `message` and `error_user_*` to the account's language (the seed ticket's are Russian).
const BY_SUBCODE: Readonly<Record<number, string>> = {
  // "WhatsApp Business account required: the number connected to your Page belongs to a personal account".
  2446885: 'reportMeaningWhatsappBusinessRequired',
  // "This WhatsApp phone number is not linked to your account" (facebook-nodejs-business-sdk issue #301).
  1487246: 'reportMeaningWhatsappNotLinked',
};

const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([4, 17, 32, 613, 80004]);

/** A short name for a Graph error, for the report title and summary. */
export function errorMeaning(code: number | null, subcode: number | null): Text {
  const bySub = subcode !== null ? BY_SUBCODE[subcode] : undefined;
  if (bySub) return text(bySub);
  if (code === 190) return text('reportMeaningTokenInvalid');
  if (code === 10 || (code !== null && code >= 200 && code <= 299)) return text('reportMeaningPermission');
  if (code !== null && RATE_LIMIT_CODES.has(code)) return text('reportMeaningRateLimit');
  if (code === 2635) return text('reportMeaningVersion');
  if (code === 100) return text('reportMeaningInvalidParameter');
  return text('reportMeaningUnknown');
}

/** `100 / 2446885`, `190`, or `?` when Graph gave no code (a network failure). */
export function errorCodeLabel(code: number | null, subcode: number | null): string {
  if (code === null) return subcode === null ? '?' : `? / ${subcode}`;
  return subcode === null ? String(code) : `${code} / ${subcode}`;
}
