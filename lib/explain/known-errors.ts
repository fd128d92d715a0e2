import { text, type Text } from '../i18n/text';
import type { FindingId } from '../model';
import { DOCS } from './docs';

/**
 * Graph errors the explain rules recognise, by `code` / `error_subcode` only: Meta localises `message` and
 * `error_user_*` (the seed's are Russian), so text never decides anything. `related` names the findings whose
 * rules look at this error; what is known about each is in DESIGN.md §4.
 */
export interface KnownError {
  code: number;
  /** Absent: any subcode of `code`. */
  subcode?: number;
  /** What the error means, as far as public reports tell. */
  meaning: Text;
  related: readonly FindingId[];
  docs: readonly string[];
}

const ERRORS: readonly KnownError[] = [
  // "WhatsApp Business account required: the number connected to your Page belongs to a personal account" — yet
  // seen for numbers that are business numbers when the request lacks the WABA phone-number id (seed write-up).
  { code: 100, subcode: 2446885, meaning: text('explain_error_2446885'), related: ['page-number-not-business', 'hidden-field'], docs: [DOCS.clickToWhatsApp] },
  // Reported by one integration when `whats_app_business_phone_number_id` is added to promoted_object.
  { code: 100, subcode: 2446886, meaning: text('explain_error_2446886'), related: ['extra-field', 'hidden-field'], docs: [DOCS.promotedObject] },
  // "This WhatsApp phone number is not linked to your account" — works in Ads Manager, fails through the API.
  { code: 100, subcode: 1487246, meaning: text('explain_error_1487246'), related: ['phone-mismatch', 'page-access', 'hidden-field'], docs: [DOCS.issue1487246] },
  { code: 100, subcode: 33, meaning: text('explain_error_100_33'), related: ['page-access'], docs: [DOCS.errorHandling] },
  { code: 17, subcode: 2446079, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.rateLimiting] },
  { code: 613, subcode: 1487742, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.rateLimiting] },
  { code: 2635, meaning: text('explain_error_2635'), related: ['api-version'], docs: [DOCS.errorHandling] },
  { code: 190, meaning: text('explain_error_190'), related: ['token-invalid'], docs: [DOCS.errorHandling, DOCS.debugToken] },
  { code: 102, meaning: text('explain_error_190'), related: ['token-invalid'], docs: [DOCS.errorHandling] },
  { code: 10, meaning: text('explain_error_permission'), related: ['token-missing-scope', 'page-access'], docs: [DOCS.errorHandling] },
  { code: 4, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.graphRateLimiting] },
  { code: 17, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.rateLimiting] },
  { code: 32, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.graphRateLimiting] },
  { code: 613, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.rateLimiting] },
];

export interface ErrorCode {
  code?: number | null;
  subcode?: number | null;
}

/** The known error for a code/subcode pair (exact subcode first, then the code's family), or null. */
export function recogniseError(e: ErrorCode | null | undefined): KnownError | null {
  if (!e || typeof e.code !== 'number') return null;
  const code = e.code;
  const exact = ERRORS.find((k) => k.code === code && k.subcode !== undefined && k.subcode === e.subcode);
  if (exact) return exact;
  const family = ERRORS.find((k) => k.code === code && k.subcode === undefined);
  if (family) return family;
  if (code >= 200 && code <= 299) return { code, meaning: text('explain_error_permission'), related: ['token-missing-scope', 'page-access'], docs: [DOCS.errorHandling] };
  if (code >= 80000 && code <= 80014) return { code, meaning: text('explain_error_rate_limit'), related: ['rate-limited'], docs: [DOCS.rateLimiting] };
  return null;
}

/** `100/2446885`, `190`, `?`. */
export function errorLabel(e: ErrorCode | null | undefined): string {
  if (!e || typeof e.code !== 'number') return '?';
  return typeof e.subcode === 'number' ? `${e.code}/${e.subcode}` : String(e.code);
}

export function isError(e: ErrorCode | null | undefined, code: number, subcode?: number): boolean {
  return !!e && e.code === code && (subcode === undefined || e.subcode === subcode);
}
