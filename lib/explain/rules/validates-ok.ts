import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { knownErrorEvidence, present, uiResponseEvidence, validationEvidence } from '../evidence';
import { errorLabel, recogniseError } from '../known-errors';
import { makeFinding } from '../make-finding';
import { apiValidation, codesOf } from '../rule-context';
import type { Rule } from './rule';

/**
 * `validates-ok`: the API request as given passes validate_only now, with this token. That is proof the request
 * itself is accepted; a failure elsewhere is then about another token, Page or moment (working-vs-failing mode).
 */
export const validatesOk: Rule = (ctx) => {
  const v = apiValidation(ctx);
  if (!v) return null;
  if (v.ok) {
    return makeFinding('validates-ok', 'cause', {
      detail: text('explain_validates_ok_detail'),
      evidence: present([validationEvidence(v), uiResponseEvidence(ctx)]),
      fix: [text('explain_fix_validates_ok_send'), text('explain_fix_validates_ok_compare'), text('explain_fix_validates_ok_trace')],
      docs: [DOCS.adSet],
    });
  }
  const known = recogniseError(codesOf(v));
  return makeFinding('validates-ok', 'ruled_out', {
    detail: known ? text('explain_validates_ok_fails_known', errorLabel(codesOf(v))) : text('explain_validates_ok_fails', errorLabel(codesOf(v))),
    evidence: present([validationEvidence(v), knownErrorEvidence(v)]),
    docs: known ? [...known.docs] : [DOCS.errorHandling],
  });
};
