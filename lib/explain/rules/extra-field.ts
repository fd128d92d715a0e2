import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { diffEvidence, diffEvidenceFor, knownErrorEvidence, present, proofEvidence, validationEvidence } from '../evidence';
import { errorLabel, isError } from '../known-errors';
import { changeSteps, makeFinding, pathsOf } from '../make-finding';
import { fixesFor } from '../proven-fixes';
import { apiValidation, codesOf, promotedObject, realDifferences } from '../rule-context';
import type { Rule } from './rule';

/**
 * `extra-field`: the API request sends field(s) the UI does not (e.g. a `whats_app_business_phone_number_id` the
 * token may not use, answered with 2446886 or `(#200)` in field reports) and removing them makes it pass.
 */
export const extraField: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const fixes = fixesFor(ctx, 'extra-field');
  if (fixes.length && api) {
    const best = fixes[0]!;
    return makeFinding('extra-field', 'cause', {
      detail: text('explain_extra_field_proven', pathsOf(best.changes), errorLabel(codesOf(api))),
      evidence: present([
        ...proofEvidence(api, best.validation),
        ...fixes.slice(1).map((f) => validationEvidence(f.validation)),
        ...diffEvidenceFor(ctx, best.changes),
      ]),
      fix: [...changeSteps(best.changes), text('explain_fix_revalidate')],
      docs: [DOCS.promotedObject, DOCS.adSet],
      minimalFix: best.changes,
    });
  }
  const onlyApi = realDifferences(ctx.diff).filter((e) => e.kind === 'only_api');
  const removals = (ctx.facts?.validations ?? []).filter((v) => v.change?.op === 'remove');
  const idSent = promotedObject(ctx.api.request)?.['whats_app_business_phone_number_id'] !== undefined;
  // 2446886 after sending the phone-number id, with no removal experiment to decide: a field report, not proof.
  if (api && !api.ok && idSent && isError(codesOf(api), 100, 2446886) && !removals.length) {
    return makeFinding('extra-field', 'likely', {
      detail: text('explain_extra_field_2446886'),
      evidence: present([validationEvidence(api), knownErrorEvidence(api)]),
      fix: [text('explain_fix_remove', 'promoted_object.whats_app_business_phone_number_id'), text('explain_fix_revalidate')],
      docs: [DOCS.promotedObject],
    });
  }
  if (!onlyApi.length && !removals.length) return ctx.diff ? makeFinding('extra-field', 'ruled_out', { detail: text('explain_extra_field_none'), evidence: [] }) : null;
  if (api?.ok) {
    return makeFinding('extra-field', 'ruled_out', {
      detail: text('explain_extra_field_not_blocking', onlyApi.map((e) => e.path).join(', ')),
      evidence: present([validationEvidence(api), ...onlyApi.slice(0, 8).map(diffEvidence)]),
    });
  }
  if (removals.length) {
    return makeFinding('extra-field', 'ruled_out', {
      detail: text('explain_extra_field_tested', removals.map((v) => v.change!.path).join(', ')),
      evidence: [...removals.map(validationEvidence), ...onlyApi.slice(0, 8).map(diffEvidence)],
    });
  }
  return makeFinding('extra-field', 'unknown', {
    detail: text('explain_extra_field_untested', onlyApi.map((e) => e.path).join(', ')),
    evidence: onlyApi.slice(0, 8).map(diffEvidence),
  });
};
