import { text } from '../../i18n/text';
import { WHATSAPP_DESTINATION_TYPES, type Evidence } from '../../model';
import { DOCS } from '../docs';
import { knownErrorEvidence, present, validationEvidence } from '../evidence';
import { changeSteps, makeFinding } from '../make-finding';
import { checkObjective } from '../objective-compat';
import { blameEvidence, blameOf } from '../blame';
import { fixesFor, OBJECTIVE_PATHS, provenFixes } from '../proven-fixes';
import { showValue } from '../show-value';
import { errorLabel } from '../known-errors';
import { apiValidation, codesOf } from '../rule-context';
import type { Rule } from './rule';

/**
 * `objective-mismatch`: the campaign objective, the optimization goal and the destination type do not go together.
 * The compatibility table (objective-compat.ts) can only make this "likely"; a validate_only run with the UI's
 * optimization goal / destination passing makes it a cause.
 */
export const objectiveMismatch: Rule = (ctx) => {
  const api = apiValidation(ctx);
  const fixes = fixesFor(ctx, 'objective-mismatch');
  const campaign = ctx.facts?.campaign;
  const objective = campaign?.fields['objective'];
  const objectiveSource = campaign?.sources['objective'];
  const blamed = blameOf(ctx, api).filter((b) => OBJECTIVE_PATHS.has(b.path));
  if (fixes.length && api) {
    const best = fixes[0]!;
    const other = ctx.facts?.uiCampaign;
    const otherObjective = other?.fields['objective'];
    const swap = best.changes.find((c) => c.path === 'campaign_id');
    // The UI's campaign makes it pass and the two campaigns' objectives differ (read in the same batch): the
    // objective is what differs, not the ad set's fields.
    if (swap && typeof objective === 'string' && typeof otherObjective === 'string') {
      const goal = ctx.api.request.fields['optimization_goal'];
      return makeFinding('objective-mismatch', 'cause', {
        detail: text('explain_objective_campaigns', campaign!.id, objective, other!.id, otherObjective, `optimization_goal ${showValue(goal)}`, errorLabel(codesOf(api))),
        evidence: present([
          objectiveSource && { fact: text('explain_ev_campaign_objective'), value: `${campaign!.id}: ${objective}`, source: objectiveSource },
          other!.sources['objective'] && { fact: text('explain_ev_ui_campaign_objective'), value: `${other!.id}: ${otherObjective}`, source: other!.sources['objective']! },
          validationEvidence(api),
          knownErrorEvidence(api),
          ...blamed.map(blameEvidence),
          validationEvidence(best.validation),
        ]),
        fix: [...changeSteps(best.changes), text('explain_fix_objective_campaign_like_ui', otherObjective), text('explain_fix_revalidate')],
        docs: [DOCS.destinationType],
        minimalFix: best.changes,
      });
    }
    return makeFinding('objective-mismatch', 'cause', {
      detail: text('explain_objective_proven', best.changes.map((c) => c.path).join(', ')),
      evidence: present([validationEvidence(api), knownErrorEvidence(api), ...blamed.map(blameEvidence), validationEvidence(best.validation)]),
      fix: [...changeSteps(best.changes), text('explain_fix_revalidate')],
      docs: [DOCS.destinationType],
      minimalFix: best.changes,
    });
  }
  // Graph itself blames the optimization goal (or destination) and the campaign's objective is known: say both,
  // with the value the request sent (e.g. 100/2490408 with blame_field_specs [["optimization_goal"]]).
  if (api && !api.ok && blamed.length && typeof objective === 'string' && objectiveSource && !provenFixes(ctx).length) {
    const b = blamed[0]!;
    return makeFinding('objective-mismatch', 'cause', {
      detail: text('explain_objective_blamed', b.path, showValue(b.value), objective, b.path, b.label),
      evidence: present([
        { fact: text('explain_ev_campaign_objective'), value: objective, source: objectiveSource },
        ...blamed.map(blameEvidence),
        validationEvidence(api),
        knownErrorEvidence(api),
      ]),
      fix: [text('explain_fix_objective_blamed', b.path, objective), text('explain_fix_revalidate')],
      docs: [DOCS.destinationType],
    });
  }
  const destination = ctx.api.request.fields['destination_type'];
  const goal = ctx.api.request.fields['optimization_goal'];
  if (typeof destination !== 'string' || !WHATSAPP_DESTINATION_TYPES.has(destination.toUpperCase())) return null;
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
