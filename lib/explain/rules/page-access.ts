import { text } from '../../i18n/text';
import type { Evidence } from '../../model';
import { DOCS } from '../docs';
import { actorDifference, actorEvidence, missingScopes } from '../actor';
import { failureEvidence, knownErrorEvidence, present, proofEvidence, twoPagesEvidence, validationEvidence } from '../evidence';
import { errorLabel, isError } from '../known-errors';
import { changeSteps, makeFinding } from '../make-finding';
import { ADVERTISE_TASKS, fixesFor } from '../proven-fixes';
import { apiValidation, codesOf } from '../rule-context';
import type { Rule } from './rule';


/**
 * `page-access`: the token's user cannot read or advertise the Page — the Page read itself fails, `granular_scopes`
 * for `pages_*` name other Pages only, or the user's Page tasks lack ADVERTISE.
 */
export const pageAccess: Rule = (ctx) => {
  const facts = ctx.facts;
  const pageId = facts?.ids.pageId;
  if (!facts || !pageId) return null;
  const proven = fixesFor(ctx, 'page-access');
  const apiRun = apiValidation(ctx);
  // Ads Manager's Page makes it pass and this user cannot read or advertise the API request's Page.
  if (proven.length && apiRun && facts.uiPage) {
    const best = proven[0]!;
    return makeFinding('page-access', 'cause', {
      detail: text('explain_page_access_other_page', pageId, facts.uiPage.id, errorLabel(codesOf(apiRun))),
      evidence: present([...twoPagesEvidence(ctx, ['id', 'name', 'tasks']), ...proofEvidence(apiRun, best.validation)]),
      fix: [...changeSteps(best.changes), text('explain_fix_page_role', pageId)],
      docs: [DOCS.debugToken, DOCS.clickToWhatsApp],
      minimalFix: best.changes,
    });
  }
  const problems: Evidence[] = [];
  const basic = facts.page?.errors.find((e) => e.fields.includes('name') || e.fields.includes('id'));
  if (basic && (basic.failure.kind === 'permission' || basic.failure.kind === 'not_found')) problems.push(failureEvidence(basic.failure, basic.source));
  let excluded = false;
  if (facts.token?.ok) {
    for (const g of facts.token.value.granular_scopes) {
      if (!g.scope.startsWith('pages_') || !g.target_ids) continue;
      if (!g.target_ids.includes(pageId)) {
        excluded = true;
        problems.push({ fact: text('explain_ev_granular_scope', g.scope), value: `target_ids=${g.target_ids.join(',') || '—'} (Page ${pageId} not included)`, source: facts.token.source });
      }
    }
  }
  const tasks = facts.page?.fields['tasks'];
  const tasksSource = facts.page?.sources['tasks'];
  if (Array.isArray(tasks) && tasksSource && !tasks.some((t) => typeof t === 'string' && ADVERTISE_TASKS.has(t))) {
    problems.push({ fact: text('explain_ev_page_field', 'tasks'), value: tasks.join(', ') || '—', source: tasksSource });
  }
  const api = apiValidation(ctx);
  const docs = [DOCS.debugToken, DOCS.clickToWhatsApp];
  // Ads Manager's own request fails with this token too. Without missing scopes, the actor's Page role, tasks and
  // the business's access to the WhatsApp account are what is left to differ.
  const actor = actorDifference(ctx);
  if (actor && (problems.length || !missingScopes(ctx).length)) {
    const accessError = actor.api.failure?.kind === 'permission' || isError(codesOf(actor.api), 100, 1487246) || actor.api.failure?.kind === 'not_found';
    return makeFinding('page-access', problems.length && accessError && (excluded || basic) ? 'cause' : 'likely', {
      detail: text('explain_actor_page', pageId),
      evidence: present([...problems, ...actorEvidence(ctx, actor), knownErrorEvidence(actor.api)]),
      fix: [text('explain_fix_page_role', pageId), text('explain_fix_page_granular', pageId), text('explain_fix_manual_waba'), text('explain_fix_new_token')],
      docs,
    });
  }
  if (!problems.length) {
    const readable = facts.page && !basic && Object.keys(facts.page.fields).length > 0;
    return readable ? makeFinding('page-access', 'ruled_out', { detail: text('explain_page_access_ok', pageId), evidence: [] }) : null;
  }
  const evidence = present([...problems, api && validationEvidence(api), knownErrorEvidence(api)]);
  const fix = [text('explain_fix_page_role', pageId), text('explain_fix_page_granular', pageId), text('explain_fix_new_token')];
  if (api?.ok) return makeFinding('page-access', 'ruled_out', { detail: text('explain_page_access_not_blocking', pageId), evidence, fix, docs });
  const accessError = api?.failure?.kind === 'permission' || isError(codesOf(api), 100, 1487246) || api?.failure?.kind === 'not_found';
  const verdict = accessError && (excluded || basic) ? 'cause' : 'likely';
  return makeFinding('page-access', verdict, { detail: text(excluded ? 'explain_page_access_excluded' : 'explain_page_access_denied', pageId), evidence, fix, docs });
};
