import { apiVersion } from './api-version';
import { extraField } from './extra-field';
import { hiddenField } from './hidden-field';
import { objectiveMismatch } from './objective-mismatch';
import { pageAccess } from './page-access';
import { pageNumberNotBusiness } from './page-number-not-business';
import { phoneMismatch } from './phone-mismatch';
import { rateLimited } from './rate-limited';
import type { Rule } from './rule';
import { tokenInvalid } from './token-invalid';
import { tokenMissingScope } from './token-missing-scope';
import { validatesOk } from './validates-ok';
import { valueMismatch } from './value-mismatch';

export type { Rule } from './rule';
export { unknownFinding } from './unknown';

/** The catalogue's rules in tie-break order (blockers first, then proven request fixes, then Page and token facts). */
export const RULES: readonly { id: string; rule: Rule }[] = [
  { id: 'validates-ok', rule: validatesOk },
  { id: 'token-invalid', rule: tokenInvalid },
  { id: 'rate-limited', rule: rateLimited },
  { id: 'api-version', rule: apiVersion },
  { id: 'hidden-field', rule: hiddenField },
  { id: 'extra-field', rule: extraField },
  { id: 'phone-mismatch', rule: phoneMismatch },
  { id: 'page-number-not-business', rule: pageNumberNotBusiness },
  { id: 'objective-mismatch', rule: objectiveMismatch },
  { id: 'value-mismatch', rule: valueMismatch },
  { id: 'token-missing-scope', rule: tokenMissingScope },
  { id: 'page-access', rule: pageAccess },
];

export {
  apiVersion,
  extraField,
  hiddenField,
  objectiveMismatch,
  pageAccess,
  pageNumberNotBusiness,
  phoneMismatch,
  rateLimited,
  tokenInvalid,
  tokenMissingScope,
  validatesOk,
  valueMismatch,
};
