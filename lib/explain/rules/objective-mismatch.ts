import { text } from '../../i18n/text';
import { WHATSAPP_DESTINATION_TYPES, type Evidence } from '../../model';
import { DOCS } from '../docs';
import { knownErrorEvidence, present, validationEvidence } from '../evidence';
import { changeSteps, makeFinding } from '../make-finding';
import { checkObjective } from '../objective-compat';
import { fixesFor } from '../proven-fixes';
import { apiValidation } from '../rule-context';
import type { Rule } from './rule';

/**
 * `objective-mismatch`: the campaign objective, the optimization goal and the destination type do not go together.
 * The compatibility table (objective-compat.ts) can only make this "likely"; a validate_only run with the UI's
 * optimization goal / destination passing makes it a cause.
 */
export const objectiveMismatch: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const fixes = fixesFor(ctx, 'objective-mismatch');
  if (fixes.length && api) {
    const best = fixes[0]!;
    return makeFinding('objective-mismatch', 'cause', {
      detail: text('explain_objective_proven', best.changes.map((c) => c.path).join(', ')),
      evidence: present([validationEvidence(api), knownErrorEvidence(api), validationEvidence(best.validation)]),
      fix: [...changeSteps(best.changes), text('explain_fix_revalidate')],
      docs: [DOCS.destinationType],
      minimalFix: best.changes,
    });
  }
  const destination = ctx.api.request.fields['destination_type'];
  const goal = ctx.api.request.fields['optimization_goal'];
  if (typeof destination !== 'string' || !WHATSAPP_DESTINATION_TYPES.has(destination.toUpperCase())) return null;
  const campaign = ctx.facts?.campaign;
  const objective = campaign?.fields['objective'];
  const objectiveSource = campaign?.sources['objective'];
  if (typeof objective !== 'string' || !objectiveSource) {
    return api && !api.ok ? makeFinding('objective-mismatch', 'unknown', { detail: text('explain_objective_unread'), evidence: [], fix: [text('explain_fix_check_objective')], docs: [DOCS.destinationType] }) : null;
  }
  const evidence: Evidence[] = [
    { fact: text('explain_ev_campaign_objective'), value: objective, source: objectiveSource },
    { fact: text('explain_ev_request_field', 'optimization_goal'), value: String(goal ?? '—'), source: 'api:optimization_goal' },
    { fact: text('explain_ev_request_field', 'destination_type'), value: destination, source: 'api:destination_type' },
  ];
  const check = checkObjective(objective, goal, destination);
  if (!check.known) return null;
  if (check.ok) return makeFinding('objective-mismatch', 'ruled_out', { detail: text('explain_objective_ok', objective, String(goal), destination), evidence, docs: [...check.row.sources.filter((s) => s.startsWith('http'))] });
  const allowed = check.row.goals.length ? check.row.goals.join(', ') : '—';
  const docs = [DOCS.destinationType, ...check.row.sources.filter((s) => s.startsWith('http'))];
  if (api?.ok) return makeFinding('objective-mismatch', 'ruled_out', { detail: text('explain_objective_table_stale', objective, String(goal)), evidence: [...evidence, validationEvidence(api)], docs });
  return makeFinding('objective-mismatch', 'likely', {
    detail: text('explain_objective_mismatch', objective, String(goal), destination, allowed),
    evidence: present([...evidence, api && validationEvidence(api), knownErrorEvidence(api)]),
    fix: [check.row.goals.length ? text('explain_fix_objective_goal', allowed) : text('explain_fix_objective_campaign'), text('explain_fix_revalidate')],
    docs,
  });
};
