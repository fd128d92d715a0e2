import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { diffEvidence, diffEvidenceFor, present, proofEvidence, validationEvidence } from '../evidence';
import { errorLabel } from '../known-errors';
import { changeSteps, makeFinding, pathsOf } from '../make-finding';
import { fixesFor, provenFixes } from '../proven-fixes';
import { apiValidation, codesOf, realDifferences, validationOf } from '../rule-context';
import type { Rule } from './rule';


/**
 * `hidden-field`: Ads Manager sends field(s) the API request lacks, and adding them makes validate_only pass.
 * Which promoted_object keys Click-to-WhatsApp needs is contradictory in public reports, so nothing here assumes a
 * key: only the user's own validate_only runs decide.
 */
export const hiddenField: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const fixes = fixesFor(ctx, 'hidden-field');
  if (fixes.length && api) {
    const best = fixes[0]!;
    const alternatives = fixes.slice(1);
    const documented = best.validation.variantId.startsWith('probe:');
    return makeFinding('hidden-field', 'cause', {
      // A level probe (lib/explain/level-probes.ts) found it in the shape Meta documents, not in Ads Manager's request.
      detail: text(documented ? 'explain_hidden_field_proven_documented' : 'explain_hidden_field_proven', pathsOf(best.changes), errorLabel(codesOf(api))),
      evidence: present([
        ...proofEvidence(api, best.validation),
        ...alternatives.map((f) => validationEvidence(f.validation)),
        ...diffEvidenceFor(ctx, best.changes),
      ]),
      fix: [...changeSteps(best.changes, documented), ...(alternatives.length ? [text('explain_fix_alternatives', alternatives.map((f) => pathsOf(f.changes)).join(' | '))] : []), text('explain_fix_revalidate')],
      docs: [DOCS.promotedObject, DOCS.clickToWhatsApp, DOCS.adSet],
      minimalFix: best.changes,
    });
  }
  const ui = validationOf(ctx, 'validate_ui');
  const atUiVersion = validationOf(ctx, 'validate_api_at_ui_version');
  const onlyUi = realDifferences(ctx.diff).filter((e) => e.kind === 'only_ui');
  const differences = realDifferences(ctx.diff);
  // The UI's request passes and the API request does not, yet no single (or paired) change explains it, and the
  // version alone does not either (and no other rule holds a proof): the cause is in the differences as a whole.
  if (api && !api.ok && ui?.ok && atUiVersion?.ok !== true && differences.length && !provenFixes(ctx).length) {
    return makeFinding('hidden-field', 'likely', {
      detail: text('explain_hidden_field_combined', String(differences.length)),
      evidence: present([validationEvidence(api), validationEvidence(ui), ...differences.slice(0, 12).map(diffEvidence)]),
      fix: [text('explain_fix_apply_ui_differences', differences.map((d) => d.path).join(', ')), text('explain_fix_revalidate')],
      docs: [DOCS.promotedObject, DOCS.adSet],
    });
  }
  if (!ctx.diff) return null;
  if (!onlyUi.length) {
    return makeFinding('hidden-field', 'ruled_out', { detail: text('explain_hidden_field_none'), evidence: [] });
  }
  const tested = (ctx.facts?.validations ?? []).filter((v) => v.change && v.change.op === 'add' && onlyUi.some((e) => e.path === v.change!.path));
  if (api?.ok) {
    return makeFinding('hidden-field', 'ruled_out', {
      detail: text('explain_hidden_field_not_needed', onlyUi.map((e) => e.path).join(', ')),
      evidence: present([validationEvidence(api), ...onlyUi.slice(0, 8).map(diffEvidence)]),
    });
  }
  if (tested.length) {
    return makeFinding('hidden-field', 'ruled_out', {
      detail: text('explain_hidden_field_tested', tested.map((v) => v.change!.path).join(', ')),
      evidence: [...tested.map(validationEvidence), ...onlyUi.slice(0, 8).map(diffEvidence)],
    });
  }
  return makeFinding('hidden-field', 'unknown', {
    detail: text('explain_hidden_field_untested', onlyUi.map((e) => e.path).join(', ')),
    evidence: onlyUi.slice(0, 8).map(diffEvidence),
    fix: [text('explain_fix_try_ui_fields')],
  });
};
