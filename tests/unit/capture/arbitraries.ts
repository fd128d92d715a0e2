import fc from 'fast-check';
import { ADSET_CORE_FIELDS, BOOKKEEPING_FIELDS } from '../../../lib/capture';
import { TRANSPORT_FIELDS } from '../../../lib/model';
import { isSecretLikeName } from '../../../lib/secrets';

// Names the decoder reads as envelope, not as ad set fields: a generated ad set must not use them.
const ENVELOPE = new Set(['batch', 'values', 'variables', 'ad_object_type', 'doc_id', 'fb_api_req_friendly_name', 'account_id', 'ad_account_id']);

/** A field name an ad set could carry (never transport, never envelope, never Ads Manager bookkeeping: set aside by design). */
export const fieldName = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,20}$/)
  .filter((k) => !TRANSPORT_FIELDS.has(k) && !ENVELOPE.has(k) && !BOOKKEEPING_FIELDS.has(k) && !['cookie', 'authorization', 'input_token'].includes(k));

/**
 * Top-level string values: anything that does not start like JSON (form encoding cannot tell `"[1]"` from `[1]`,
 * and neither can Graph; the decoder reads such strings as JSON by design).
 */
export const scalarText = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/^\s*[[{]/.test(s));

// JSON has no -0: normalise through JSON so generated values are what any JSON wire can carry.
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Whether a member named like a secret appears at any depth (`{"a":{"":{"Lsd":false}}}` included). */
function hasSecretMember(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasSecretMember);
  if (v === null || typeof v !== 'object') return false;
  return Object.entries(v).some(([k, x]) => isSecretLikeName(k) || hasSecretMember(x));
}

// A member named like a secret (`lSD`, `cookie`), at any depth, is redacted on purpose, so it cannot round-trip.
const jsonComposite = fc
  .oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }))
  .map(asJson)
  .filter((v) => !hasSecretMember(v));

/** Values a form can carry: text, or objects/arrays (sent as JSON strings). */
export const formValue = fc.oneof(scalarText, jsonComposite);
/** Values a JSON body can carry: any JSON value except a top-level JSON-looking string. */
export const jsonValue = fc.oneof(scalarText, jsonComposite, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }).map(asJson));

/** An ad set: at least two core fields (so it is recognisable by shape anywhere) plus arbitrary others. */
export function adsetFields(value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.subarray([...ADSET_CORE_FIELDS], { minLength: 2 }),
      fc.array(value, { minLength: 6, maxLength: 6 }),
      fc.dictionary(fieldName, value, { maxKeys: 6 }),
    )
    .map(([core, coreValues, rest]) => {
      const out: Record<string, unknown> = { ...rest };
      core.forEach((k, i) => (out[k] = coreValues[i]));
      return out;
    });
}

export const accountId = fc.stringMatching(/^[1-9][0-9]{0,15}$/);
export const apiVersion = fc.tuple(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `v${a}.${b}`);
