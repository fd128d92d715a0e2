import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { diffEvidenceFor, proofEvidence, validationEvidence } from '../evidence';
import { errorLabel } from '../known-errors';
import { changeSteps, makeFinding, pathsOf } from '../make-finding';
import { fixesFor } from '../proven-fixes';
import { apiValidation, codesOf } from '../rule-context';
import type { Rule } from './rule';

/**
 * `value-mismatch`: a field both sides send, with Ads Manager's value making validate_only pass, and no fact about
 * the referenced objects (objectives, Page WhatsApp fields, access) explaining why. Not a hidden field — the request
 * does not lack it — so the finding says which value to take, and honestly that the reason is not known.
 */
export const valueMismatch: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const fixes = fixesFor(ctx, 'value-mismatch');
  if (!fixes.length || !api) return null;
  const best = fixes[0]!;
  return makeFinding('value-mismatch', 'cause', {
    detail: text('explain_value_mismatch_proven', pathsOf(best.changes), errorLabel(codesOf(api))),
    evidence: [...proofEvidence(api, best.validation), ...fixes.slice(1).map((f) => validationEvidence(f.validation)), ...diffEvidenceFor(ctx, best.changes)],
    fix: [...changeSteps(best.changes), text('explain_fix_value_mismatch_compare'), text('explain_fix_revalidate')],
    docs: [DOCS.adSet],
    minimalFix: best.changes,
  });
};
