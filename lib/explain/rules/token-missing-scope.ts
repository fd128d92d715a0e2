import { text } from '../../i18n/text';
import type { Evidence, FactSource } from '../../model';
import { DOCS } from '../docs';
import { actorDifference, actorEvidence, grantedScopes, missingScopes, refusedReadEvidence, refusedReads } from '../actor';
import { knownErrorEvidence, present, validationEvidence } from '../evidence';
import { makeFinding } from '../make-finding';
import { requiredScopes } from '../required-scopes';
import { apiValidation } from '../rule-context';
import type { Rule } from './rule';

/**
 * `token-missing-scope`: a permission the request needs is not granted to the token at all. `me/permissions` is
 * authoritative for granted/declined; `debug_token` scopes serve when it could not be read.
 */
export const tokenMissingScope: Rule = (ctx) => {
  const facts = ctx.facts;
  if (!facts) return null;
  // Ads Manager's own request fails with this token too: the scopes the token lacks (with the reads refused for
  // lack of them) are the first fact about the actor.
  const actor = actorDifference(ctx);
  const actorMissing = actor ? missingScopes(ctx) : [];
  const granted0 = grantedScopes(facts);
  if (actor && actorMissing.length && granted0) {
    const names = actorMissing.join(', ');
    const refused = refusedReads(facts).filter((r) => actorMissing.includes(r.scope));
    return makeFinding('token-missing-scope', actor.api.failure?.kind === 'permission' || refused.length ? 'cause' : 'likely', {
      detail: text('explain_actor_scope', names),
      evidence: present([
        { fact: text('explain_ev_missing_scopes'), value: names, source: granted0.source },
        ...refused.map(refusedReadEvidence),
        { fact: text('explain_ev_granted_scopes'), value: granted0.granted.join(', ') || '—', source: granted0.source },
        ...actorEvidence(ctx, actor),
        knownErrorEvidence(actor.api),
      ]),
      fix: [text('explain_fix_grant_scopes', names), text('explain_fix_new_token')],
      docs: [DOCS.debugToken, DOCS.errorHandling],
    });
  }
  let granted: string[] | null = null;
  let declined: string[] = [];
  let source: FactSource | null = null;
  if (facts.permissions?.ok) {
    granted = facts.permissions.value.granted;
    declined = facts.permissions.value.declined;
    source = facts.permissions.source;
  } else if (facts.token?.ok) {
    granted = facts.token.value.scopes;
    source = facts.token.source;
  }
  if (!granted || !source) return null;
  const needs = requiredScopes(ctx);
  const missing = needs.filter((n) => !granted!.includes(n.scope));
  const evidence: Evidence[] = [{ fact: text('explain_ev_granted_scopes'), value: granted.join(', ') || '—', source }];
  if (declined.length) evidence.push({ fact: text('explain_ev_declined_scopes'), value: declined.join(', '), source });
  const api = apiValidation(ctx);
  if (!missing.length) {
    return makeFinding('token-missing-scope', 'ruled_out', { detail: text('explain_scope_all_granted', needs.map((n) => n.scope).join(', ')), evidence });
  }
  const names = missing.map((m) => m.scope).join(', ');
  const refused = refusedReads(facts).filter((r) => missing.some((m) => m.scope === r.scope)).map(refusedReadEvidence);
  const all = present([...evidence, { fact: text('explain_ev_missing_scopes'), value: names, source }, ...refused, api && validationEvidence(api), knownErrorEvidence(api)]);
  const fix = [text('explain_fix_grant_scopes', names), text('explain_fix_new_token')];
  const docs = [DOCS.debugToken, DOCS.errorHandling];
  if (api?.ok) return makeFinding('token-missing-scope', 'ruled_out', { detail: text('explain_scope_not_blocking', names), evidence: all, fix, docs });
  // Some validate_only variant passed with this very token: the missing permission does not block ad set creation.
  if (facts.validations.some((v) => v.ok)) return makeFinding('token-missing-scope', 'unknown', { detail: text('explain_scope_limits_checks', names), evidence: all, fix, docs });
  const permissionFailure = api?.failure?.kind === 'permission';
  const requiredMissing = missing.some((m) => m.required);
  if (permissionFailure) return makeFinding('token-missing-scope', requiredMissing ? 'cause' : 'likely', { detail: text('explain_scope_blocks', names), evidence: all, fix, docs });
  if (requiredMissing) return makeFinding('token-missing-scope', 'likely', { detail: text('explain_scope_required_missing', names), evidence: all, fix, docs });
  // Only read scopes are missing and the request failed for another reason: the checks were limited, not the request.
  return makeFinding('token-missing-scope', 'unknown', { detail: text('explain_scope_limits_checks', names), evidence: all, fix, docs });
};
